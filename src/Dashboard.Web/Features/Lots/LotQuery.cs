using Dashboard.Core.Review;
using Dashboard.Core.Sampling;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Lots;

/// <summary>Lots as the pages and the API read them: the state, the plan, the sample's decisions and the defect rate.</summary>
public sealed class LotQuery(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<LotView?> ReadAsync(long lotId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Lots.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lotId, cancellationToken) is { } lot
            ? await ReadAsync(db, lot, cancellationToken)
            : null;
    }

    /// <summary>The lot of import batch <paramref name="batchId"/>, or null when nobody has planned one.</summary>
    public async Task<long?> LotOfBatchAsync(long batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Lots.Where(l => l.ImportBatchId == batchId).Select(l => (long?)l.Id).SingleOrDefaultAsync(cancellationToken);
    }

    internal async Task<LotView?> ReadAsync(DashboardDbContext db, Lot lot, CancellationToken cancellationToken)
    {
        var since = lot.PlannedAtUtc;
        var rows = await db.LotPosts.AsNoTracking().Where(m => m.LotId == lot.Id && m.InSample)
            .Join(db.Posts, m => m.PostId, p => p.Id, (m, p) => new
            {
                p.SourceId,
                p.Title,
                p.Status,
                p.RejectionReason,
                SentBack = db.PostHistory.Any(h => h.PostId == p.Id && h.Kind == HistoryKind.ChangesRequested && h.AtUtc >= since),
            })
            .OrderBy(p => p.SourceId)
            .ToListAsync(cancellationToken);
        var outcomes = rows.Select(r => (Row: r, Outcome: SampleOutcome.Of(r.Status, r.RejectionReason, r.SentBack))).ToList();
        // A post deleted since the plan leaves the sample smaller; the plan's figures stay as decided.
        var tally = SampleOutcome.Tally(rows.Count, outcomes.Select(o => o.Outcome));
        var plan = lot.Plan;
        LotVerdict? verdict = tally.Defects >= plan.Rejection ? LotVerdict.Reject : tally.IsComplete ? plan.Verdict(tally.Defects) : null;
        return new LotView(
            lot.Id, lot.Name, lot.ImportBatchId, lot.Filter, lot.State, plan, lot.Seed, tally,
            DefectRate.Wilson(tally.Defects, tally.Decided), SampleOutcome.DescribeDefects(outcomes.Select(o => o.Outcome)), verdict,
            lot.PlannedBy, lot.PlannedAtUtc, lot.DecidedBy, lot.DecidedAtUtc, lot.Outcome,
            [.. outcomes.Select(o => new SamplePost(o.Row.SourceId, o.Row.Title, o.Row.Status, o.Outcome.Decided, o.Outcome.DefectReason))]);
    }

    /// <summary>Every lot, newest first, then the import batches nobody has planned (not sampled).</summary>
    public async Task<IReadOnlyList<LotRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var planned = await db.Lots.AsNoTracking().OrderByDescending(l => l.Id)
            .Select(l => new { l.Id, l.Name, l.ImportBatchId, l.State, l.LotSize, l.Aql, l.LotCode, l.PlanCode, l.SampleSize, l.Acceptance, l.Rejection })
            .ToListAsync(cancellationToken);
        var batches = await db.ImportBatches.AsNoTracking().Where(b => !db.Lots.Any(l => l.ImportBatchId == b.Id)).OrderByDescending(b => b.Id)
            .Select(b => new { b.Id, b.Origin, Posts = db.Posts.Count(p => p.LastImportBatchId == b.Id) })
            .ToListAsync(cancellationToken);
        return
        [
            .. planned.Select(l => new LotRow(l.Id, l.Name, l.ImportBatchId, l.State, l.LotSize,
                new SamplingPlan(l.LotSize, l.Aql, l.LotCode[0], l.PlanCode[0], l.SampleSize, l.Acceptance, l.Rejection).Describe())),
            .. batches.Where(b => b.Posts > 0).Select(b => new LotRow(null, $"import batch {b.Id} ({b.Origin})", b.Id, LotState.NotSampled, b.Posts, null)),
        ];
    }
}
