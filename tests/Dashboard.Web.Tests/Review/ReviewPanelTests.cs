using Bunit;
using Bunit.TestDoubles;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Sqlite;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.NearCopies;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Review;

/// <summary>The post page's review panel: what each role is offered, signed in through the authentication state.</summary>
public sealed class ReviewPanelTests : BunitContext
{
    private static readonly string[] Buttons = ["review-submit", "review-approve", "review-request-changes", "review-bump"];
    private readonly BunitAuthorizationContext _auth;

    public ReviewPanelTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        // The panel only reads the service here; nothing reaches the database.
        Services.AddDbContextFactory<SqliteDashboardContext>(o => o.UseSqlite("Data Source=:memory:"));
        Services.AddSingleton<IDbContextFactory<DashboardDbContext>, DashboardContextFactory<SqliteDashboardContext>>();
        Services.AddLogging();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<PostChangeNotifier>();
        Services.AddSingleton<Dashboard.Web.Features.Checks.PostCheckRunner>();
        Services.AddSingleton<ReviewService>();
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new Dashboard.Web.Features.DoubleReview.DoubleReviewOptions()));
        Services.AddSingleton<Dashboard.Web.Features.DoubleReview.DoubleReviewGate>();
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new NearCopyOptions()));
        Services.AddSingleton<NearCopyClustering>();
        Services.AddScoped<CurrentReviewer>();
        _auth = AddAuthorization();
    }

    public static TheoryData<string, string, string[]> Offers() => new()
    {
        // role, status, the buttons enabled
        { Roles.Editor, ReviewStatus.Drafted, ["review-submit", "review-bump"] },
        { Roles.Editor, ReviewStatus.InReview, ["review-bump"] },
        { Roles.Editor, ReviewStatus.ChangesRequested, ["review-submit", "review-bump"] },
        { Roles.Editor, ReviewStatus.Approved, ["review-bump"] },
        { Roles.Lead, ReviewStatus.Drafted, ["review-submit", "review-bump"] },
        { Roles.Lead, ReviewStatus.InReview, ["review-approve", "review-request-changes", "review-bump"] },
        { Roles.Lead, ReviewStatus.Approved, ["review-request-changes", "review-bump"] },
        { Roles.Admin, ReviewStatus.InReview, ["review-approve", "review-request-changes", "review-bump"] },
        { Roles.Admin, ReviewStatus.Indexed, ["review-bump"] },
    };

    [Theory]
    [MemberData(nameof(Offers))]
    public async Task Buttons_are_enabled_per_the_role_claim_and_the_post_status(string role, string status, string[] enabled)
    {
        _auth.SetAuthorized("pat");
        _auth.SetRoles(role);

        var cut = await RenderPanelAsync(status);

        foreach (var button in Buttons)
        {
            Assert.Equal(!enabled.Contains(button), cut.Find($"[data-testid={button}]").HasAttribute("disabled"));
        }

        Assert.Contains($"pat · {role}", cut.Find("[data-testid=review-signed-in]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=review-sign-in]"));
    }

    [Theory]
    [InlineData(Roles.Editor, ReviewStatus.Drafted, "review-reject", false)]
    [InlineData(Roles.Lead, ReviewStatus.Drafted, "review-reject", true)]
    [InlineData(Roles.Lead, ReviewStatus.Approved, "review-reject", true)]
    [InlineData(Roles.Admin, ReviewStatus.Indexed, "review-reject", false)]
    [InlineData(Roles.Editor, ReviewStatus.Rejected, "review-reopen", false)]
    [InlineData(Roles.Lead, ReviewStatus.Rejected, "review-reopen", true)]
    public async Task A_rejected_post_offers_reopen_and_any_other_offers_reject_per_role_and_status(string role, string status, string button, bool enabled)
    {
        _auth.SetAuthorized("pat");
        _auth.SetRoles(role);

        var cut = await RenderPanelAsync(status);

        Assert.Equal(!enabled, cut.Find($"[data-testid={button}]").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll($"[data-testid={(button == "review-reject" ? "review-reopen" : "review-reject")}]"));
    }

    [Fact]
    public async Task Nobody_signed_in_sees_every_action_disabled_and_is_asked_to_sign_in()
    {
        _auth.SetNotAuthorized();

        var cut = await RenderPanelAsync(ReviewStatus.InReview);

        Assert.All(Buttons, button => Assert.True(cut.Find($"[data-testid={button}]").HasAttribute("disabled")));
        Assert.Contains("Sign in to review", cut.Find("[data-testid=review-sign-in]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_account_without_a_known_role_cannot_review()
    {
        _auth.SetAuthorized("guest");
        _auth.SetRoles("viewer");

        var cut = await RenderPanelAsync(ReviewStatus.Drafted);

        Assert.All(Buttons, button => Assert.True(cut.Find($"[data-testid={button}]").HasAttribute("disabled")));
    }

    [Fact]
    public async Task A_disabled_button_says_why_in_its_tooltip()
    {
        _auth.SetAuthorized("erin");
        _auth.SetRoles(Roles.Editor);
        var provider = Render<MudPopoverProvider>();
        var cut = await RenderPanelAsync(ReviewStatus.InReview);

        // The tooltip wraps the button: hovering it shows the policy's reason.
        await cut.Find("[data-testid=review-approve]").ParentElement!.TriggerEventAsync("onpointerenter", new Microsoft.AspNetCore.Components.Web.PointerEventArgs());

        provider.WaitForAssertion(() => Assert.Contains("Only a lead or an admin can approve", provider.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_an_admin_is_offered_the_revision_editor()
    {
        foreach (var (role, shown) in new[] { (Roles.Editor, false), (Roles.Lead, false), (Roles.Admin, true) })
        {
            _auth.SetAuthorized("pat");
            _auth.SetRoles(role);
            var reviewer = await Services.GetRequiredService<CurrentReviewer>().GetAsync();

            var cut = Render<RevisionEditor>(p => p.Add(x => x.Target, Target(ReviewStatus.InReview)).Add(x => x.Reviewer, reviewer));

            Assert.Equal(shown, cut.FindAll("[data-testid=revision-editor]").Count == 1);
        }
    }

    private async Task<IRenderedComponent<ReviewPanel>> RenderPanelAsync(string status)
    {
        // The page's path: the authentication state, through CurrentReviewer, to the panel.
        var reviewer = await Services.GetRequiredService<CurrentReviewer>().GetAsync();
        return Render<ReviewPanel>(p => p
            .Add(x => x.Target, Target(status))
            .Add(x => x.Reviewer, reviewer)
            .Add(x => x.OnOutcome, EventCallback.Factory.Create<ReviewOutcome>(this, _ => { })));
    }

    internal static ReviewTarget Target(string status, long rowVersion = 1) =>
        new(1, "alphanode-000001", "A post", status, "1.2.3", null, true, rowVersion, ["one", "two"]);
}
