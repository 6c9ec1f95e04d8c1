namespace Dashboard.Core.Format;

/// <summary>
/// A list of allowed host names, parsed once from a setting (entries separated by <c>;</c> or <c>,</c>),
/// and the one rule both its readers use, the images a page loads and the image-source check: a host
/// is allowed when it is an entry, exactly (case aside). Not its subdomains: the page's Content Security
/// Policy names each host and holds no wildcard, so a subdomain the check passed would not load.
/// </summary>
public sealed class HostAllowList
{
    private readonly HashSet<string> _set;

    private HostAllowList(IReadOnlyList<string> hosts, IReadOnlyList<string> invalid)
    {
        Hosts = hosts;
        Invalid = invalid;
        _set = new HashSet<string>(hosts, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The allowed host names, lower case, each once.</summary>
    public IReadOnlyList<string> Hosts { get; }

    /// <summary>The entries that are no host name (a scheme, port, path, wildcard or address), left out of <see cref="Hosts"/>.</summary>
    public IReadOnlyList<string> Invalid { get; }

    /// <summary>The list a setting holds; null or empty allows no host.</summary>
    public static HostAllowList Parse(string? setting)
    {
        var entries = (setting ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new HostAllowList(
            [.. entries.Where(IsHostName).Select(h => h.ToLowerInvariant()).Distinct(StringComparer.Ordinal)],
            [.. entries.Where(e => !IsHostName(e))]);
    }

    /// <summary>True when <paramref name="host"/> is an allowed host (case aside).</summary>
    public bool Allows(string? host) => host is not null && _set.Contains(host);

    /// <summary>True for an absolute HTTPS address on the default port whose host <see cref="Allows"/>.</summary>
    public bool AllowsHttps(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && Allows(uri.IdnHost);

    private static bool IsHostName(string entry) => Uri.CheckHostName(entry) == UriHostNameType.Dns;
}
