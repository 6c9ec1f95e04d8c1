namespace Dashboard.Web.Features.Webhooks;

/// <summary>
/// Where webhooks may go (<c>Webhooks:AllowedHosts</c>): an endpoint's URL must be http or https
/// and name an allowed host. Checked when an endpoint is registered and again before each request,
/// so narrowing the setting stops deliveries at once.
/// </summary>
internal sealed class WebhookHosts
{
    private readonly bool _any;
    private readonly HashSet<string> _exact;
    private readonly List<string> _suffixes;

    private WebhookHosts(bool any, HashSet<string> exact, List<string> suffixes)
    {
        _any = any;
        _exact = exact;
        _suffixes = suffixes;
    }

    public static WebhookHosts Parse(string setting)
    {
        var entries = Entries(setting);
        return new WebhookHosts(
            entries.Contains("*"),
            [.. entries.Where(e => !e.StartsWith('*'))],
            [.. entries.Where(e => e.StartsWith("*.", StringComparison.Ordinal)).Select(e => e[1..])]);
    }

    /// <summary>What is wrong with the setting, or null.</summary>
    public static string? Problem(string? setting)
    {
        foreach (var entry in Entries(setting ?? ""))
        {
            var host = entry.StartsWith("*.", StringComparison.Ordinal) ? entry[2..] : entry;
            if (entry != "*" && Uri.CheckHostName(host) == UriHostNameType.Unknown)
            {
                return $"\"{entry}\" is not a host name (write hooks.example.org, *.example.org or *)";
            }
        }

        return null;
    }

    /// <summary>Why the URL may not receive webhooks, or null when it may.</summary>
    public string? Refusal(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "The URL must be an absolute http:// or https:// address.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The URL must not hold a user name or password.";
        }

        return Allows(uri.IdnHost) ? null : $"The host \"{uri.IdnHost}\" is not in Webhooks:AllowedHosts.";
    }

    private bool Allows(string host)
    {
        host = host.ToLowerInvariant();
        return _any || _exact.Contains(host) || _suffixes.Any(s => host.EndsWith(s, StringComparison.Ordinal));
    }

    private static List<string> Entries(string setting) =>
        [.. setting.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => e.ToLowerInvariant())];
}
