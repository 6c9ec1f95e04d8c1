using System.Text.Json;
using Dashboard.Core.Checks;
using Dashboard.Core.Clustering;
using Dashboard.Core.Format;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Data.Imports;

/// <summary>
/// A parsed post turned into the row the importer stores, lists already as JSON, with the checks
/// it fails and the article's near-copy signature (which the store writes beside the post in the
/// same transaction). Built on the parallel parse tasks, so the single writer only binds values and executes.
/// </summary>
/// <param name="Parsed">The post as the file gave it, for a check the writer completes (<see cref="WithHistory"/>).</param>
public sealed record PreparedPost(
    PostRecord Record, string StackJson, string ToolsJson, string ChecklistJson, string EntitiesJson, Post Parsed, IReadOnlyList<CheckResult> Checks, byte[] Signature)
{
    /// <summary>
    /// The hash of the file as written before the import's admission changed it (a rejected or
    /// approved post's export), or null when admission left it as it was: a file equal to what is
    /// stored changes nothing, whatever admission would make of it.
    /// </summary>
    public string? FileHash { get; init; }

    public static PreparedPost From(Post post, string document, string hash, DateTime nowUtc, IReadOnlyList<CheckResult> checks)
    {
        var record = PostMapping.ToRecord(post, document, hash, nowUtc);
        StoredChecks.Count(checks, record);
        return new PreparedPost(
            record,
            JsonSerializer.Serialize(record.Stack),
            JsonSerializer.Serialize(record.Tools),
            JsonSerializer.Serialize(record.Checklist),
            JsonSerializer.Serialize(record.Entities),
            post,
            checks,
            MinHasher.Default.Compute(post).ToBytes());
    }

    /// <summary>
    /// The post with the one check that needs the stored post's history (<see cref="Check.VersionBackwards"/>)
    /// run against the versions it had: a new post has none, so the parse pass left it out.
    /// </summary>
    public PreparedPost WithHistory(CheckContext context)
    {
        if (PostChecks.RunOne(Check.VersionBackwards, Parsed, context) is not { } backwards)
        {
            return this;
        }

        // Kept in the order of Check.All, as the parse pass gives them.
        var order = Check.All.ToList();
        IReadOnlyList<CheckResult> checks = [.. Checks.Append(backwards).OrderBy(c => order.FindIndex(k => k.Id == c.CheckId))];
        StoredChecks.Count(checks, Record);
        return this with { Checks = checks };
    }
}
