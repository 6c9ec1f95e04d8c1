using Dashboard.Core.Checks;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Data;

/// <summary>
/// How a post's failing checks are stored: its rows in PostChecks and the error and warning counts
/// on the post, which the queue filters and sorts on. One place for the import and every edit.
/// </summary>
public static class StoredChecks
{
    /// <summary>Sets the post's counts from <paramref name="results"/>.</summary>
    public static void Count(IReadOnlyList<CheckResult> results, PostRecord record) =>
        (record.CheckErrors, record.CheckWarnings) = Counts(results);

    /// <summary>The post's error and warning counts as stored on it.</summary>
    public static (int Errors, int Warnings) Counts(IReadOnlyList<CheckResult> results) =>
        (results.Count(r => r.Severity == CheckSeverity.Error), results.Count(r => r.Severity == CheckSeverity.Warning));

    public static PostCheckRecord ToRecord(CheckResult result, long postId) => new()
    {
        PostId = postId,
        CheckId = result.CheckId,
        Severity = result.Severity,
        Message = result.Message,
        Field = result.Place.Field,
        FieldKey = result.Place.Key,
        Item = result.Place.Item,
        Line = result.Place.Line,
    };

    /// <summary>The severity's name as pages and the API show it: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string Name(CheckSeverity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>The stored row as Core's result again, for the page and the API.</summary>
    public static CheckResult ToResult(PostCheckRecord row) =>
        new(row.CheckId, row.Severity, row.Message, new CheckPlace(row.Field, row.FieldKey, row.Item, row.Line));
}
