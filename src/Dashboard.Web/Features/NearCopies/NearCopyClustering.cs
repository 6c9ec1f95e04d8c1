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
/// source id, see <see cref="NearCopyIndex"/>); a post alone has none and size 1. Every run rebuilds
/// the index from the stored signatures and placements inside one transaction that first updates
/// <see cref="NearCopyState"/>, so runs from several instances on one database take turns and each
/// starts from what the last one wrote: nothing lives only in one instance's memory.
/// </summary>
public sealed partial class NearCopyClustering(
    IDbContextFactory<DashboardDbContext> contexts,
    IOptions<NearCopyOptions> options,
    ILogger<NearCopyClustering> logger)
{
    /// <summary>
    /// Places every post whose signature was written since it was last placed (imported, updated,
    /// edited, or left over by a run that was stopped), and rewrites the cluster of every post that changed.
    /// </summary>
    public async Task<NearCopyRun> PlacePendingAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await TakeTurnAsync(db, cancellationToken);
        var stored = await StoredPosts.ReadAsync(db, cancellationToken);
        var pending = stored.Pending();
        if (pending.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return NearCopyRun.Nothing;
        }

        var index = new NearCopyIndex(options.Value.ToClustering());
        var affected = new HashSet<string>(index.Restore(stored.Placements()), StringComparer.Ordinal);
        affected.UnionWith(index.AddRange(pending.Select(p => new KeyValuePair<string, MinHashSignature>(p.SourceId, p.Signature))));

        var written = await ClusterWrites.WriteAsync(db, index, stored, affected, cancellationToken);
        await ClusterWrites.MarkPlacedAsync(db, pending, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var run = new NearCopyRun(pending.Count, pending.Count(p => index.ClusterOf(p.SourceId) is not null), written);
        LogPlaced(logger, run.Placed, run.InClusters, run.Rewritten, watch.ElapsedMilliseconds);
        return run;
    }

    // The first write of the run's transaction: another run waits here until this one commits.
    private static Task<int> TakeTurnAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        db.NearCopyState.Where(s => s.Id == NearCopyState.TheRow)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Runs, x => x.Runs + 1), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Near-copies: {Placed} posts placed, {InClusters} of them in clusters, {Rewritten} posts' clusters rewritten in {Milliseconds} ms")]
    private static partial void LogPlaced(ILogger logger, int placed, int inClusters, int rewritten, long milliseconds);
}

/// <summary>What a clustering run did: posts placed, how many of them are in a cluster of two or more, and how many posts' stored cluster changed.</summary>
public sealed record NearCopyRun(int Placed, int InClusters, int Rewritten)
{
    public static NearCopyRun Nothing { get; } = new(0, 0, 0);
}
