using System.Diagnostics;
using Dashboard.Core.Clustering;
using Dashboard.Core.Format;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.NearCopies;

public sealed partial class NearCopyClustering
{
    // Posts read, signed and written per round: bounded memory for the documents, few statements.
    private const int PostsPerRound = 2000;

    /// <summary>
    /// Clusters the whole database from scratch: every post's signature computed again from its
    /// stored document (both cores), the index built from them alone, and every post's cluster
    /// rewritten where it differs. One transaction: a stopped run changes nothing.
    /// </summary>
    public Task<ReclusterResult> ReclusterAsync(IProgress<ReclusterProgress>? progress = null, CancellationToken cancellationToken = default) =>
        InTurnAsync(token => ReclusterInTurnAsync(progress, token), cancellationToken);

    private async Task<ReclusterResult> ReclusterInTurnAsync(IProgress<ReclusterProgress>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var generation = await TakeTurnAsync(db, cancellationToken);
        _memory = null;

        var total = await db.Posts.CountAsync(cancellationToken);
        var posts = new List<StoredPost>(total);
        var unreadable = 0;
        long afterId = 0;
        while (true)
        {
            var round = await db.Posts.AsNoTracking().Where(p => p.Id > afterId).OrderBy(p => p.Id).Take(PostsPerRound)
                .Select(p => new { p.Id, p.SourceId, p.ClusterId, p.ClusterSize, p.Document })
                .ToListAsync(cancellationToken);
            if (round.Count == 0)
            {
                break;
            }

            afterId = round[^1].Id;
            var signatures = new MinHashSignature?[round.Count];
            Parallel.For(0, round.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                signatures[i] = PostParser.Parse(round[i].Document).Post is { } post ? MinHasher.Default.Compute(post) : null);
            var signed = round.Zip(signatures)
                .Where(x => x.Second is not null)
                .Select(x => new StoredPost(x.First.Id, x.First.SourceId, x.First.ClusterId, x.First.ClusterSize, x.Second!, Pending: false, Revision: 0))
                .ToList();
            unreadable += round.Count - signed.Count;
            await SignatureWrites.ReplaceAsync(db, signed, cancellationToken);
            posts.AddRange(signed);
            progress?.Report(new ReclusterProgress(ReclusterStage.Signing, posts.Count + unreadable, total));
        }

        var signedAt = watch.Elapsed;
        progress?.Report(new ReclusterProgress(ReclusterStage.Clustering, 0, posts.Count));
        var index = new NearCopyIndex(options.Value.ToClustering());
        index.AddRange(posts.Select(p => new KeyValuePair<string, MinHashSignature>(p.SourceId, p.Signature)));
        var clusteredAt = watch.Elapsed;

        var placements = StoredPosts.PlacementsBySourceId(posts);
        var rewritten = await ClusterWrites.WriteAsync(db, index, placements, posts.Select(p => p.SourceId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Keep(new ClusterMemory(index, placements, generation), generation);
        progress?.Report(new ReclusterProgress(ReclusterStage.Clustering, posts.Count, posts.Count));

        var clusters = index.Clusters();
        var result = new ReclusterResult(posts.Count, unreadable, clusters.Count, clusters.Sum(c => c.Size), clusters.Count == 0 ? 0 : clusters[0].Size, rewritten, signedAt, clusteredAt - signedAt, watch.Elapsed);
        LogReclustered(logger, result.Posts, result.Clusters, result.InClusters, result.Rewritten, (long)result.Elapsed.TotalMilliseconds);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Near-copies reclustered from scratch: {Posts} posts, {Clusters} clusters holding {InClusters} posts, {Rewritten} posts' clusters rewritten in {Milliseconds} ms")]
    private static partial void LogReclustered(ILogger logger, int posts, int clusters, int inClusters, int rewritten, long milliseconds);
}

/// <summary>What reclustering from scratch found, and where its time went.</summary>
public sealed record ReclusterResult(
    int Posts,
    int Unreadable,
    int Clusters,
    int InClusters,
    int LargestCluster,
    int Rewritten,
    TimeSpan Signing,
    TimeSpan Clustering,
    TimeSpan Elapsed);

/// <summary>How far a recluster has got: signing posts, then clustering them.</summary>
public readonly record struct ReclusterProgress(ReclusterStage Stage, int Done, int Total);

public enum ReclusterStage
{
    Signing,
    Clustering,
}
