using Bunit;
using Dashboard.Core.Review;
using Dashboard.Web.Features.DoubleReview;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.Review;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.DoubleReview;

/// <summary>The Overview's agreement panel and the post page's disagreement banner: for leads, with the posts behind each figure; nothing for editors.</summary>
public sealed class AgreementPanelTests : BunitContext, IAsyncLifetime
{
    private static readonly Reviewer Lee = ReviewDatabase.Lead;
    private static readonly Reviewer Lou = new("lou.lead", Role.Lead);
    private static CancellationToken Ct => ReviewDatabase.Cancel;
    private ReviewDatabase _db = default!;

    public AgreementPanelTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public async ValueTask InitializeAsync()
    {
        _db = await ReviewDatabase.CreateAsync(new Dictionary<string, string?> { ["Review:DoubleReviewShare"] = "1" });
        Services.AddSingleton(_db.Database.Get<DoubleReviewQuery>());
        Services.AddScoped<CurrentReviewer>();
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task A_lead_sees_kappa_per_pair_with_its_posts_and_the_disagreement_on_the_post()
    {
        var agreed = await _db.AddAsync(ReviewStatus.InReview);
        await _db.Reviews.ApproveAsync(agreed, await _db.RowVersionAsync(agreed), Lee, Ct);
        await _db.Reviews.ApproveAsync(agreed, await _db.RowVersionAsync(agreed), Lou, Ct);
        var disputed = await _db.AddAsync(ReviewStatus.InReview);
        await _db.Reviews.ApproveAsync(disputed, await _db.RowVersionAsync(disputed), Lee, Ct);
        await _db.Reviews.RejectAsync(disputed, null, RejectionReason.Unsafe, "links to malware", null, Lou, Ct);
        this.AddAuthorization().SetAuthorized(Lee.Name).SetRoles("lead");

        var panel = Render<AgreementPanel>();
        var banner = Render<DisagreementBanner>(p => p.Add(x => x.SourceId, disputed));

        panel.WaitForAssertion(() => Assert.Contains("over 2 posts and 2 reviewers", panel.Find("[data-testid=agreement-alpha]").TextContent));
        var pair = panel.Find("[data-testid=agreement-pair]").TextContent;
        Assert.Contains("lee.lead · lou.lead", pair);
        // Lee approves both, Lou one of two: p_o = 1/2 = p_e, kappa 0.00, on 2 posts.
        Assert.Contains("0.00", pair);
        banner.WaitForAssertion(() => Assert.Contains("links to malware", banner.Find("[data-testid=disagreement-banner]").TextContent));
        Assert.Contains("reject: unsafe", banner.Markup);
    }

    [Fact]
    public async Task An_editor_sees_neither_the_figures_nor_the_votes()
    {
        var disputed = await _db.AddAsync(ReviewStatus.InReview);
        await _db.Reviews.ApproveAsync(disputed, await _db.RowVersionAsync(disputed), Lee, Ct);
        await _db.Reviews.RequestChangesAsync(disputed, await _db.RowVersionAsync(disputed), "secret", Lou, Ct);
        this.AddAuthorization().SetAuthorized("erin.editor").SetRoles("editor");

        var panel = Render<AgreementPanel>();
        var banner = Render<DisagreementBanner>(p => p.Add(x => x.SourceId, disputed));

        Assert.Empty(panel.FindAll("[data-testid=agreement-panel]"));
        Assert.DoesNotContain("secret", banner.Markup);
    }

    [Fact]
    public async Task Before_the_second_review_even_a_lead_sees_no_vote_on_the_post()
    {
        var post = await _db.AddAsync(ReviewStatus.InReview);
        await _db.Reviews.RequestChangesAsync(post, await _db.RowVersionAsync(post), "first opinion", Lee, Ct);
        this.AddAuthorization().SetAuthorized(Lou.Name).SetRoles("lead");

        var banner = Render<DisagreementBanner>(p => p.Add(x => x.SourceId, post));

        Assert.Empty(banner.FindAll("[data-testid=disagreement-banner]"));
        Assert.DoesNotContain("first opinion", banner.Markup);
    }
}
