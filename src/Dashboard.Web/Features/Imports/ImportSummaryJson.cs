using Dashboard.Web.Data.Imports;

namespace Dashboard.Web.Features.Imports;

/// <summary>
/// An import's result as JSON, one shape for <c>import --json</c> and <c>POST /api/imports</c>:
/// <c>{"imported","updated","unchanged","conflicts","failed","joinedClusters","errors":[{"file","line","message"}],"checks":[{"id","severity","posts"}]}</c>
/// (<c>checks</c>: how many of the stored posts fail each check, checks none failed left out).
/// </summary>
public sealed record ImportSummaryJson(int Imported, int Updated, int Unchanged, int Conflicts, int Failed, int JoinedClusters, IReadOnlyList<ImportFileError> Errors, IReadOnlyList<CheckCount> Checks)
{
    public static ImportSummaryJson From(ImportSummary summary) =>
        new(summary.Imported, summary.Updated, summary.Unchanged, summary.Conflicts, summary.Failed, summary.JoinedClusters, summary.Errors, summary.FailedChecks);
}
