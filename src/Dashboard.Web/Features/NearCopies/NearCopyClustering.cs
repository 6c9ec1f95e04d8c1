using System.Diagnostics;
using Dashboard.Core.Clustering;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.NearCopies;

/// <summary>
/// Places posts in near-copy clusters and keeps <c>Posts.ClusterId</c> and <c>Posts.ClusterSize</c>
/// in step. A cluster's id is its representative's post id (the member with the ordinally first
/// source id, see <see cref="NearCopyIndex"/>); a post alone has none and size 1. Every run happens
/// inside one transaction that first bumps the generation (<see cref="NearCopyState.Runs"/>), so
/// runs from several instances on one database take turns. The index stays in this instance's
/// memory between runs (built from every stored signature by the first run): a run reads only the
/// pending signatures, unless the generation shows that another instance or the recluster verb wrote
/// since this one's last run; then it loads the index again from what was stored.
/// </summary>
public sealed partial class NearCopyClustering(
    IDbContextFactory<DashboardDbContext> contexts,
    IOptions<NearCopyOptions> options,
    ILogger<NearCopyClustering> logger) : IDisposable
{
    // One run at a time in this instance: the index is not thread-safe (the state row serializes instances).
    private readonly SemaphoreSlim _turn = new(1, 1);
    private ClusterMemory? _memory;

    /// <summary>
    /// Places every post whose signature was written since it was last placed (imported, updated,
    /// edited, or left over by a run that was stopped), and rewrites the cluster of every post that changed.
    /// </summary>
    public Task<NearCopyRun> PlacePendingAsync(CancellationToken cancellationToken = default) =>
        InTurnAsync(PlaceAsync, cancellationToken);

    public void Dispose() => _turn.Dispose();

    private async Task<T> InTurnAsync<T>(Func<CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            return await run(cancellationToken);
        }
        catch
        {
            // The index may hold what a rolled-back transaction never wrote: the next run loads it again.
            _memory = null;
            throw;
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<NearCopyRun> PlaceAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var generation = await TakeTurnAsync(db, cancellationToken);
        var memory = _memory is { } held && held.Generation == generation - 1 ? held : null;
        _memory = null;
        List<StoredPost> pending;
        var affected = new HashSet<string>(StringComparer.Ordinal);
        if (memory is null)
        {
            var stored = await StoredPosts.ReadAllAsync(db, cancellationToken);
            pending = stored.Where(p => p.Pending).ToList();
            var index = new NearCopyIndex(options.Value.ToClustering());
            affected.UnionWith(index.Restore(StoredPosts.Placements(stored)));
            memory = new ClusterMemory(index, StoredPosts.PlacementsBySourceId(stored), generation);
            LogLoaded(logger, index.Count, watch.ElapsedMilliseconds);
        }
        else
        {
            pending = await StoredPosts.ReadPendingAsync(db, cancellationToken);
            foreach (var post in pending)
            {
                memory.Placements[post.SourceId] = new Placement(post.Id, post.ClusterId, post.ClusterSize);
            }
        }

        affected.UnionWith(memory.Index.AddRange(pending.Select(p => new KeyValuePair<string, MinHashSignature>(p.SourceId, p.Signature))));
        var written = await ClusterWrites.WriteAsync(db, memory.Index, memory.Placements, affected, cancellationToken);
        await ClusterWrites.MarkPlacedAsync(db, pending, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Keep(memory, generation);
        if (pending.Count == 0)
        {
            return NearCopyRun.Nothing;
        }

        var run = new NearCopyRun(pending.Count, pending.Count(p => memory.Index.ClusterOf(p.SourceId) is not null), written);
        LogPlaced(logger, run.Placed, run.InClusters, run.Rewritten, watch.ElapsedMilliseconds);
        return run;
    }

    // Called once the run's transaction committed: the index is what the database now holds.
    private void Keep(ClusterMemory memory, long generation)
    {
        memory.Generation = generation;
        _memory = memory;
    }

    // The first write of the run's transaction: another run waits here until this one commits.
    // Returns the generation this run writes: one more than the last run's, whichever instance made it.
    private static async Task<long> TakeTurnAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        await db.NearCopyState.Where(s => s.Id == NearCopyState.TheRow)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Runs, x => x.Runs + 1), cancellationToken);
        return await db.NearCopyState.Where(s => s.Id == NearCopyState.TheRow).Select(s => s.Runs).SingleAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Near-copies: {Placed} posts placed, {InClusters} of them in clusters, {Rewritten} posts' clusters rewritten in {Milliseconds} ms")]
    private static partial void LogPlaced(ILogger logger, int placed, int inClusters, int rewritten, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Near-copies: index loaded from {Posts} stored signatures in {Milliseconds} ms")]
    private static partial void LogLoaded(ILogger logger, int posts, long milliseconds);
}

/// <summary>What a clustering run did: posts placed, how many of them are in a cluster of two or more, and how many posts' stored cluster changed.</summary>
public sealed record NearCopyRun(int Placed, int InClusters, int Rewritten)
{
    public static NearCopyRun Nothing { get; } = new(0, 0, 0);
}
