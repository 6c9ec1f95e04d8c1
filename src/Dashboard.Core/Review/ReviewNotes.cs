namespace Dashboard.Core.Review;

/// <summary>
/// Which notes are "open": the note a decision carries (a lead's request for changes, an editor's
/// note for the lead on sending) stays open, at the top of the post, until the post moves on.
/// </summary>
public static class ReviewNotes
{
    /// <summary>Decisions whose note is addressed to the next person to act on the post.</summary>
    public static IReadOnlyCollection<HistoryKind> Carrying { get; } = [HistoryKind.SentForApproval, HistoryKind.ChangesRequested];

    /// <summary>
    /// Entries that move a post on, and so close the note before them: every action that leads to
    /// a status of its own, and those that set one (revision edit, restore, undo, a newer import).
    /// Checklist edits and version bumps do not: they are the work the note asked for.
    /// </summary>
    public static IReadOnlyCollection<HistoryKind> MovingOn { get; } =
    [
        .. ReviewWorkflow.Steps.Where(s => s.To is not null).Select(s => s.Kind),
        HistoryKind.RevisionEdited, HistoryKind.RevisionRestored, HistoryKind.Undone, HistoryKind.ImportAccepted,
    ];

    /// <summary>The most characters a note may have.</summary>
    public const int MaxLength = 4000;
}
