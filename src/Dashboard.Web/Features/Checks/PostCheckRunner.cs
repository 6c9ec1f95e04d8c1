using System.Text.Json;
using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Checks;

/// <summary>
/// Puts a stored post through its checks again after a change to it (every review action that
/// rewrites its document: edits, the import-conflict accept, restore, undo), in the change's own
/// context, so the new rows and counts commit with the change or not at all.
/// </summary>
public sealed class PostCheckRunner(IOptions<CheckOptions> options, TimeProvider time)
{
    /// <summary>The checks' context for today, with no history: what the import starts from.</summary>
    public CheckContext Context() => new(options.Value, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

    /// <summary>
    /// Replaces the post's failing checks with those of its document as it is now. The versions it
    /// had are read from its history (each entry's "before") and <paramref name="versionBefore"/>,
    /// the one this change replaced.
    /// </summary>
    public async Task ReplaceAsync(DashboardDbContext db, PostRecord record, string versionBefore, CancellationToken cancellationToken)
    {
        // The stored document, not the post as changed in memory: writing it puts the meta checklist
        // into the article, and the checks' lines count the document's lines.
        var post = PostParser.Parse(record.Document).Post
            ?? throw new InvalidOperationException($"The document of post {record.SourceId} does not parse.");
        var befores = await db.PostHistory.AsNoTracking().Where(h => h.PostId == record.Id).Select(h => h.Before).ToListAsync(cancellationToken);
        var results = Run(post, befores, versionBefore);

        db.PostChecks.RemoveRange(await db.PostChecks.Where(c => c.PostId == record.Id).ToListAsync(cancellationToken));
        db.PostChecks.AddRange(results.Select(r => StoredChecks.ToRecord(r, record.Id)));
        StoredChecks.Count(results, record);
    }

    /// <summary>
    /// The post's failing checks, the versions it had read from its history snapshots
    /// (<paramref name="befores"/>, each entry's "before") and <paramref name="versionBefore"/> (none for a recheck).
    /// </summary>
    public IReadOnlyList<CheckResult> Run(Post post, IEnumerable<string?> befores, string? versionBefore = null)
    {
        var versions = befores.Select(VersionIn).Append(versionBefore)
            .Select(v => SemVersion.TryParse(v, out var parsed) ? parsed : null).OfType<SemVersion>().ToList();
        return PostChecks.Run(post, Context() with { PreviousVersions = versions });
    }

    // A history snapshot's version, read without the rest of it (the document is most of its size).
    private static string? VersionIn(string? snapshot)
    {
        if (string.IsNullOrEmpty(snapshot))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(snapshot);
            return json.RootElement.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String ? version.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
