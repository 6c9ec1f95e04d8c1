using Dashboard.Core.Review;
using Dashboard.Core.Sampling;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Aging;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Lots;

/// <summary>
/// Acceptance sampling of lots: plan (members fixed, plan computed, sample drawn with a recorded
/// seed), accept (the rest approved through the review service, each entry naming the lot) and
/// reject (kept for full review, or rejected back). Every change of a lot's state goes through
/// <see cref="ApplyAsync"/>: permission and rule (<see cref="LotWorkflow"/>), change, state,
/// concurrency, log.
/// </summary>
public sealed partial class LotService(
    IDbContextFactory<DashboardDbContext> contexts, ReviewService reviews, LotQuery lots, AgingClock aging, TimeProvider time, ILogger<LotService> logger)
{
    public Task<LotResult> PlanAsync(LotRequest request, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        if ((request.ImportBatchId is null) == (request.Filter is null))
        {
            return Task.FromResult(LotResult.Refused(LotFailure.Invalid, "A lot is an import batch (importBatchId) or the posts of a queue filter (filter), one of the two."));
        }

        if (AcceptableQualityLevels.Problem(request.Aql) is { } badAql)
        {
            return Task.FromResult(LotResult.Refused(LotFailure.Invalid, badAql));
        }

        return ApplyAsync(LotAction.Plan, reviewer, db => NewLotAsync(db, request, reviewer, cancellationToken), async (db, lot) =>
        {
            var members = await MembersAsync(db, request, cancellationToken);
            if (members.Count == 0)
            {
                throw new LotRefusedException(LotFailure.Invalid, "The lot has no posts: there is nothing to sample.");
            }

            var plan = SamplingPlans.For(members.Count, request.Aql);
            var sample = SampleDraw.Draw(members, plan.SampleSize, lot.Seed).ToHashSet();
            (lot.Aql, lot.LotSize, lot.LotCode, lot.PlanCode) = (plan.Aql, plan.LotSize, plan.LotCode.ToString(), plan.PlanCode.ToString());
            (lot.SampleSize, lot.Acceptance, lot.Rejection) = (plan.SampleSize, plan.Acceptance, plan.Rejection);
            // Saved with the lot's state, in the apply path's one SaveChanges: a lot is never stored without its members.
            lot.Posts = [.. members.Select(id => new LotPost { PostId = id, InSample = sample.Contains(id) })];
            db.Lots.Add(lot);
            return $"planned: {plan.Describe()}; {plan.SampleSize} of {plan.LotSize} posts drawn with seed {lot.Seed}";
        }, progress: null, cancellationToken);
    }

    /// <summary>
    /// Accepts the lot once its sample allows it: every drafted or in-review post of the lot
    /// outside the sample is approved, as one bulk action, each history entry naming the lot, its
    /// plan, its sample and the result. <paramref name="progress"/> counts the posts done.
    /// </summary>
    public Task<LotResult> AcceptAsync(long lotId, Reviewer reviewer, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        ApplyAsync(LotAction.Accept, reviewer, db => db.Lots.SingleOrDefaultAsync(l => l.Id == lotId, cancellationToken), async (db, lot) =>
        {
            var view = (await lots.ReadAsync(db, lot, cancellationToken))!;
            var evidence = Evidence(view, "accepted");
            var approver = reviewer with { BulkId = Guid.NewGuid() };
            lot.BulkId = approver.BulkId;
            var (done, refused) = await ForEachAsync(db, lot, inSample: false, ReviewAction.ApproveWithLot, (post, ct) =>
                reviews.ApproveWithLotAsync(post.SourceId, post.RowVersion, $"approved with lot {lot.Id} ({lot.Name})", evidence, approver, ct), progress, cancellationToken);
            return $"accepted: {view.Tally.Defects} defects in {view.Tally.SampleSize} ({view.DefectRate.Describe()}); {done} posts approved{Refusals(refused)}";
        }, progress, cancellationToken);

    /// <summary>
    /// Rejects the lot once its sample has the plan's rejection number of defects: it stays for full
    /// review, or every open post of it (sample included) is rejected back to the generator team
    /// for <see cref="LotRejection.Reason"/>, the note naming the lot and the defects found.
    /// </summary>
    public Task<LotResult> RejectAsync(long lotId, LotRejection rejection, Reviewer reviewer, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (rejection.Mode == LotRejectionMode.RejectBack && Rejection.Problem(rejection.Reason, rejection.Note, duplicateOf: null, sourceId: "") is { } problem)
        {
            return Task.FromResult(LotResult.Refused(LotFailure.Invalid, problem));
        }

        return ApplyAsync(LotAction.Reject, reviewer, db => db.Lots.SingleOrDefaultAsync(l => l.Id == lotId, cancellationToken), async (db, lot) =>
        {
            var view = (await lots.ReadAsync(db, lot, cancellationToken))!;
            var found = $"rejected: {view.Tally.Defects} defects in {view.Tally.Decided} decided of {view.Tally.SampleSize} ({view.Defects})";
            if (rejection.Mode == LotRejectionMode.FullReview)
            {
                return $"{found}; the lot stays for full review";
            }

            var note = string.IsNullOrWhiteSpace(rejection.Note) ? Evidence(view, "rejected") : $"{rejection.Note.Trim()} ({Evidence(view, "rejected")})";
            var rejecter = reviewer with { BulkId = Guid.NewGuid() };
            lot.BulkId = rejecter.BulkId;
            var (done, refused) = await ForEachAsync(db, lot, inSample: null, ReviewAction.Reject, (post, ct) =>
                reviews.RejectAsync(post.SourceId, post.RowVersion, rejection.Reason, note, duplicateOf: null, rejecter, ct), progress, cancellationToken);
            return $"{found}; {done} posts rejected back ({RejectionReasons.NameOf(rejection.Reason)}){Refusals(refused)}";
        }, progress, cancellationToken);
    }

    // What each post's history says of the lot: which lot, the plan, the sample and its result.
    private static string Evidence(LotView view, string verdict) =>
        $"Lot {view.Id} \"{view.Name}\" {verdict} by acceptance sampling (ISO 2859-1, normal inspection, level II): plan {view.Plan.Describe()}; "
        + $"sample of {view.Tally.SampleSize} of {view.Plan.LotSize} posts drawn with seed {view.Seed}; result {view.Tally.Defects} defects ({view.Defects}), "
        + $"defect rate {view.DefectRate.Describe()}.";

    private static string Refusals(IReadOnlyDictionary<string, int> refused) =>
        refused.Count == 0 ? "" : $"; {refused.Values.Sum()} left as they were ({string.Join(", ", refused.Select(r => $"{r.Value} {r.Key}"))})";

    private sealed record Target(string SourceId, long RowVersion);

    // The lot's posts the action may start from (inSample: false the rest, null all), one by one
    // through the review service's one apply path; a post changed meanwhile is counted, not forced.
    private static async Task<(int Done, Dictionary<string, int> Refused)> ForEachAsync(
        DashboardDbContext db, Lot lot, bool? inSample, ReviewAction action, Func<Target, CancellationToken, Task<ReviewResult>> apply, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var from = ReviewWorkflow.For(action)!.From!.Where(s => !ReviewWorkflow.ReviewedStatuses.Contains(s)).ToList();
        var targets = await db.LotPosts.AsNoTracking().Where(m => m.LotId == lot.Id && (inSample == null || m.InSample == inSample))
            .Join(db.Posts, m => m.PostId, p => p.Id, (m, p) => p)
            .Where(p => from.Contains(p.Status)).OrderBy(p => p.Id)
            .Select(p => new Target(p.SourceId, p.RowVersion)).ToListAsync(cancellationToken);
        var done = 0;
        var refused = new Dictionary<string, int>();
        foreach (var target in targets)
        {
            var result = await apply(target, cancellationToken);
            if (result.Succeeded)
            {
                done++;
            }
            else
            {
                var reason = result.Failure == ReviewFailure.Conflict ? "changed meanwhile" : result.Message ?? "refused";
                refused[reason] = refused.GetValueOrDefault(reason) + 1;
            }

            progress?.Report(done + refused.Values.Sum());
        }

        return (done, refused);
    }

    private async Task<Lot?> NewLotAsync(DashboardDbContext db, LotRequest request, Reviewer reviewer, CancellationToken cancellationToken)
    {
        string name;
        if (request.ImportBatchId is { } batchId)
        {
            var batch = await db.ImportBatches.AsNoTracking().Where(b => b.Id == batchId).Select(b => new { b.Origin }).SingleOrDefaultAsync(cancellationToken);
            if (batch is null)
            {
                return null;
            }

            if (await db.Lots.AnyAsync(l => l.ImportBatchId == batchId, cancellationToken))
            {
                throw new LotRefusedException(LotFailure.Invalid, $"Import batch {batchId} already has a lot: open it instead.");
            }

            name = $"import batch {batchId} ({batch.Origin})";
        }
        else
        {
            name = $"queue filter ?{QueueUrl.ToQuery(request.Filter!)}";
        }

        name = string.IsNullOrWhiteSpace(request.Name) ? name : request.Name.Trim();
        return new Lot
        {
            Name = name.Length > 200 ? name[..200] : name,
            ImportBatchId = request.ImportBatchId,
            Filter = request.Filter is null ? null : QueueUrl.ToQuery(request.Filter),
            State = LotState.NotSampled,
            LotCode = "",
            PlanCode = "",
            Seed = request.Seed ?? SampleDraw.NewSeed(),
            PlannedBy = reviewer.Name,
            PlannedAtUtc = time.GetUtcNow().UtcDateTime,
        };
    }

    private async Task<List<long>> MembersAsync(DashboardDbContext db, LotRequest request, CancellationToken cancellationToken) =>
        request.ImportBatchId is { } batchId
            ? await db.Posts.AsNoTracking().Where(p => p.LastImportBatchId == batchId).Select(p => p.Id).ToListAsync(cancellationToken)
            // Every post the filter matches, decided or not: the lot is what the generator made.
            : await QueueQuery.Filter(db, request.Filter! with { ShowAll = true }, aging.Cutoffs()).Select(p => p.Id).ToListAsync(cancellationToken);
}
