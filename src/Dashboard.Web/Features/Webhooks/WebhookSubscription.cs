using Dashboard.Core.Webhooks;

namespace Dashboard.Web.Features.Webhooks;

/// <summary>The events an endpoint wants, stored as their names, comma separated.</summary>
internal static class WebhookSubscription
{
    public static IReadOnlySet<string> Parse(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    public static string Format(IEnumerable<WebhookEventType> events) => string.Join(",", events.Select(e => e.Name).Distinct());

    /// <summary>The event types of these names, or the first unknown name.</summary>
    public static (IReadOnlyList<WebhookEventType> Events, string? Unknown) Resolve(IEnumerable<string> names)
    {
        var events = new List<WebhookEventType>();
        foreach (var name in names)
        {
            if (WebhookEventTypes.Named(name.Trim()) is not { } type)
            {
                return ([], name);
            }

            events.Add(type);
        }

        return (events, null);
    }
}
