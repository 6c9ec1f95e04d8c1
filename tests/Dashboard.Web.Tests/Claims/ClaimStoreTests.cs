using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Aging;
using Dashboard.Web.Features.Assignment;
using Dashboard.Web.Features.Claims;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Claims;

/// <summary>A claim lasts its lifetime, and ends on release (one's own, or anyone's by a lead) and on a decision.</summary>
public sealed class ClaimStoreTests(ReviewDatabase fixture) : IClassFixture<ReviewDatabase>
{
    private static readonly Reviewer Erin = ReviewDatabase.Editor;
    private static readonly Reviewer Other = new("otto.editor", Role.Editor);
    private static CancellationToken Ct => ReviewDatabase.Cancel;

    private readonly ManualClock _clock = new();

    private ClaimStore Store => new(
        fixture.Database.Get<IDbContextFactory<DashboardDbContext>>(), new PostChangeNotifier(), _clock,
        Options.Create(new ClaimOptions { ClaimMinutes = 15 }), NullLogger<ClaimStore>.Instance);

    [Fact]
    public async Task A_claim_holds_others_off_until_it_expires()
    {
        var (id, sourceId) = await NewPostAsync();
        Assert.Null(await Store.TakeAsync(id, sourceId, Erin, renewOwn: true, Ct));

        _clock.Advance(TimeSpan.FromMinutes(14));
        var held = await Store.TakeAsync(id, sourceId, Other, renewOwn: true, Ct);
        Assert.Equal(Erin.Name, held?.By);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddMinutes(1), held!.Until);

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await Store.HolderAsync(id, Ct));
        Assert.Null(await Store.TakeAsync(id, sourceId, Other, renewOwn: true, Ct));
        Assert.Equal(Other.Name, (await Store.HolderAsync(id, Ct))?.By);
    }

    [Fact]
    public async Task Renewing_moves_the_expiry_on_but_only_for_the_holder()
    {
        var (id, sourceId) = await NewPostAsync();
        await Store.TakeAsync(id, sourceId, Erin, renewOwn: true, Ct);
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Null(await Store.TakeAsync(id, sourceId, Erin, renewOwn: true, Ct));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddMinutes(15), (await Store.HolderAsync(id, Ct))!.Until);

        // "Next" never renews: a post the caller already holds is not handed out again.
        Assert.Equal(Erin.Name, (await Store.TakeAsync(id, sourceId, Erin, renewOwn: false, Ct))?.By);
    }

    [Fact]
    public async Task Release_ends_ones_own_claim_and_a_leads_ends_anyones()
    {
        var (id, sourceId) = await NewPostAsync();
        await Store.TakeAsync(id, sourceId, Erin, renewOwn: true, Ct);

        Assert.False(await Store.ReleaseAsync(id, sourceId, Other, anyone: ReviewWork.MayReleaseAnyClaim(Other.Role), Ct));
        Assert.Equal(Erin.Name, (await Store.HolderAsync(id, Ct))?.By);

        Assert.True(await Store.ReleaseAsync(id, sourceId, ReviewDatabase.Lead, anyone: ReviewWork.MayReleaseAnyClaim(Role.Lead), Ct));
        Assert.Null(await Store.HolderAsync(id, Ct));

        await Store.TakeAsync(id, sourceId, Erin, renewOwn: true, Ct);
        Assert.True(await Store.ReleaseAsync(id, sourceId, Erin, anyone: false, Ct));
        Assert.Null(await Store.TakeAsync(id, sourceId, Other, renewOwn: true, Ct));
    }

    [Fact]
    public async Task A_decision_ends_the_claim_but_a_checklist_edit_does_not()
    {
        var (id, sourceId) = await NewPostAsync();
        await Store.TakeAsync(id, sourceId, Erin, renewOwn: true, Ct);

        var edited = await fixture.Reviews.EditChecklistAsync(sourceId, await fixture.RowVersionAsync(sourceId), ["one item"], Erin, Ct);
        Assert.True(edited.Succeeded, edited.Message);
        Assert.Equal(Erin.Name, (await Store.HolderAsync(id, Ct))?.By);

        var sent = await fixture.Reviews.SubmitAsync(sourceId, await fixture.RowVersionAsync(sourceId), Erin, Ct);
        Assert.True(sent.Succeeded, sent.Message);
        Assert.Null(await Store.HolderAsync(id, Ct));
    }

    [Fact]
    public async Task A_leads_assignment_to_another_reviewer_ends_the_claim()
    {
        var (id, sourceId) = await NewPostAsync();
        await Store.TakeAsync(id, sourceId, Erin, renewOwn: true, Ct);

        var assigned = await fixture.Reviews.AssignAsync(sourceId, Other.Name, ReviewDatabase.Lead, Ct);
        Assert.True(assigned.Succeeded, assigned.Message);
        Assert.Null(await Store.HolderAsync(id, Ct));
        Assert.Null(await Store.TakeAsync(id, sourceId, Other, renewOwn: true, Ct));
        Assert.Equal(Other.Name, (await Store.HolderAsync(id, Ct))?.By);
    }

    [Fact]
    public async Task My_work_lists_what_the_reviewer_has_claimed_as_well_as_what_is_assigned_to_them()
    {
        var (id, sourceId) = await NewPostAsync();
        Assert.DoesNotContain(sourceId, await MyWorkAsync(Erin.Name));

        await Store.TakeAsync(id, sourceId, Erin, renewOwn: true, Ct);
        Assert.Contains(sourceId, await MyWorkAsync(Erin.Name));
        Assert.DoesNotContain(sourceId, await MyWorkAsync(Other.Name));

        _clock.Advance(TimeSpan.FromMinutes(16));
        Assert.DoesNotContain(sourceId, await MyWorkAsync(Erin.Name, _clock.GetUtcNow().UtcDateTime));
    }

    private async Task<List<string>> MyWorkAsync(string reviewer, DateTime? now = null)
    {
        await using var db = fixture.Database.CreateContext();
        var cutoffs = new AgingCutoffs(now ?? _clock.GetUtcNow().UtcDateTime, new Dictionary<string, DateTime>());
        return await QueueQuery.Filter(db, MyWork.FilterFor(reviewer), cutoffs).Select(p => p.SourceId).ToListAsync(Ct);
    }

    private async Task<(long Id, string SourceId)> NewPostAsync()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);
        await using var db = fixture.Database.CreateContext();
        return (await db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.Id).SingleAsync(Ct), sourceId);
    }

    private sealed class ManualClock : TimeProvider
    {
        // Whole seconds: PostgreSQL keeps microseconds, SQLite ticks; both keep these exactly.
        private DateTimeOffset _now = new(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
