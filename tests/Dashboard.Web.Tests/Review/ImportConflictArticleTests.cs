using Bunit;
using Dashboard.Core.Review;
using Dashboard.Core.Text;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Review;

/// <summary>A newer file that changed only the article: the conflict banner shows the article's words side by side, and the queue finds such posts.</summary>
public sealed class ImportConflictArticleTests : BunitContext
{
    private const string FirstWords = "a reliable python services setup is less about clever code";

    private static readonly Reviewer Editor = new("editor@example.test", Role.Editor);
    private static readonly Reviewer Lead = new("lead@example.test", Role.Lead);

    public ImportConflictArticleTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    // Only the first paragraph's opening words differ: title, version, status and checklist are the same.
    private static string NewerFile =>
        TestFiles.SampleText.Replace(FirstWords, "a dependable python services setup is less about clever code", StringComparison.Ordinal);

    [Fact]
    public async Task The_conflict_banner_shows_the_articles_differences_word_by_word_side_by_side()
    {
        await using var db = await ApprovedPostWithNewerArticleAsync();
        Services.AddSingleton(db.Get<ImportConflicts>());
        Services.AddSingleton(db.Get<ReviewService>());
        var view = (await db.Get<PostReader>().GetAsync(TestFiles.SampleSourceId, Cancel))!;

        var cut = Render<ImportConflictPanel>(p => p
            .Add(x => x.Target, ReviewTarget.From(view))
            .Add(x => x.Article, ArticleWords.Of(view.Post))
            .Add(x => x.Reviewer, Editor));

        cut.WaitForElement("[data-testid=import-conflict-article-diff]");
        Assert.Equal("reliable", cut.Find("[data-testid=word-diff-before] del").TextContent.Trim());
        Assert.Equal("dependable", cut.Find("[data-testid=word-diff-after] ins").TextContent.Trim());
        Assert.StartsWith("differs: 1 word only in the post, 1 word only in the newer file", cut.Find("[data-testid=import-conflict-article]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queues_conflict_filter_finds_posts_with_an_open_conflict_even_when_approved()
    {
        await using var db = await ApprovedPostWithNewerArticleAsync();
        var queue = db.Get<QueueQuery>();

        Assert.DoesNotContain(TestFiles.SampleSourceId, (await queue.GetPageAsync(new QueueFilter(), Cancel)).Rows.Select(r => r.SourceId));
        var conflicts = QueueUrl.Parse("https://dashboard.test/" + QueueUrl.ToQuery(new QueueFilter { Conflicts = true }));
        Assert.True(conflicts.Conflicts);
        Assert.Equal(TestFiles.SampleSourceId, Assert.Single((await queue.GetPageAsync(conflicts, Cancel)).Rows).SourceId);

        // Once the conflict is decided, the post leaves that view.
        await using (var context = db.CreateContext())
        {
            var conflictId = await context.PostConflicts.Select(c => c.Id).SingleAsync(Cancel);
            Assert.True((await db.Get<ReviewService>().DismissImportAsync(TestFiles.SampleSourceId, conflictId, Lead, Cancel)).Succeeded);
        }

        Assert.Empty((await queue.GetPageAsync(conflicts, Cancel)).Rows);
    }

    private static async Task<TestDatabase> ApprovedPostWithNewerArticleAsync()
    {
        Assert.Contains(FirstWords, TestFiles.SampleText, StringComparison.Ordinal);
        var db = await TestDatabase.CreateAsync();
        await db.ImportAsync([TestFiles.FromText("v1.txt", TestFiles.SampleText)]);
        long version;
        await using (var context = db.CreateContext())
        {
            version = (await context.Posts.SingleAsync(Cancel)).RowVersion;
        }

        var reviews = db.Get<ReviewService>();
        var sent = await reviews.SubmitAsync(TestFiles.SampleSourceId, version, Editor, Cancel);
        Assert.True((await reviews.ApproveAsync(TestFiles.SampleSourceId, sent.RowVersion, Lead, Cancel)).Succeeded);
        Assert.Equal(1, (await db.ImportAsync([TestFiles.FromText("v2.txt", NewerFile)])).Conflicts);
        return db;
    }
}
