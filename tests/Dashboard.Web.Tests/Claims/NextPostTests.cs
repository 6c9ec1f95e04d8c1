using System.Linq.Expressions;
using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Claims;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Dashboard.Web.Tests.Claims;

/// <summary>"Next": the role's own work only, by priority, each post handed out once.</summary>
public sealed class NextPostTests : IAsyncLifetime
{
    private static readonly Reviewer Erin = ReviewDatabase.Editor;
    private static readonly Reviewer Lead = ReviewDatabase.Lead;
    private static CancellationToken Ct => ReviewDatabase.Cancel;

    // A database of each test's own: "next" looks at the whole queue.
    private readonly ReviewDatabase _db = new();

    private NextPost Next => _db.Database.Get<NextPost>();

    public ValueTask InitializeAsync() => _db.InitializeAsync();

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Next_hands_out_sent_back_then_errors_then_cluster_size_then_low_quality_then_the_longest_waiting()
    {
        var plain = await _db.AddAsync(ReviewStatus.Drafted);
        var oldest = await _db.AddAsync(ReviewStatus.Drafted);
        var lowQuality = await _db.AddAsync(ReviewStatus.Drafted);
        var bigCluster = await _db.AddAsync(ReviewStatus.Drafted);
        var failing = await _db.AddAsync(ReviewStatus.Drafted);
        var bigClusterCopy = await _db.AddAsync(ReviewStatus.Drafted);
        var sentBackToOther = await SentBackAsync(new Reviewer("otto.editor", Role.Editor));
        var sentBack = await SentBackAsync(Erin);

        var now = DateTime.UtcNow;
        await SetAsync(p => true, s => s.SetProperty(p => p.StatusSinceUtc, now).SetProperty(p => p.CheckErrors, 0).SetProperty(p => p.ClusterSize, 1));
        await SetQualityAsync(null, 50);
        await SetQualityAsync(lowQuality, 10);
        await SetAsync(p => p.SourceId == oldest, s => s.SetProperty(p => p.StatusSinceUtc, now.AddDays(-3)));
        // The representative of a big cluster comes first; its near-copies wait like any other post.
        await SetAsync(p => p.SourceId == bigCluster, s => s.SetProperty(p => p.ClusterSize, 6).SetProperty(p => p.ClusterId, p => p.Id));
        await using (var db = _db.Database.CreateContext())
        {
            var representative = await db.Posts.Where(p => p.SourceId == bigCluster).Select(p => p.Id).SingleAsync(Ct);
            await SetAsync(p => p.SourceId == bigClusterCopy, s => s.SetProperty(p => p.ClusterSize, 6).SetProperty(p => p.ClusterId, representative));
        }

        await SetAsync(p => p.SourceId == failing, s => s.SetProperty(p => p.CheckErrors, 2).SetProperty(p => p.ClusterSize, 3).SetProperty(p => p.ClusterId, p => p.Id));

        var handed = new List<string?>();
        for (var i = 0; i < 8; i++)
        {
            handed.Add(await Next.ClaimNextAsync(Erin, cancellationToken: Ct));
        }

        // The cluster's copy and the post sent back to another editor are among the rest, by id after the plain one.
        Assert.Equal([sentBack, failing, bigCluster, lowQuality, oldest, plain, bigClusterCopy, sentBackToOther], handed);
        Assert.Null(await Next.ClaimNextAsync(Erin, cancellationToken: Ct));
    }

    [Fact]
    public async Task Editors_get_drafted_and_changes_requested_posts_and_leads_get_those_in_review()
    {
        var drafted = await _db.AddAsync(ReviewStatus.Drafted);
        var changes = await _db.AddAsync(ReviewStatus.ChangesRequested);
        var inReview = await _db.AddAsync(ReviewStatus.InReview);
        var approved = await _db.AddAsync(ReviewStatus.InReview);
        Assert.True((await _db.Reviews.ApproveAsync(approved, await _db.RowVersionAsync(approved), Lead, Ct)).Succeeded);
        await _db.AddAsync(ReviewStatus.Drafted, needsHumanReview: false);

        Assert.Equal(new[] { drafted, changes }.Order(), (await DrainAsync(Erin)).Order());
        Assert.Equal([inReview], await DrainAsync(Lead));
    }

    [Fact]
    public async Task Next_stays_within_the_queue_filter_and_counts_whats_left()
    {
        await _db.AddAsync(ReviewStatus.Drafted);
        var changes = await _db.AddAsync(ReviewStatus.ChangesRequested);
        var filter = new QueueFilter { Status = ReviewStatus.ChangesRequested };

        Assert.Equal(2, await Next.CountLeftAsync(Erin, cancellationToken: Ct));
        Assert.Equal(1, await Next.CountLeftAsync(Erin, filter, Ct));
        Assert.Equal(changes, await Next.ClaimNextAsync(Erin, filter, Ct));
        Assert.Null(await Next.ClaimNextAsync(Erin, filter, Ct));

        // The post Erin holds is still hers to do; another editor's count leaves it out.
        Assert.Equal(2, await Next.CountLeftAsync(Erin, cancellationToken: Ct));
        Assert.Equal(1, await Next.CountLeftAsync(new Reviewer("otto.editor", Role.Editor), cancellationToken: Ct));
    }

    [Fact]
    public async Task Two_editors_asking_at_once_never_get_the_same_post()
    {
        for (var i = 0; i < 24; i++)
        {
            await _db.AddAsync(ReviewStatus.Drafted);
        }

        Reviewer[] editors = [Erin, new("otto.editor", Role.Editor)];
        var handed = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => Next.ClaimNextAsync(editors[i % 2], cancellationToken: Ct), Ct)));

        Assert.All(handed, Assert.NotNull);
        Assert.Equal(24, handed.Distinct().Count());
    }

    private async Task<List<string>> DrainAsync(Reviewer reviewer)
    {
        var handed = new List<string>();
        while (await Next.ClaimNextAsync(reviewer, cancellationToken: Ct) is { } sourceId)
        {
            handed.Add(sourceId);
        }

        return handed;
    }

    /// <summary>A post <paramref name="editor"/> sent for approval and a lead sent back.</summary>
    private async Task<string> SentBackAsync(Reviewer editor)
    {
        var sourceId = await _db.AddAsync(ReviewStatus.Drafted);
        Assert.True((await _db.Reviews.SubmitAsync(sourceId, await _db.RowVersionAsync(sourceId), editor, Ct)).Succeeded);
        Assert.True((await _db.Reviews.RequestChangesAsync(sourceId, await _db.RowVersionAsync(sourceId), "cite the benchmark", Lead, Ct)).Succeeded);
        return sourceId;
    }

    private async Task SetAsync(
        Expression<Func<PostRecord, bool>> which,
        Action<UpdateSettersBuilder<PostRecord>> set)
    {
        await using var db = _db.Database.CreateContext();
        await db.Posts.Where(which).ExecuteUpdateAsync(set, Ct);
    }

    private async Task SetQualityAsync(string? sourceId, int quality)
    {
        var column = ScoreFields.Quality.Column();
        await SetAsync(p => sourceId == null || p.SourceId == sourceId, s => s.SetProperty(p => EF.Property<int?>(p, column), quality));
    }
}
