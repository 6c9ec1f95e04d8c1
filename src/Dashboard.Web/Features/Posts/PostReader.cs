using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Posts;

/// <summary>A post as its page shows it: the parsed document and the stored review state.</summary>
public sealed record PostView(
    long Id,
    Post Post,
    string Status,
    string Version,
    DateOnly? LastReviewed,
    bool NeedsHumanReview,
    long RowVersion,
    DateTime ImportedAtUtc,
    DateTime UpdatedAtUtc,
    long? LastImportBatchId,
    int OpenConflicts,
    IReadOnlyList<CheckResult> Checks,
    string? Assignee,
    DateTime StatusSinceUtc,
    long? ClusterId,
    int ClusterSize);

/// <summary>Reads one post for its page.</summary>
public sealed class PostReader(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<PostView?> GetAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Posts.AsNoTracking()
            .Where(p => p.SourceId == sourceId)
            .Select(p => new
            {
                p.Id,
                p.Document,
                p.Status,
                p.Version,
                p.LastReviewed,
                p.NeedsHumanReview,
                p.RowVersion,
                p.ImportedAtUtc,
                p.UpdatedAtUtc,
                p.LastImportBatchId,
                p.AssigneeName,
                p.StatusSinceUtc,
                p.ClusterId,
                p.ClusterSize,
                OpenConflicts = db.PostConflicts.Count(c => c.PostId == p.Id && c.ResolvedAtUtc == null),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        // In the order of Check.All, as they were run.
        var order = Check.All.Select(c => c.Id).ToList();
        var checks = (await db.PostChecks.AsNoTracking().Where(c => c.PostId == row.Id).ToListAsync(cancellationToken))
            .Select(StoredChecks.ToResult).OrderBy(c => order.IndexOf(c.CheckId)).ToList();

        // The stored document was written by PostWriter from a parsed post, so it parses again.
        var post = PostParser.Parse(row.Document).Post
            ?? throw new InvalidOperationException($"The stored document of post {sourceId} no longer parses.");
        return new PostView(row.Id, post, row.Status, row.Version, row.LastReviewed, row.NeedsHumanReview, row.RowVersion,
            row.ImportedAtUtc, row.UpdatedAtUtc, row.LastImportBatchId, row.OpenConflicts, checks, row.AssigneeName, row.StatusSinceUtc, row.ClusterId, row.ClusterSize);
    }
}
