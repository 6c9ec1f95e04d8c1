namespace Dashboard.Web.Features.Accounts;

/// <summary>Whether a browser says a request comes from a page of this site.</summary>
internal static class SameOrigin
{
    /// <summary>
    /// Compares host and port, not scheme: behind a TLS-terminating proxy the app sees http
    /// while the browser's origin is https (one port speaks one scheme, so nothing is lost).
    /// A Host without a port matches the scheme's default.
    /// </summary>
    public static bool IsSameHost(string origin, HostString host)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !host.HasValue)
        {
            return false;
        }

        return string.Equals(uri.IdnHost.Trim('[', ']'), host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)
            && (host.Port is { } port ? uri.Port == port : uri.IsDefaultPort);
    }

    /// <summary>
    /// True when the browser says the request comes from this origin: <c>Sec-Fetch-Site:
    /// same-origin</c> where the browser sends it, else an <c>Origin</c> naming this host and port.
    /// <c>Sec-Fetch-Site</c> goes first because the <c>Referrer-Policy: no-referrer</c> these pages
    /// are served with makes a browser send <c>Origin: null</c> even for its own forms.
    /// A request with neither is not a current browser's, and is not taken as same-origin.
    /// </summary>
    public static bool IsFromThisSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"];
        if (fetchSite.Count > 0)
        {
            return fetchSite.Count == 1 && string.Equals(fetchSite[0], "same-origin", StringComparison.OrdinalIgnoreCase);
        }

        var origin = request.Headers.Origin;
        return origin.Count == 1 && IsSameHost(origin[0]!, request.Host);
    }
}
