using Bunit;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Review;

/// <summary>The review components against a real database: actions reach the service, and unsaved edits survive a conflict.</summary>
public sealed class ReviewComponentsTests : BunitContext, IAsyncLifetime
{
    private readonly ReviewDatabase _fixture = new();
    private readonly List<ReviewOutcome> _outcomes = [];
    private readonly SteppedClock _clock = new();

    public ReviewComponentsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(_clock);
    }

    public async ValueTask InitializeAsync()
    {
        await _fixture.InitializeAsync();
        Services.AddSingleton(_fixture.Reviews);
        Services.AddSingleton(_fixture.Database.Get<PostReader>());
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    [Fact]
    public async Task Lead_clicking_approve_approves_the_post_and_the_page_is_told_to_move_on()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.InReview);
        var target = await TargetAsync(sourceId);
        var cut = Render<ReviewPanel>(p => p.Add(x => x.Target, target).Add(x => x.Reviewer, ReviewDatabase.Lead).Add(x => x.OnOutcome, Collect()));

        await cut.Find("[data-testid=review-approve]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Single(_outcomes));
        Assert.True(_outcomes[0].Result.Succeeded, _outcomes[0].Result.Message);
        Assert.True(_outcomes[0].MovesOn);
        Assert.Equal(ReviewStatus.Approved, (await _fixture.GetAsync(sourceId)).Status);
    }

    [Fact]
    public async Task After_approve_the_next_post_shown_in_the_panel_ignores_a_repeated_press_until_it_settles()
    {
        var first = await _fixture.AddAsync(ReviewStatus.InReview);
        var next = await _fixture.AddAsync(ReviewStatus.InReview);
        var (firstTarget, nextTarget) = (await TargetAsync(first), await TargetAsync(next));
        var cut = Render<ReviewPanel>(p => p.Add(x => x.Target, firstTarget).Add(x => x.Reviewer, ReviewDatabase.Lead).Add(x => x.OnOutcome, Collect()));
        await cut.Find("[data-testid=review-approve]").ClickAsync(new());
        Assert.True(Assert.Single(_outcomes).Result.Succeeded);

        // The press repeats on the approved post, then the page moves on to the next one and it repeats again.
        await cut.Find("[data-testid=review-approve]").ClickAsync(new());
        cut.Render(p => p.Add(x => x.Target, nextTarget));
        await cut.Find("[data-testid=review-approve]").ClickAsync(new());
        _clock.Advance(ReviewPanel.SettleTime / 2);
        await cut.Find("[data-testid=review-approve]").ClickAsync(new());

        Assert.Single(_outcomes);
        Assert.Equal(ReviewStatus.InReview, (await _fixture.GetAsync(next)).Status);

        // Once it has settled, a press is a decision about the post shown.
        _clock.Advance(ReviewPanel.SettleTime);
        await cut.Find("[data-testid=review-approve]").ClickAsync(new());

        Assert.Equal(2, _outcomes.Count);
        Assert.True(_outcomes[1].Result.Succeeded, _outcomes[1].Result.Message);
        Assert.Equal(ReviewStatus.Approved, (await _fixture.GetAsync(next)).Status);
    }

    [Fact]
    public async Task The_same_post_reloaded_after_a_change_of_the_panel_acts_at_once()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.Drafted);
        var loaded = await TargetAsync(sourceId);
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ReviewPanel>(p => p.Add(x => x.Target, loaded).Add(x => x.Reviewer, ReviewDatabase.Editor).Add(x => x.OnOutcome, Collect()));
        await cut.Find("[data-testid=review-bump]").ClickAsync(new());
        await popovers.WaitForElement("[data-testid=review-bump-patch]").ClickAsync(new());
        Assert.True(Assert.Single(_outcomes).Result.Succeeded);

        // The page reloads the post, and the reviewer sends it on straight away (the note is optional).
        var reloaded = await TargetAsync(sourceId);
        cut.Render(p => p.Add(x => x.Target, reloaded));
        var clicked = cut.Find("[data-testid=review-submit]").ClickAsync(new());
        await dialogs.WaitForElement("[data-testid=send-for-approval-send]").ClickAsync(new());
        await clicked;

        Assert.Equal(2, _outcomes.Count);
        Assert.Equal(ReviewStatus.InReview, (await _fixture.GetAsync(sourceId)).Status);
    }

    [Fact]
    public async Task Request_changes_asks_for_a_note_and_sends_it_with_the_action()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.InReview);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var target = await TargetAsync(sourceId);
        var cut = Render<ReviewPanel>(p => p.Add(x => x.Target, target).Add(x => x.Reviewer, ReviewDatabase.Lead).Add(x => x.OnOutcome, Collect()));

        // The click's handler waits for the dialog, so it is not awaited here.
        var clicked = cut.Find("[data-testid=review-request-changes]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=request-changes-send]");
        Assert.True(dialogs.Find("[data-testid=request-changes-send]").HasAttribute("disabled"), "a note is required");
        await dialogs.Find("textarea").InputAsync(new ChangeEventArgs { Value = "add a rollback section" });
        await dialogs.Find("[data-testid=request-changes-send]").ClickAsync(new());
        await clicked;

        Assert.Single(_outcomes);
        Assert.True(_outcomes[0].Result.Succeeded, _outcomes[0].Result.Message);
        Assert.Equal(ReviewStatus.ChangesRequested, (await _fixture.GetAsync(sourceId)).Status);
        Assert.Equal("add a rollback section", Assert.Single(await _fixture.HistoryAsync(sourceId)).Note);
    }

    [Fact]
    public async Task Send_for_approval_asks_for_an_optional_note_and_sends_it_with_the_action()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.Drafted);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var target = await TargetAsync(sourceId);
        var cut = Render<ReviewPanel>(p => p.Add(x => x.Target, target).Add(x => x.Reviewer, ReviewDatabase.Editor).Add(x => x.OnOutcome, Collect()));

        var clicked = cut.Find("[data-testid=review-submit]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=send-for-approval-send]");
        Assert.False(dialogs.Find("[data-testid=send-for-approval-send]").HasAttribute("disabled"), "the note is optional");
        await dialogs.Find("textarea").InputAsync(new ChangeEventArgs { Value = "rewrote the rollback section" });
        await dialogs.Find("[data-testid=send-for-approval-send]").ClickAsync(new());
        await clicked;

        Assert.True(Assert.Single(_outcomes).Result.Succeeded, _outcomes[0].Result.Message);
        Assert.Equal(ReviewStatus.InReview, (await _fixture.GetAsync(sourceId)).Status);
        Assert.Equal("rewrote the rollback section", Assert.Single(await _fixture.HistoryAsync(sourceId)).Note);
    }

    [Fact]
    public async Task Checklist_edits_refused_as_a_conflict_stay_in_the_editor_and_are_saved_after_the_reload()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.Drafted, checklist: ["one", "two"]);
        var loaded = await TargetAsync(sourceId);
        var cut = Render<ChecklistEditor>(p => p.Add(x => x.Target, loaded).Add(x => x.Reviewer, ReviewDatabase.Editor).Add(x => x.OnOutcome, Collect()));

        await cut.Find("[data-testid=checklist-edit]").ClickAsync(new());
        await cut.FindAll("[data-testid=checklist-draft-item] .mud-input-slot")[0].InputAsync(new ChangeEventArgs { Value = "one, reworded" });
        await cut.Find("[data-testid=checklist-new-item]").InputAsync(new ChangeEventArgs { Value = "three" });
        await cut.Find("[data-testid=checklist-add]").ClickAsync(new());
        await cut.FindAll("[data-testid=checklist-draft-item] [aria-label='Move up']")[2].ClickAsync(new());
        await cut.FindAll("[data-testid=checklist-draft-item] [aria-label=Remove]")[2].ClickAsync(new());
        // Meanwhile another reviewer saves the checklist.
        var other = await _fixture.Reviews.EditChecklistAsync(sourceId, loaded.RowVersion, ["someone else's item"], ReviewDatabase.Lead, ReviewDatabase.Cancel);
        Assert.True(other.Succeeded);

        await cut.Find("[data-testid=checklist-save]").ClickAsync(new());

        Assert.Equal(ReviewFailure.Conflict, Assert.Single(_outcomes).Result.Failure);
        Assert.Equal(["someone else's item"], (await _fixture.GetAsync(sourceId)).Checklist);
        Assert.Equal(["one, reworded", "three"], DraftTexts(cut));

        // The page reloads the post at the reviewer's request; the draft stays, shown against the saved checklist.
        var reloaded = await TargetAsync(sourceId);
        cut.Render(p => p.Add(x => x.Target, reloaded).Add(x => x.Reloads, 1));
        Assert.Equal(["one, reworded", "three"], DraftTexts(cut));
        Assert.Contains("someone else's item", cut.Find("[data-testid=checklist-reloaded]").TextContent, StringComparison.Ordinal);
        await cut.Find("[data-testid=checklist-save]").ClickAsync(new());

        Assert.True(_outcomes[^1].Result.Succeeded, _outcomes[^1].Result.Message);
        Assert.Equal(["one, reworded", "three"], (await _fixture.GetAsync(sourceId)).Checklist);
    }

    [Fact]
    public async Task A_change_made_elsewhere_while_editing_is_flagged_and_never_overwritten_silently()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.Drafted, checklist: ["one"]);
        var target = await TargetAsync(sourceId);
        var cut = Render<ChecklistEditor>(p => p.Add(x => x.Target, target).Add(x => x.Reviewer, ReviewDatabase.Editor).Add(x => x.OnOutcome, Collect()));
        await cut.Find("[data-testid=checklist-edit]").ClickAsync(new());
        await cut.Find("[data-testid=checklist-new-item]").InputAsync(new ChangeEventArgs { Value = "mine" });
        await cut.Find("[data-testid=checklist-add]").ClickAsync(new());
        var bumped = await _fixture.Reviews.BumpVersionAsync(sourceId, await _fixture.RowVersionAsync(sourceId), VersionBump.Patch, ReviewDatabase.Lead, ReviewDatabase.Cancel);
        Assert.True(bumped.Succeeded);

        // A live update reloads the post under the editor.
        var reloaded = await TargetAsync(sourceId);
        cut.Render(p => p.Add(x => x.Target, reloaded));

        Assert.NotNull(cut.Find("[data-testid=checklist-stale]"));
        await cut.Find("[data-testid=checklist-save]").ClickAsync(new());
        Assert.Equal(ReviewFailure.Conflict, Assert.Single(_outcomes).Result.Failure);
        // The refused draft faces the saved checklist; keeping mine saves it over the bumped post.
        await cut.Find("[data-testid=checklist-merge-save]").ClickAsync(new());
        Assert.True(_outcomes[^1].Result.Succeeded, _outcomes[^1].Result.Message);
        var post = await _fixture.GetAsync(sourceId);
        Assert.Equal(["one", "mine"], post.Checklist);
        Assert.Equal("1.2.4", post.Version);
    }

    private async Task<ReviewTarget> TargetAsync(string sourceId) =>
        ReviewTarget.From((await _fixture.Database.Get<PostReader>().GetAsync(sourceId, ReviewDatabase.Cancel))!);

    private EventCallback<ReviewOutcome> Collect() => EventCallback.Factory.Create<ReviewOutcome>(this, _outcomes.Add);

    private static List<string> DraftTexts(IRenderedComponent<ChecklistEditor> cut) =>
        [.. cut.FindAll("[data-testid=checklist-draft-item] .mud-input-slot").Select(i => i.GetAttribute("value") ?? i.TextContent)];

    /// <summary>A clock that moves only when told.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
