using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Web.Features.Live;

/// <summary>What a notification on the live channel says.</summary>
public enum LiveKind
{
    /// <summary>A post was changed (<see cref="PostChanged"/>).</summary>
    Post,

    /// <summary>Who has a post open on the sending instance (an empty list: nobody any more).</summary>
    Presence,

    /// <summary>The sender (re)connected: the others report their presence again.</summary>
    Hello,

    /// <summary>The sender is stopping: forget its viewers now rather than at expiry.</summary>
    Bye,
}

/// <summary>
/// One notification between instances: a small JSON payload on <see cref="Channel"/>, signed
/// with the sending instance's id. PostgreSQL refuses a payload of 8000 bytes or more, so texts
/// are shortened and a message that still does not fit is not sent.
/// </summary>
public sealed record LiveMessage
{
    public const string Channel = "dashboard_live";

    /// <summary>Below PostgreSQL's limit of 8000 bytes, with room to spare.</summary>
    public const int MaxPayloadBytes = 7500;

    private const int MaxText = 200;
    private const int MaxNames = 20;
    private const int MaxName = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The payload goes to the database as a parameter, never into HTML: non-ASCII names keep
        // their few UTF-8 bytes instead of six per \u escape.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public required string Instance { get; init; }
    public required LiveKind Kind { get; init; }
    public string? SourceId { get; init; }
    public string? By { get; init; }
    public string? What { get; init; }
    public long RowVersion { get; init; }
    public string[]? Names { get; init; }

    public static LiveMessage Changed(string instance, PostChanged change) => new()
    {
        Instance = instance,
        Kind = LiveKind.Post,
        SourceId = change.SourceId,
        By = Shorten(change.By, MaxText),
        What = Shorten(change.What, MaxText),
        RowVersion = change.RowVersion,
    };

    public static LiveMessage PresenceOf(string instance, string sourceId, IReadOnlyList<string> names) => new()
    {
        Instance = instance,
        Kind = LiveKind.Presence,
        SourceId = sourceId,
        Names = [.. names.Take(MaxNames).Select(name => Shorten(name, MaxName))],
    };

    public static LiveMessage Hello(string instance) => new() { Instance = instance, Kind = LiveKind.Hello };

    public static LiveMessage Bye(string instance) => new() { Instance = instance, Kind = LiveKind.Bye };

    /// <summary>The change this message carries, for this instance's pages.</summary>
    public PostChanged ToPostChanged() => new(SourceId ?? "", By ?? "", What ?? "", RowVersion);

    /// <summary>
    /// The JSON to send, or null when it cannot fit a notification (an absurdly long source id).
    /// A presence report too long for one notification names fewer viewers.
    /// </summary>
    public string? ToPayload()
    {
        for (var message = this; ; message = message with { Names = message.Names![..^1] })
        {
            var payload = JsonSerializer.Serialize(message, Json);
            if (Encoding.UTF8.GetByteCount(payload) <= MaxPayloadBytes)
            {
                return payload;
            }

            if (message.Names is not { Length: > 0 })
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The message another instance sent, or null for this instance's own echo
    /// (<paramref name="ownInstance"/>) and for anything unreadable or incomplete.
    /// </summary>
    public static LiveMessage? FromOthers(string payload, string ownInstance)
    {
        LiveMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<LiveMessage>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (message is null || string.IsNullOrEmpty(message.Instance) || message.Instance == ownInstance || !Enum.IsDefined(message.Kind))
        {
            return null;
        }

        return message.Kind switch
        {
            LiveKind.Post when string.IsNullOrEmpty(message.SourceId) => null,
            LiveKind.Presence when string.IsNullOrEmpty(message.SourceId) || message.Names is null => null,
            _ => message,
        };
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // Never cut between the two halves of a surrogate pair.
        var cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return text[..cut] + "…";
    }
}
