using Dashboard.Core.Format;
using Dashboard.Core.Text;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Review;

/// <summary>A newer file waiting beside a post, as the page compares it with the post.</summary>
public sealed record ImportConflictView(long Id, DateTime DetectedAtUtc, long ImportBatchId, string Title, string? Version, string? Status, IReadOnlyList<string> Checklist, string Article);

/// <summary>Reads the newer files waiting beside a post (imports that arrived after reviewers' work).</summary>
public sealed class ImportConflicts(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<IReadOnlyList<ImportConflictView>> OpenAsync(long postId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.PostConflicts.AsNoTracking()
            .Where(c => c.PostId == postId && c.ResolvedAtUtc == null)
            .OrderByDescending(c => c.Id)
            .Select(c => new { c.Id, c.DetectedAtUtc, c.ImportBatchId, c.Document })
            .ToListAsync(cancellationToken);

        // Conflicts hold documents the writer produced, so they parse; one that did not would be skipped.
        return [.. rows
            .Select(r => (Row: r, Post: PostParser.Parse(r.Document).Post))
            .Where(x => x.Post is not null)
            .Select(x => new ImportConflictView(
                x.Row.Id, x.Row.DetectedAtUtc, x.Row.ImportBatchId, x.Post!.Title,
                x.Post.Meta.Revision?.Version.ToString(), x.Post.Meta.Revision?.Status, x.Post.Meta.Checklist ?? [], ArticleWords.Of(x.Post)))];
    }
}
