using Bunit;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Review;

/// <summary>
/// The post page's review screen against a real database: greyed-out actions say why in the
/// workflow's words, decisions have keys, a refused checklist save is merged item by item,
/// and the forms say what is wrong as it is typed, not before.
/// </summary>
public sealed class PostScreenReviewTests : BunitContext, IAsyncLifetime
{
    private readonly ReviewDatabase _fixture = new();
    private readonly List<ReviewOutcome> _outcomes = [];

    public PostScreenReviewTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(TimeProvider.System);
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
    public async Task Greyed_out_actions_say_why_in_a_line_with_the_workflows_own_refusals()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.InReview);
        var target = await TargetAsync(sourceId);
        var cut = Render<ReviewPanel>(p => p.Add(x => x.Target, target).Add(x => x.Reviewer, ReviewDatabase.Editor));

        var lines = cut.FindAll("[data-testid=review-refusal]").Select(l => l.TextContent.Trim()).ToList();

        var approve = ReviewWorkflow.For(ReviewAction.Approve)!;
        var submit = ReviewWorkflow.For(ReviewAction.SubmitForApproval)!;
        Assert.Contains($"Send for approval: {submit.NotFrom(ReviewStatus.InReview)}", lines);
        Assert.Contains($"Approve: {approve.RoleRefusal}", lines);
        Assert.Contains($"Request changes: {ReviewWorkflow.For(ReviewAction.RequestChanges)!.RoleRefusal}", lines);
        Assert.Contains($"Reject: {ReviewWorkflow.For(ReviewAction.Reject)!.RoleRefusal}", lines);
        Assert.Equal("This post is already waiting for a lead.", submit.NotFrom(ReviewStatus.InReview));
        // Bump is allowed: no line for it.
        Assert.DoesNotContain(lines, l => l.StartsWith("Bump", StringComparison.Ordinal));
    }

    [Fact]
    public void Refusals_with_the_same_reason_share_one_line_and_a_lead_on_a_post_in_review_has_none()
    {
        Assert.Equal([$"Send for approval, Approve, Request changes, Bump version, Reject: {CurrentReviewer.SignInToReview}"], PanelActions.Refusals(null, ReviewStatus.InReview));
        Assert.Equal([$"Send for approval: {ReviewWorkflow.For(ReviewAction.SubmitForApproval)!.NotFrom(ReviewStatus.InReview)}"], PanelActions.Refusals(ReviewDatabase.Lead, ReviewStatus.InReview));
        Assert.Equal(
            $"Approve: {ReviewWorkflow.For(ReviewAction.Approve)!.NotFrom(ReviewStatus.Drafted)}",
            Assert.Single(PanelActions.Refusals(ReviewDatabase.Lead, ReviewStatus.Drafted), l => l.StartsWith("Approve", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_approve_key_approves_for_a_lead_and_does_nothing_for_an_editor()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.InReview);
        var editorTarget = await TargetAsync(sourceId);
        var asEditor = Render<ReviewPanel>(p => p.Add(x => x.Target, editorTarget).Add(x => x.Reviewer, ReviewDatabase.Editor).Add(x => x.OnOutcome, Collect()));
        await asEditor.InvokeAsync(() => asEditor.Instance.ActByKeyAsync("a"));
        Assert.Empty(_outcomes);
        Assert.Equal(ReviewStatus.InReview, (await _fixture.GetAsync(sourceId)).Status);

        var leadTarget = await TargetAsync(sourceId);
        var asLead = Render<ReviewPanel>(p => p.Add(x => x.Target, leadTarget).Add(x => x.Reviewer, ReviewDatabase.Lead).Add(x => x.OnOutcome, Collect()));
        await asLead.InvokeAsync(() => asLead.Instance.ActByKeyAsync("a"));

        Assert.True(Assert.Single(_outcomes).Result.Succeeded, _outcomes[0].Result.Message);
        Assert.Equal(ReviewStatus.Approved, (await _fixture.GetAsync(sourceId)).Status);
    }

    [Fact]
    public async Task The_bump_key_opens_the_bump_menu_rather_than_bumping()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.Drafted);
        var popovers = Render<MudPopoverProvider>();
        var target = await TargetAsync(sourceId);
        var cut = Render<ReviewPanel>(p => p.Add(x => x.Target, target).Add(x => x.Reviewer, ReviewDatabase.Editor).Add(x => x.OnOutcome, Collect()));

        await cut.InvokeAsync(() => cut.Instance.ActByKeyAsync("b"));

        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll("[data-testid=review-bump-patch]")));
        Assert.Empty(_outcomes);
        Assert.Equal("1.2.3", (await _fixture.GetAsync(sourceId)).Version);
    }

    [Fact]
    public void The_post_pages_help_lists_a_key_for_each_decision()
    {
        foreach (var action in new[] { ReviewAction.Approve, ReviewAction.RequestChanges, ReviewAction.SubmitForApproval, ReviewAction.BumpVersion })
        {
            var key = Assert.Single(PanelActions.All, a => a.Action == action).Key;
            Assert.NotNull(key);
            Assert.Contains(PostPage.PostShortcuts, s => s.Keys == key);
        }

        Assert.Equal(PostPage.PostShortcuts.Count, PostPage.PostShortcuts.Select(s => s.Keys).Distinct().Count());
    }

    [Fact]
    public async Task A_refused_checklist_save_shows_their_version_beside_mine_and_saves_the_merge_against_their_row_version()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.Drafted, checklist: ["one", "two"]);
        var loaded = await TargetAsync(sourceId);
        var cut = Render<ChecklistEditor>(p => p.Add(x => x.Target, loaded).Add(x => x.Reviewer, ReviewDatabase.Editor).Add(x => x.OnOutcome, Collect()));
        await cut.Find("[data-testid=checklist-edit]").ClickAsync(new());
        await cut.FindAll("[data-testid=checklist-draft-item] .mud-input-slot")[1].InputAsync(new ChangeEventArgs { Value = "two, mine" });
        var other = await _fixture.Reviews.EditChecklistAsync(sourceId, loaded.RowVersion, ["one", "two, theirs", "three, theirs"], ReviewDatabase.Lead, ReviewDatabase.Cancel);
        Assert.True(other.Succeeded, other.Message);

        await cut.Find("[data-testid=checklist-save]").ClickAsync(new());

        Assert.Equal(ReviewFailure.Conflict, Assert.Single(_outcomes).Result.Failure);
        var rows = cut.FindAll("[data-testid=checklist-merge-row]");
        Assert.Equal(["one", "two, mine", "—"], rows.Select(r => r.QuerySelector("[data-testid=checklist-merge-mine]")!.TextContent.Trim()));
        Assert.Equal(["one", "two, theirs", "three, theirs"], rows.Select(r => r.QuerySelector("[data-testid=checklist-merge-theirs]")!.TextContent.Trim()));

        // Keep my rewording (the default), take their new item.
        await cut.FindAll("[data-testid=checklist-merge-take-theirs]")[1].ClickAsync(new());
        await cut.Find("[data-testid=checklist-merge-save]").ClickAsync(new());

        Assert.True(_outcomes[^1].Result.Succeeded, _outcomes[^1].Result.Message);
        Assert.Equal(["one", "two, mine", "three, theirs"], (await _fixture.GetAsync(sourceId)).Checklist);
        Assert.Empty(cut.FindAll("[data-testid=checklist-merge]"));
    }

    [Fact]
    public async Task A_checklist_item_repeating_an_earlier_one_is_flagged_as_it_is_typed()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.Drafted, checklist: ["Check the indexes", "two"]);
        var target = await TargetAsync(sourceId);
        var cut = Render<ChecklistEditor>(p => p.Add(x => x.Target, target).Add(x => x.Reviewer, ReviewDatabase.Editor).Add(x => x.OnOutcome, Collect()));
        await cut.Find("[data-testid=checklist-edit]").ClickAsync(new());
        Assert.DoesNotContain("Same as item", cut.Markup, StringComparison.Ordinal);

        await cut.FindAll("[data-testid=checklist-draft-item] .mud-input-slot")[1].InputAsync(new ChangeEventArgs { Value = "check the  indexes" });

        Assert.Contains("Same as item 1", cut.FindAll("[data-testid=checklist-draft-item]")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admins_version_field_says_what_is_wrong_as_it_is_typed()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.InReview, version: "1.2.3");
        var target = await TargetAsync(sourceId);
        var cut = Render<RevisionEditor>(p => p.Add(x => x.Target, target).Add(x => x.Reviewer, ReviewDatabase.Admin).Add(x => x.OnOutcome, Collect()));
        await cut.Find("input[data-testid=revision-version], [data-testid=revision-version] input").InputAsync(new ChangeEventArgs { Value = "1.3" });
        Assert.Contains(ReviewService.NotAVersion("1.3"), cut.Markup, StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid=revision-save]").HasAttribute("disabled"));

        await cut.Find("input[data-testid=revision-version], [data-testid=revision-version] input").InputAsync(new ChangeEventArgs { Value = "1.0.0" });
        Assert.DoesNotContain(ReviewService.NotAVersion("1.0.0"), cut.Markup, StringComparison.Ordinal);
        Assert.Contains(ReviewPolicy.CheckVersionChange(new Core.Format.SemVersion(1, 2, 3), new Core.Format.SemVersion(1, 0, 0), false).Reason!, cut.Markup, StringComparison.Ordinal);
        Assert.False(cut.Find("[data-testid=revision-save]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task The_request_changes_dialog_opens_without_an_error_and_shows_one_once_the_note_is_emptied()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.InReview);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var target = await TargetAsync(sourceId);
        var cut = Render<ReviewPanel>(p => p.Add(x => x.Target, target).Add(x => x.Reviewer, ReviewDatabase.Lead).Add(x => x.OnOutcome, Collect()));

        _ = cut.Find("[data-testid=review-request-changes]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=request-changes-send]");
        // The dialog's focus moving away from the empty field is no mistake of the reviewer's.
        await dialogs.Find("textarea").BlurAsync(new FocusEventArgs());
        Assert.Empty(dialogs.FindAll(".mud-input-error"));
        Assert.DoesNotContain("Say what should change.", dialogs.Markup, StringComparison.Ordinal);

        await dialogs.Find("textarea").InputAsync(new ChangeEventArgs { Value = "x" });
        await dialogs.Find("textarea").InputAsync(new ChangeEventArgs { Value = "" });

        Assert.Contains("Say what should change.", dialogs.Markup, StringComparison.Ordinal);
        Assert.True(dialogs.Find("[data-testid=request-changes-send]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_new_token_dialog_copies_the_token()
    {
        var copy = JSInterop.SetupVoid("navigator.clipboard.writeText", "secret-token-value");
        copy.SetVoidResult();
        var dialogs = Render<MudDialogProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        _ = dialogs.InvokeAsync(() => service.ShowAsync<NewTokenDialog>(
            "New API token", new DialogParameters<NewTokenDialog> { { d => d.Name, "indexer" }, { d => d.Token, "secret-token-value" } }));

        dialogs.WaitForElement("[data-testid=new-token-copy]").Click();

        Assert.Single(copy.Invocations);
        dialogs.WaitForAssertion(() => Assert.Contains("Copied", dialogs.Find("[data-testid=new-token-copied]").TextContent, StringComparison.Ordinal));
    }

    private async Task<ReviewTarget> TargetAsync(string sourceId) =>
        ReviewTarget.From((await _fixture.Database.Get<PostReader>().GetAsync(sourceId, ReviewDatabase.Cancel))!);

    private EventCallback<ReviewOutcome> Collect() => EventCallback.Factory.Create<ReviewOutcome>(this, _outcomes.Add);
}
