using System.Text;
using System.Text.Json;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Features.Webhooks;

/// <summary>
/// One request's body: <c>{"events":[{"id","type","timestamp","data"}, ...]}</c>, the events in
/// the order they happened. Its id names the deliveries it carries, so a retry of the same
/// deliveries has the same <c>webhook-id</c> and a receiver can tell it has seen it.
/// </summary>
public sealed record WebhookMessage(string Id, string Body, int Count)
{
    internal static WebhookMessage For(long endpointId, IReadOnlyList<WebhookDelivery> deliveries, IReadOnlyDictionary<long, WebhookEventRecord> events)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("events");
            foreach (var delivery in deliveries)
            {
                var e = events[delivery.EventId];
                json.WriteStartObject();
                json.WriteString("id", EventId(e.Id));
                json.WriteString("type", e.Type);
                json.WriteString("timestamp", DateTime.SpecifyKind(e.OccurredAtUtc, DateTimeKind.Utc));
                json.WritePropertyName("data");
                json.WriteRawValue(e.Data);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var id = $"msg_{endpointId}_{deliveries[0].Id}_{deliveries[^1].Id}";
        return new WebhookMessage(id, Encoding.UTF8.GetString(buffer.ToArray()), deliveries.Count);
    }

    /// <summary>An event's id as receivers see it, the same in every delivery and replay of it.</summary>
    public static string EventId(long id) => $"evt_{id}";
}
