using Dashboard.Core.Review;

namespace Dashboard.Web.Data;

/// <summary>
/// The data step of the HistoryKinds migrations (one per provider): each history entry written
/// before entries had a kind gets the kind its words say, as the app wrote them then; words it
/// does not recognise give <see cref="HistoryKind.Unknown"/>. Plain SQL both providers run.
/// </summary>
internal static class HistoryKindsFromText
{
    private static readonly (string Condition, HistoryKind Kind)[] Texts =
    [
        ("= 'imported revision'", HistoryKind.ImportedRevision),
        ("= 'checklist edited'", HistoryKind.ChecklistEdited),
        ("LIKE 'version bumped (%)'", HistoryKind.VersionBumped),
        ("= 'sent for approval'", HistoryKind.SentForApproval),
        ("= 'changes requested'", HistoryKind.ChangesRequested),
        ("= 'approved'", HistoryKind.Approved),
        ("= 'revision edited'", HistoryKind.RevisionEdited),
        ("= 'indexed'", HistoryKind.Indexed),
        ("LIKE 'revision of % restored'", HistoryKind.RevisionRestored),
        ("LIKE 'bulk action undone (%)'", HistoryKind.Undone),
        ("LIKE 'undone (%)'", HistoryKind.Undone),
        ("LIKE 'newer import accepted (%)'", HistoryKind.ImportAccepted),
        ("= 'newer import dismissed'", HistoryKind.ImportDismissed),
    ];

    public static string Sql { get; } =
        "UPDATE \"PostHistory\" SET \"Kind\" = CASE "
        + string.Concat(Texts.Select(t => $"WHEN \"Action\" {t.Condition} THEN {(int)t.Kind} "))
        + $"ELSE {(int)HistoryKind.Unknown} END";
}
