namespace Dashboard.Web.Features.Accounts;

/// <summary>Where sign-in may send the browser afterwards: only a path on this site.</summary>
public static class ReturnUrls
{
    /// <summary>
    /// True for "/queue?x=1"; false for absolute URLs, "//host" and "/\host" (browsers read
    /// both as another site), and anything with a character outside printable ASCII. The app's
    /// own redirect to sign-in escapes its paths, so a real return URL never has one; a space,
    /// control or non-ASCII character (U+3000, say) cannot be sent in a Location header at all
    /// (the server fails the answer with 500) and browsers disagree on how they read it.
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && url.All(c => c is > ' ' and <= '~');

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
