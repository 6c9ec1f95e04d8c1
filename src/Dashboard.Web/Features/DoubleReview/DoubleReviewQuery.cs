using Dashboard.Core.Agreement;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.DoubleReview;

/// <summary>A post whose two independent reviews disagree, waiting for a lead.</summary>
public sealed record Disagreement(
    string SourceId, string Title, string FirstReviewer, string FirstVerdict, string? FirstNote,
    string SecondReviewer, string SecondVerdict, string? SecondNote, DateTime SecondAtUtc);

/// <summary>
/// Reads of double review for those who may see the votes (the callers check
/// <see cref="Core.Review.DoubleReview.MaySeeVotes"/>): the open disagreements, and agreement over a period.
/// </summary>
public sealed class DoubleReviewQuery(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time)
{
    // The list is a lead's work list: more than this many open at once is a process problem, not a page.
    private const int MaxListed = 500;

    /// <summary>Open disagreements, the longest waiting first; <paramref name="sourceId"/> limits them to one post.</summary>
    public async Task<IReadOnlyList<Disagreement>> DisagreementsAsync(string? sourceId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rounds = db.Set<DoubleReviewRound>().AsNoTracking().Where(r => r.ClosedAtUtc == null && r.Disagreed == true);
        return await rounds
            .Join(db.Posts.Where(p => sourceId == null || p.SourceId == sourceId), r => r.PostId, p => p.Id, (r, p) => new { r, p.SourceId, p.Title })
            .OrderBy(x => x.r.SecondAtUtc).ThenBy(x => x.r.Id)
            .Select(x => new Disagreement(
                x.SourceId, x.Title, x.r.FirstReviewer, x.r.FirstVerdict, x.r.FirstNote, x.r.SecondReviewer!, x.r.SecondVerdict!, x.r.SecondNote, x.r.SecondAtUtc!.Value))
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Agreement of the double reviews whose second review was given within <paramref name="period"/>.</summary>
    public async Task<AgreementReport> AgreementAsync(AgreementPeriod period, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        DateTime? since = period.Length is { } length ? time.GetUtcNow().UtcDateTime - length : null;
        var reviews = await db.Set<DoubleReviewRound>().AsNoTracking()
            .Where(r => r.SecondAtUtc != null && (since == null || r.SecondAtUtc >= since))
            .Select(r => new PairedReview(r.FirstReviewer, r.FirstVerdict, r.SecondReviewer!, r.SecondVerdict!))
            .ToListAsync(cancellationToken);
        return AgreementReport.Of(reviews);
    }
}
