namespace Dashboard.Core.Review;

/// <summary>The revision statuses of the workflow, as written in a file's revision block.</summary>
public static class ReviewStatus
{
    /// <summary>Generated, not yet sent to a lead.</summary>
    public const string Drafted = "drafted";

    /// <summary>Waiting for a lead.</summary>
    public const string InReview = "in review";

    /// <summary>A lead sent it back to its editor.</summary>
    public const string ChangesRequested = "changes requested";

    /// <summary>Approved for indexing: it appears in the index feed.</summary>
    public const string Approved = "approved";

    /// <summary>The search indexer has taken it.</summary>
    public const string Indexed = "indexed";

    /// <summary>A lead rejected it (see <see cref="Rejection"/>): out of the queue, never in the index feed, until reopened.</summary>
    public const string Rejected = "rejected";

    /// <summary>Every status, in workflow order.</summary>
    public static IReadOnlyList<string> All { get; } = [Drafted, InReview, ChangesRequested, Approved, Indexed, Rejected];

    /// <summary>True for a status the workflow knows.</summary>
    public static bool IsKnown(string? status) => status is not null && All.Contains(status);

    /// <summary>
    /// The status <paramref name="text"/> names, whatever its case and spacing (<c>Approved </c>,
    /// <c>IN  REVIEW</c>), or null when it names none: a status is compared as written, so a
    /// variant kept verbatim would match no rule of the workflow.
    /// </summary>
    public static string? Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return All.FirstOrDefault(status => status.Equals(words, StringComparison.OrdinalIgnoreCase));
    }
}
