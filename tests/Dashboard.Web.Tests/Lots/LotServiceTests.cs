using Dashboard.Core.Review;
using Dashboard.Core.Sampling;
using Dashboard.Web.Features.Claims;
using Dashboard.Web.Features.Lots;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Lots;

/// <summary>
/// Lots from plan to decision, on the configured database (SQLite, or PostgreSQL with
/// DASHBOARD_TEST_POSTGRES): permissions, the plan's rule, the history naming the lot.
/// </summary>
public sealed class LotServiceTests(ReviewDatabase fixture) : IClassFixture<ReviewDatabase>
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    [Fact]
    public async Task A_plan_fixes_the_members_computes_the_standards_plan_and_draws_the_sample_with_the_recorded_seed()
    {
        var (batchId, ids) = await fixture.ImportBatchAsync(30);

        var result = await fixture.Lots().PlanAsync(new LotRequest(batchId, null, 6.5m, Seed: 42), ReviewDatabase.Lead, Cancel);

        Assert.True(result.Succeeded, result.Message);
        var lot = (await fixture.LotQuery().ReadAsync(result.LotId, Cancel))!;
        Assert.Equal(LotState.Sampling, lot.State);
        // 26 to 50 posts: code D, n = 8; D at 6.5 %: Ac 1, Re 2.
        Assert.Equal(('D', 8, 1, 2), (lot.Plan.PlanCode, lot.Plan.SampleSize, lot.Plan.Acceptance, lot.Plan.Rejection));
        Assert.Equal(30, lot.Plan.LotSize);
        Assert.Equal(42, lot.Seed);
        await using var db = fixture.Database.CreateContext();
        var members = await db.Posts.Where(p => ids.Contains(p.SourceId)).Select(p => p.Id).ToListAsync(Cancel);
        var expected = await db.Posts.Where(p => SampleDraw.Draw(members, 8, 42).Contains(p.Id)).Select(p => p.SourceId).OrderBy(s => s).ToListAsync(Cancel);
        Assert.Equal(expected, await fixture.SampleAsync(result.LotId));
        Assert.Equal(expected, lot.Sample.Select(s => s.SourceId));
    }

    [Theory]
    [InlineData(Role.Editor)]
    public async Task Only_leads_and_admins_plan_and_nothing_is_stored_for_anyone_else(Role role)
    {
        var (batchId, _) = await fixture.ImportBatchAsync(5);

        var result = await fixture.Lots().PlanAsync(new LotRequest(batchId, null, 1.0m), ReviewDatabase.As(role), Cancel);

        Assert.Equal(LotFailure.Forbidden, result.Failure);
        Assert.Equal("Only a lead or an admin can plan, accept or reject a lot.", result.Message);
        Assert.Null(await fixture.LotQuery().LotOfBatchAsync(batchId, Cancel));
    }

    [Fact]
    public async Task A_bad_AQL_an_unknown_batch_and_a_second_lot_of_a_batch_are_refused_by_name()
    {
        var (batchId, _) = await fixture.ImportBatchAsync(3);

        var aql = await fixture.Lots().PlanAsync(new LotRequest(batchId, null, 3m), ReviewDatabase.Lead, Cancel);
        var unknown = await fixture.Lots().PlanAsync(new LotRequest(999_999, null, 1.0m), ReviewDatabase.Lead, Cancel);
        Assert.True((await fixture.Lots().PlanAsync(new LotRequest(batchId, null, 1.0m), ReviewDatabase.Lead, Cancel)).Succeeded);
        var second = await fixture.Lots().PlanAsync(new LotRequest(batchId, null, 1.0m), ReviewDatabase.Admin, Cancel);

        Assert.StartsWith("The AQL 3 is not in the standard's table", aql.Message, StringComparison.Ordinal);
        Assert.Equal(LotFailure.NotFound, unknown.Failure);
        Assert.Equal($"Import batch {batchId} already has a lot: open it instead.", second.Message);
    }

    [Fact]
    public async Task Accepting_waits_for_the_whole_sample_then_approves_the_rest_each_entry_naming_the_lot_plan_sample_and_result()
    {
        var (batchId, ids) = await fixture.ImportBatchAsync(30);
        var planned = await fixture.Lots().PlanAsync(new LotRequest(batchId, null, 6.5m, Seed: 7), ReviewDatabase.Lead, Cancel);
        var sample = await fixture.SampleAsync(planned.LotId);
        // One defect (sent back), the rest of the sample approved: 1 <= Ac 1.
        await fixture.Reviews.RequestChangesAsync(sample[0], await fixture.RowVersionAsync(sample[0]), "the table is wrong", ReviewDatabase.Lead, Cancel);
        foreach (var sourceId in sample.Skip(1).SkipLast(1))
        {
            Assert.True((await fixture.Reviews.ApproveAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel)).Succeeded);
        }

        var early = await fixture.Lots().AcceptAsync(planned.LotId, ReviewDatabase.Lead, cancellationToken: Cancel);
        Assert.Equal("1 of the 8 sample posts are not decided yet; the lot can be accepted once all are.", early.Message);
        await fixture.Reviews.ApproveAsync(sample[^1], await fixture.RowVersionAsync(sample[^1]), ReviewDatabase.Lead, Cancel);
        var editor = await fixture.Lots().AcceptAsync(planned.LotId, ReviewDatabase.Editor, cancellationToken: Cancel);
        Assert.Equal(LotFailure.Forbidden, editor.Failure);
        var reported = new List<int>();

        var accepted = await fixture.Lots().AcceptAsync(planned.LotId, ReviewDatabase.Lead, new SyncProgress(reported.Add), Cancel);

        Assert.True(accepted.Succeeded, accepted.Message);
        Assert.Equal(LotState.Accepted, accepted.State);
        Assert.StartsWith("accepted: 1 defects in 8", accepted.Outcome, StringComparison.Ordinal);
        Assert.EndsWith("22 posts approved", accepted.Outcome, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 22), reported);
        var rest = ids.Except(sample).ToList();
        Assert.Equal(22, rest.Count);
        foreach (var sourceId in rest)
        {
            Assert.Equal(ReviewStatus.Approved, (await fixture.GetAsync(sourceId)).Status);
            var entry = (await fixture.HistoryAsync(sourceId))[^1];
            Assert.Equal(HistoryKind.LotApproved, entry.Kind);
            Assert.Equal(ReviewDatabase.Lead.Name, entry.Actor);
            Assert.StartsWith($"approved with lot {planned.LotId} (import batch {batchId}", entry.Action, StringComparison.Ordinal);
            Assert.Contains("plan AQL 6.5 %, code D, n = 8, Ac 1 / Re 2", entry.Note);
            Assert.Contains("sample of 8 of 30 posts drawn with seed 7", entry.Note);
            Assert.Contains("result 1 defects (1 changes requested)", entry.Note);
        }

        // The defect sent back is left as the lead left it.
        Assert.Equal(ReviewStatus.ChangesRequested, (await fixture.GetAsync(sample[0])).Status);
        var again = await fixture.Lots().AcceptAsync(planned.LotId, ReviewDatabase.Lead, cancellationToken: Cancel);
        Assert.Equal("This lot is accepted: only a lot that is sampling can be accepted.", again.Message);
    }

    [Fact]
    public async Task Re_defects_refuse_acceptance_and_a_rejection_back_rejects_the_open_posts_naming_the_lot_and_its_defects()
    {
        var (batchId, ids) = await fixture.ImportBatchAsync(30);
        var planned = await fixture.Lots().PlanAsync(new LotRequest(batchId, null, 6.5m, Seed: 11), ReviewDatabase.Lead, Cancel);
        var sample = await fixture.SampleAsync(planned.LotId);
        var notYet = await fixture.Lots().RejectAsync(planned.LotId, new LotRejection(LotRejectionMode.FullReview), ReviewDatabase.Lead, cancellationToken: Cancel);
        Assert.Equal("The sample has 0 defects, fewer than the plan's rejection number 2: the lot cannot be rejected on it.", notYet.Message);
        foreach (var sourceId in sample.Take(2))
        {
            Assert.True((await fixture.Reviews.RejectAsync(sourceId, null, RejectionReason.Inaccurate, "wrong API", null, ReviewDatabase.Lead, Cancel)).Succeeded);
        }

        var accept = await fixture.Lots().AcceptAsync(planned.LotId, ReviewDatabase.Lead, cancellationToken: Cancel);
        Assert.Equal(LotFailure.Invalid, accept.Failure);

        var rejected = await fixture.Lots().RejectAsync(
            planned.LotId, new LotRejection(LotRejectionMode.RejectBack, RejectionReason.LowQuality, "regenerate this run"), ReviewDatabase.Lead, cancellationToken: Cancel);

        Assert.True(rejected.Succeeded, rejected.Message);
        Assert.Equal(LotState.Rejected, rejected.State);
        Assert.Contains("2 defects in 2 decided of 8 (2 inaccurate)", rejected.Outcome);
        Assert.Contains("28 posts rejected back (low quality)", rejected.Outcome);
        foreach (var sourceId in ids.Except(sample.Take(2)))
        {
            var entry = (await fixture.HistoryAsync(sourceId))[^1];
            Assert.Equal(HistoryKind.Rejected, entry.Kind);
            Assert.StartsWith("regenerate this run (Lot ", entry.Note, StringComparison.Ordinal);
            Assert.Contains($"Lot {planned.LotId} \"import batch {batchId}", entry.Note);
            Assert.Contains("result 2 defects (2 inaccurate)", entry.Note);
        }
    }

    [Fact]
    public async Task A_rejected_lot_kept_for_full_review_leaves_every_post_as_it_was()
    {
        var (batchId, ids) = await fixture.ImportBatchAsync(10);
        // 9 to 15: code B, n = 3; B at 6.5 % points up to A (n = 2, Ac 0): one defect rejects.
        var planned = await fixture.Lots().PlanAsync(new LotRequest(batchId, null, 6.5m, Seed: 3), ReviewDatabase.Admin, Cancel);
        var sample = await fixture.SampleAsync(planned.LotId);
        Assert.Equal(2, sample.Count);
        await fixture.Reviews.RejectAsync(sample[0], null, RejectionReason.Unsafe, "leaks a key", null, ReviewDatabase.Lead, Cancel);

        var rejected = await fixture.Lots().RejectAsync(planned.LotId, new LotRejection(LotRejectionMode.FullReview), ReviewDatabase.Lead, cancellationToken: Cancel);

        Assert.True(rejected.Succeeded, rejected.Message);
        Assert.EndsWith("the lot stays for full review", rejected.Outcome, StringComparison.Ordinal);
        foreach (var sourceId in ids.Skip(1).Where(id => id != sample[0]))
        {
            Assert.Equal(ReviewStatus.InReview, (await fixture.GetAsync(sourceId)).Status);
        }
    }

    [Fact]
    public async Task Start_reviewing_hands_out_the_sample_posts_of_a_lot_being_sampled_first()
    {
        // A database of its own: no other test's lot is being sampled in it.
        await using var own = await ReviewDatabase.CreateAsync();
        await own.ImportBatchAsync(10);
        var (batchId, _) = await own.ImportBatchAsync(20);
        var planned = await own.Lots().PlanAsync(new LotRequest(batchId, null, 4.0m, Seed: 5), ReviewDatabase.Lead, Cancel);
        var sample = await own.SampleAsync(planned.LotId);
        var lead = ReviewDatabase.Lead;
        var next = own.Database.Get<NextPost>();

        var handed = new List<string>();
        foreach (var _ in sample)
        {
            handed.Add((await next.ClaimNextAsync(lead, new QueueFilter(), Cancel))!);
        }

        Assert.Equal(sample, handed.Order());
    }

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
