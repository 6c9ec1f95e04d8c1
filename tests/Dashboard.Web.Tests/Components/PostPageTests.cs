using Bunit;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Hosting;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Components;

public class PostPageTests : BunitContext
{
    public PostPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public async Task PostPage_SamplePost_ShowsTitleStatusAndVersion()
    {
        await using var db = await SeedAsync();
        Render<MudPopoverProvider>();

        var cut = Render<PostPage>(p => p.Add(page => page.SourceId, TestFiles.SampleSourceId));

        cut.WaitForAssertion(() => Assert.Equal(TestFiles.SamplePost.Title, cut.Find("[data-testid=post-title]").TextContent.Trim()));
        var revision = cut.Find("[data-testid=revision-box]");
        Assert.Equal("drafted", revision.QuerySelector("[data-testid=status-chip]")!.TextContent.Trim());
        Assert.Equal("v1.5.3", revision.QuerySelector("[data-testid=post-version]")!.TextContent.Trim());
        Assert.Contains("2018-01-07", revision.TextContent);
        Assert.Contains("needs human review", revision.TextContent);
        Assert.Contains("production checks", cut.Find("[data-testid=post-body]").TextContent);
        Assert.Equal(TestFiles.SampleSourceId, cut.FindAll("[data-testid=provenance-box] dd")[0].TextContent.Trim());
        await DisposeComponentsAsync();
    }

    [Fact]
    public async Task PostPage_RevisionState_WrapsSoTheNeedsReviewChipStaysInsideTheCard()
    {
        await using var db = await SeedAsync();
        Render<MudPopoverProvider>();

        var cut = Render<PostPage>(p => p.Add(page => page.SourceId, TestFiles.SampleSourceId));

        // Status, version and the needs-review chip side by side are wider than the card when the status is "changes requested".
        cut.WaitForAssertion(() => Assert.Contains("flex-wrap", cut.Find("[data-testid=revision-state]").ClassName, StringComparison.Ordinal));
        Assert.Contains("needs human review", cut.Find("[data-testid=revision-state]").TextContent, StringComparison.Ordinal);
        await DisposeComponentsAsync();
    }

    [Fact]
    public async Task PostPage_UnknownSourceId_SaysThePostIsNotFound()
    {
        await using var db = await SeedAsync();
        Render<MudPopoverProvider>();

        var cut = Render<PostPage>(p => p.Add(page => page.SourceId, "alphanode-missing"));

        cut.WaitForAssertion(() => Assert.Contains("alphanode-missing", cut.Find("[data-testid=post-not-found]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=post-title]"));
        await DisposeComponentsAsync();
    }

    /// <summary>
    /// A temp database with the sample imported. The page's services are registered as the app
    /// registers them (<c>AddDashboardFeatures</c>) over the test database's data services;
    /// nobody is signed in.
    /// </summary>
    private async Task<TestDatabase> SeedAsync()
    {
        var db = await TestDatabase.CreateAsync();
        var summary = await db.ImportAsync([TestFiles.FromText(TestFiles.SampleFileName, TestFiles.SampleText)]);
        Assert.Equal(1, summary.Imported);
        Services.AddSingleton(db.Get<IDbContextFactory<DashboardDbContext>>());
        Services.AddSingleton(db.Get<DashboardConnection>());
        Services.AddSingleton(db.Get<Dashboard.Web.Features.NearCopies.NearCopyClustering>());
        Services.AddSingleton(db.Get<Dashboard.Web.Features.NearCopies.NearCopyQueries>());
        Services.AddSingleton(TimeProvider.System);
        // The features bind their settings (Review:...) from configuration: none here, so the defaults.
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddDashboardFeatures();
        AddAuthorization();
        return db;
    }
}
