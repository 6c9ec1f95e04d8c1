using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Checks;

/// <summary>
/// Puts every stored post through the checks again: posts stored before the checks existed, and all
/// of them after a change of the <c>Checks:*</c> settings. In chunks, each its own transaction (rows
/// and counts together), so a stopped run leaves every post with the checks of one run or the other.
/// The post rows are not touched beyond their counts: no row version moves, no reviewer's open page
/// turns stale.
/// </summary>
public sealed class PostRecheck(IDbContextFactory<DashboardDbContext> contexts, PostCheckRunner checks)
{
    /// <summary>Posts per chunk: bounded memory for their documents and history, few statements.</summary>
    public const int PostsPerChunk = 500;

    public async Task<RecheckResult> RunAsync(IProgress<RecheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        int total;
        await using (var count = await contexts.CreateDbContextAsync(cancellationToken))
        {
            total = await count.Posts.CountAsync(cancellationToken);
        }

        var (done, unreadable, failing) = (0, 0, 0);
        long afterId = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var chunk = await db.Posts.AsNoTracking().Where(p => p.Id > afterId).OrderBy(p => p.Id).Take(PostsPerChunk)
                .Select(p => new { p.Id, p.Document })
                .ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                break;
            }

            afterId = chunk[^1].Id;
            var ids = chunk.Select(p => p.Id).ToList();
            var befores = (await db.PostHistory.AsNoTracking().Where(h => ids.Contains(h.PostId)).Select(h => new { h.PostId, h.Before }).ToListAsync(cancellationToken))
                .ToLookup(h => h.PostId, h => h.Before);

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.PostChecks.Where(c => ids.Contains(c.PostId)).ExecuteDeleteAsync(cancellationToken);
            var counts = new List<(long Id, int Errors, int Warnings)>();
            foreach (var row in chunk)
            {
                if (PostParser.Parse(row.Document).Post is not { } post)
                {
                    unreadable++;
                    continue;
                }

                var results = checks.Run(post, befores[row.Id]);
                db.PostChecks.AddRange(results.Select(r => StoredChecks.ToRecord(r, row.Id)));
                var (errors, warnings) = StoredChecks.Counts(results);
                counts.Add((row.Id, errors, warnings));
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var group in counts.GroupBy(c => (c.Errors, c.Warnings)))
            {
                var (errors, warnings) = group.Key;
                var groupIds = group.Select(c => c.Id).ToList();
                await db.Posts.Where(p => groupIds.Contains(p.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.CheckErrors, errors).SetProperty(p => p.CheckWarnings, warnings), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            done += chunk.Count;
            failing += counts.Count(c => c.Errors > 0);
            progress?.Report(new RecheckProgress(done, total));
        }

        return new RecheckResult(done, unreadable, failing);
    }
}

/// <summary>What a recheck did: posts read, those whose document did not parse (left as they were), and those with a failing error check.</summary>
public sealed record RecheckResult(int Posts, int Unreadable, int WithErrors);

/// <summary>How far a recheck has got.</summary>
public readonly record struct RecheckProgress(int Done, int Total);
