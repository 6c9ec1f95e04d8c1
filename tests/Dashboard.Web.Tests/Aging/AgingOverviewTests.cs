using Dashboard.Core.Review;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Aging;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Aging;

/// <summary>The Overview's waiting bands and overdue count, the queue's waiting filters, and each reviewer's pace from history.</summary>
public sealed class AgingOverviewTests
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    [Fact]
    public async Task Overdue_posts_are_counted_per_status_by_its_due_time_and_the_queue_filters_them()
    {
        await using var fixture = await CreateAsync();
        var now = DateTime.UtcNow;
        // Due times by default: drafted 7 days, in review 2, changes requested 3.
        var overdueDraft = await AddWaitingAsync(fixture, ReviewStatus.Drafted, now.AddDays(-10));
        var freshDraft = await AddWaitingAsync(fixture, ReviewStatus.Drafted, now.AddDays(-5));
        var overdueReview = await AddWaitingAsync(fixture, ReviewStatus.InReview, now.AddDays(-2.5));
        await AddWaitingAsync(fixture, ReviewStatus.ChangesRequested, now.AddHours(-1));
        var aging = fixture.Database.Get<AgingQuery>();

        var buckets = (await aging.BucketsAsync(Cancel)).ToDictionary(b => b.Status);

        Assert.Equal(2, await aging.OverdueCountAsync(Cancel));
        Assert.Equal(1, buckets[ReviewStatus.Drafted].Overdue);
        Assert.Equal(1, buckets[ReviewStatus.InReview].Overdue);
        Assert.Equal(0, buckets[ReviewStatus.ChangesRequested].Overdue);
        Assert.Equal([0, 0, 1, 1], buckets[ReviewStatus.Drafted].Buckets);
        Assert.Equal([0, 1, 0, 0], buckets[ReviewStatus.InReview].Buckets);
        Assert.Equal([1, 0, 0, 0], buckets[ReviewStatus.ChangesRequested].Buckets);

        var queue = fixture.Database.Get<QueueQuery>();
        var overdue = await queue.GetSourceIdsAsync(new QueueFilter { Overdue = true }, 100, Cancel);
        var waitingFourDays = await queue.GetSourceIdsAsync(new QueueFilter { WaitingDays = 4, Sort = QueueSort.Waiting, Descending = true }, 100, Cancel);
        Assert.Equal([overdueDraft, overdueReview], overdue.Order());
        Assert.Equal([overdueDraft, freshDraft], waitingFourDays);
    }

    [Fact]
    public async Task A_due_time_setting_moves_the_overdue_line()
    {
        await using var strict = await TestSupport.TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Review:DueDays:Drafted"] = "1" });
        var sourceId = $"alphanode-due-{Guid.NewGuid():N}";
        Assert.Equal(1, (await strict.ImportAsync([TestSupport.TestFiles.FromPost($"{sourceId}.txt", ReviewDatabase.NewPost(sourceId, ReviewStatus.Drafted))])).Imported);
        await using (var db = strict.CreateContext())
        {
            await db.Posts.ExecuteUpdateAsync(s => s.SetProperty(p => p.StatusSinceUtc, DateTime.UtcNow.AddDays(-2)), Cancel);
        }

        Assert.Equal(1, await strict.Get<AgingQuery>().OverdueCountAsync(Cancel));
    }

    [Fact]
    public async Task Throughput_counts_each_reviewers_decisions_in_the_period_and_their_pace_between_breaks()
    {
        await using var fixture = await CreateAsync();
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);
        var start = DateTime.UtcNow.AddHours(-5);
        // A sitting of four decisions 2, 2 and 6 minutes apart, one more after a two-hour break,
        // an edit (not a decision) and a decision before the period.
        await AddHistoryAsync(fixture, sourceId, "pat", HistoryKind.Approved, start.AddHours(-2));
        await AddHistoryAsync(fixture, sourceId, "pat", HistoryKind.SentForApproval, start);
        await AddHistoryAsync(fixture, sourceId, "pat", HistoryKind.ChangesRequested, start.AddMinutes(2));
        await AddHistoryAsync(fixture, sourceId, "pat", HistoryKind.Approved, start.AddMinutes(4));
        await AddHistoryAsync(fixture, sourceId, "pat", HistoryKind.ChecklistEdited, start.AddMinutes(5));
        await AddHistoryAsync(fixture, sourceId, "pat", HistoryKind.Approved, start.AddMinutes(10));
        await AddHistoryAsync(fixture, sourceId, "sam", HistoryKind.SentForApproval, start.AddMinutes(1));
        await AddHistoryAsync(fixture, sourceId, "pat", HistoryKind.Approved, start.AddDays(-3));

        var paces = await fixture.Database.Get<AgingQuery>().ThroughputAsync(TimeSpan.FromDays(1), Cancel);

        var pat = Assert.Single(paces, p => p.Reviewer == "pat").Throughput;
        Assert.Equal(5, pat.Decisions);
        Assert.Equal(TimeSpan.FromMinutes(2), pat.MedianPerDecision);
        // Three timed decisions in ten minutes of work.
        Assert.Equal(18, pat.PerHour!.Value, precision: 6);
        var sam = Assert.Single(paces, p => p.Reviewer == "sam").Throughput;
        Assert.Equal(1, sam.Decisions);
        Assert.Null(sam.PerHour);
        Assert.Equal("pat", paces[0].Reviewer);
    }

    private static async Task<string> AddWaitingAsync(ReviewDatabase fixture, string status, DateTime sinceUtc)
    {
        var sourceId = await fixture.AddAsync(status);
        await using var db = fixture.Database.CreateContext();
        await db.Posts.Where(p => p.SourceId == sourceId).ExecuteUpdateAsync(s => s.SetProperty(p => p.StatusSinceUtc, sinceUtc), Cancel);
        return sourceId;
    }

    private static async Task AddHistoryAsync(ReviewDatabase fixture, string sourceId, string actor, HistoryKind kind, DateTime atUtc)
    {
        await using var db = fixture.Database.CreateContext();
        var postId = await db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.Id).SingleAsync(Cancel);
        db.PostHistory.Add(new PostHistoryEntry { PostId = postId, AtUtc = atUtc, Actor = actor, Kind = kind, Action = kind.ToString() });
        await db.SaveChangesAsync(Cancel);
    }

    // Each test has a database of its own: the counts see every post in it.
    private static async Task<ReviewDatabase> CreateAsync()
    {
        var fixture = new ReviewDatabase();
        await fixture.InitializeAsync();
        return fixture;
    }
}
