using System.Globalization;
using Dashboard.Core.Format;

namespace Dashboard.Core.Review;

/// <summary>
/// A lead's rejection of a post: why, a note, which post it duplicates, who and when. It lives in
/// the post's own revision map (keys <c>rejection reason</c>, <c>rejection note</c>,
/// <c>duplicate of</c>, <c>rejected by</c>, <c>rejected at</c>), so an export carries it, a
/// restore or an undo puts it back with the document, and the stored columns are read from it.
/// </summary>
public sealed record Rejection(RejectionReason Reason, string? Note, string? DuplicateOf, string By, DateTime AtUtc)
{
    /// <summary>The longest note kept (one line, like a map value).</summary>
    public const int MaxNoteLength = 1000;

    private const string ReasonKey = "rejection reason";
    private const string NoteKey = "rejection note";
    private const string DuplicateKey = "duplicate of";
    private const string ByKey = "rejected by";
    private const string AtKey = "rejected at";
    private static readonly string[] Keys = [ReasonKey, NoteKey, DuplicateKey, ByKey, AtKey];
    private const string AtFormat = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>
    /// What is wrong with a rejection a reviewer asks for, in their words, or null: a duplicate
    /// names the post it copies (and only a duplicate does), the note fits on one line.
    /// Whether that post exists is the caller's to check.
    /// </summary>
    public static string? Problem(RejectionReason reason, string? note, string? duplicateOf, string sourceId)
    {
        if (!RejectionReasons.All.Contains(reason))
        {
            return $"Choose a reason: {RejectionReasons.List}.";
        }

        if (reason == RejectionReason.Duplicate && string.IsNullOrWhiteSpace(duplicateOf))
        {
            return "Say which post this one duplicates (its source id).";
        }

        if (reason != RejectionReason.Duplicate && !string.IsNullOrWhiteSpace(duplicateOf))
        {
            return "Only a duplicate names the post it copies; choose the reason \"duplicate\" or leave \"duplicate of\" empty.";
        }

        if (duplicateOf is not null && string.Equals(duplicateOf.Trim(), sourceId, StringComparison.Ordinal))
        {
            return "A post cannot be a duplicate of itself.";
        }

        if (note is not null && (note.Contains('\n') || note.Contains('\r')))
        {
            return "The note must fit on one line.";
        }

        return note is not null && note.Trim().Length > MaxNoteLength ? $"The note is longer than {MaxNoteLength} characters." : null;
    }

    /// <summary>The rejection <paramref name="revision"/> records, or null when it records none (or a damaged one).</summary>
    public static Rejection? Of(Revision? revision)
    {
        if (revision is not { Status: ReviewStatus.Rejected })
        {
            return null;
        }

        string? Value(string key) => revision.Extra.FirstOrDefault(p => p.Key == key)?.Value;
        if (RejectionReasons.Parse(Value(ReasonKey)) is not { } reason)
        {
            return null;
        }

        var at = DateTime.TryParseExact(Value(AtKey), AtFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : default;
        return new Rejection(reason, Blank(Value(NoteKey)), Blank(Value(DuplicateKey)), Value(ByKey) ?? "", at);
    }

    /// <summary><paramref name="revision"/> rejected: its status and this rejection's keys, any earlier ones replaced.</summary>
    public Revision ApplyTo(Revision revision)
    {
        List<MetaPair> keys = [new(ReasonKey, RejectionReasons.NameOf(Reason))];
        if (Note is { Length: > 0 } note)
        {
            keys.Add(new(NoteKey, note));
        }

        if (DuplicateOf is { Length: > 0 } duplicateOf)
        {
            keys.Add(new(DuplicateKey, duplicateOf));
        }

        keys.Add(new(ByKey, By));
        keys.Add(new(AtKey, AtUtc.ToString(AtFormat, CultureInfo.InvariantCulture)));
        return revision with { Status = ReviewStatus.Rejected, Extra = [.. Cleared(revision).Extra, .. keys] };
    }

    /// <summary><paramref name="revision"/> without any rejection keys (reopened, or admitted from a file).</summary>
    public static Revision Cleared(Revision revision) =>
        revision.Extra.Any(p => Keys.Contains(p.Key)) ? revision with { Extra = [.. revision.Extra.Where(p => !Keys.Contains(p.Key))] } : revision;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
