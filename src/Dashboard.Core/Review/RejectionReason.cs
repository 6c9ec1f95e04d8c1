namespace Dashboard.Core.Review;

/// <summary>Why a lead rejected a post: a fixed list, so the generator's team can count them.</summary>
public enum RejectionReason
{
    /// <summary>A near-copy of another post, named by <see cref="Rejection.DuplicateOf"/>.</summary>
    Duplicate,

    /// <summary>Says things that are not true.</summary>
    Inaccurate,

    /// <summary>Not about what the site covers.</summary>
    OffTopic,

    /// <summary>Too poor to be worth fixing.</summary>
    LowQuality,

    /// <summary>Harmful to follow or to publish.</summary>
    Unsafe,

    /// <summary>Anything else; the note says what.</summary>
    Other,
}

/// <summary>The reasons' names as written in a file, the API and the rejection report.</summary>
public static class RejectionReasons
{
    private static readonly Dictionary<RejectionReason, string> Names = new()
    {
        [RejectionReason.Duplicate] = "duplicate",
        [RejectionReason.Inaccurate] = "inaccurate",
        [RejectionReason.OffTopic] = "off topic",
        [RejectionReason.LowQuality] = "low quality",
        [RejectionReason.Unsafe] = "unsafe",
        [RejectionReason.Other] = "other",
    };

    /// <summary>Every reason, in the order a reviewer is offered them.</summary>
    public static IReadOnlyList<RejectionReason> All { get; } = Enum.GetValues<RejectionReason>();

    /// <summary>The written name of <paramref name="reason"/> (<c>off topic</c>).</summary>
    public static string NameOf(RejectionReason reason) =>
        Names.TryGetValue(reason, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a rejection reason.");

    /// <summary>
    /// The reason <paramref name="text"/> names, whatever its case, spacing, or <c>_</c>/<c>-</c>
    /// between words (<c>off_topic</c>, <c>Low Quality</c>), or null when it names none.
    /// </summary>
    public static RejectionReason? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var words = string.Join(' ', text.Split([' ', '\t', '_', '-'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var (reason, name) in Names)
        {
            if (name.Equals(words, StringComparison.OrdinalIgnoreCase))
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>"duplicate, inaccurate, off topic, ..." for an error message.</summary>
    public static string List => string.Join(", ", All.Select(NameOf));
}
