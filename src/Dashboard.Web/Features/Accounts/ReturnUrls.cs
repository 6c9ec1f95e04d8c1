namespace Dashboard.Web.Features.Accounts;

/// <summary>Where sign-in may send the browser afterwards: only a path on this site.</summary>
public static class ReturnUrls
{
    /// <summary>
    /// True for "/queue?x=1"; false for absolute URLs, "//host" and "/\host" (browsers read
    /// both as another site), and anything with control characters.
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
