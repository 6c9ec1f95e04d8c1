using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Checks;

/// <summary>The checks as the import and the review actions store them, on either provider.</summary>
public class StoredChecksTests
{
    private static readonly PostGenerator Generator = new(new GeneratorOptions { Seed = 14 });

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Each_failing_family_is_stored_with_its_check_and_counts_and_the_summary_counts_it()
    {
        await using var db = await TestDatabase.CreateAsync();
        // Written as files these keep their failure; the other two need a file the writer would
        // not make (a checklist the meta lacks) or a history, and have tests of their own below.
        var checks = Check.All.Where(c => c != Check.ChecklistMismatch && c != Check.VersionBackwards).ToList();
        var failing = checks.Select((check, i) => Generator.GenerateFailing(i, check, Today)).ToList();

        var summary = await db.ImportAsync(failing.Select(f => TestFiles.FromPost($"{f.Post.SourceId}.txt", f.Post)));

        Assert.Equal(checks.Count, summary.Imported);
        Assert.Equal(checks.Select(c => (c.Id, 1)), summary.FailedChecks.Select(c => (c.Id, c.Posts)));
        await using var context = db.CreateContext();
        var stored = await context.Posts.AsNoTracking()
            .Select(p => new { p.SourceId, p.CheckErrors, p.CheckWarnings, Checks = context.PostChecks.Where(c => c.PostId == p.Id).Select(c => c.CheckId).ToList() })
            .ToDictionaryAsync(p => p.SourceId, Cancel);
        foreach (var post in failing)
        {
            var row = stored[post.Post.SourceId];
            Assert.Equal([post.Check.Id], row.Checks);
            Assert.Equal(post.Check.Severity == CheckSeverity.Error ? (1, 0) : post.Check.Severity == CheckSeverity.Warning ? (0, 1) : (0, 0), (row.CheckErrors, row.CheckWarnings));
        }
    }

    [Fact]
    public async Task The_sample_fails_only_its_stale_review_date_with_the_field_and_message_stored()
    {
        await using var db = await TestDatabase.CreateAsync();

        await db.ImportAsync([TestFiles.FromText(TestFiles.SampleFileName, TestFiles.SampleText)]);

        // Its fields agree with its article and each other; it was last reviewed in 2018.
        await using var context = db.CreateContext();
        var check = await context.PostChecks.AsNoTracking().SingleAsync(Cancel);
        Assert.Equal(Check.LastReviewedStale.Id, check.CheckId);
        Assert.Equal(CheckSeverity.Info, check.Severity);
        Assert.Equal(("revision", "last reviewed"), (check.Field, check.FieldKey));
        Assert.StartsWith("last reviewed is 2018-01-07", check.Message);
        var counts = await context.Posts.Select(p => new { p.CheckErrors, p.CheckWarnings }).SingleAsync(Cancel);
        Assert.Equal((0, 0), (counts.CheckErrors, counts.CheckWarnings));
    }

    [Fact]
    public async Task A_changed_file_replaces_the_stored_checks_and_an_older_version_fails_version_backwards()
    {
        await using var db = await TestDatabase.CreateAsync();
        var failing = Generator.GenerateFailing(1, Check.ReadingTime, Today).Post;
        await db.ImportAsync([TestFiles.FromPost("first.txt", failing)]);
        Assert.Equal([Check.ReadingTime.Id], await CheckIdsAsync(db, failing.SourceId));

        // The same post, its reading time fixed but its version lower than the stored one.
        var revision = failing.Meta.Revision!;
        var older = failing with
        {
            Meta = failing.Meta with
            {
                ReadingTime = Generator.GeneratePost(1).Meta.ReadingTime,
                Revision = revision with { Version = revision.Version with { Major = 0 } },
            },
        };
        var summary = await db.ImportAsync([TestFiles.FromPost("second.txt", older)]);

        Assert.Equal(1, summary.Updated);
        Assert.Equal([Check.VersionBackwards.Id], await CheckIdsAsync(db, failing.SourceId));
        await using var context = db.CreateContext();
        Assert.Equal(1, await context.Posts.Where(p => p.SourceId == failing.SourceId).Select(p => p.CheckErrors).SingleAsync(Cancel));
    }

    [Fact]
    public async Task A_file_whose_article_checklist_differs_fails_and_a_reviewers_checklist_edit_recomputes_it()
    {
        await using var db = await TestDatabase.CreateAsync();
        // The article's last checklist item is not the meta's: only a file can say so, the writer never would.
        var text = TestFiles.ReplaceLine(TestFiles.SampleText, "  • tag the release", "  • deploy on a friday evening");
        await db.ImportAsync([TestFiles.FromText("mismatch.txt", text)]);
        Assert.Equal([Check.ChecklistMismatch.Id, Check.LastReviewedStale.Id], await CheckIdsAsync(db, TestFiles.SampleSourceId));

        var rowVersion = await RowVersionAsync(db, TestFiles.SampleSourceId);
        var edited = await db.Get<ReviewService>().EditChecklistAsync(
            TestFiles.SampleSourceId, rowVersion, ["run linting", "run unit tests"], ReviewDatabase.Editor, Cancel);

        // Stored canonically, the article shows the meta's checklist: the mismatch is gone, the rest stays.
        Assert.True(edited.Succeeded, edited.Message);
        Assert.Equal([Check.LastReviewedStale.Id], await CheckIdsAsync(db, TestFiles.SampleSourceId));
    }

    [Fact]
    public async Task An_admin_setting_the_version_back_fails_version_backwards_from_the_history()
    {
        await using var db = await TestDatabase.CreateAsync();
        var post = Generator.GenerateFailing(2, Check.LastReviewedStale, Today).Post;
        await db.ImportAsync([TestFiles.FromPost("post.txt", post)]);
        var reviews = db.Get<ReviewService>();
        var version = post.Meta.Revision!.Version;

        var bumped = await reviews.BumpVersionAsync(post.SourceId, await RowVersionAsync(db, post.SourceId), VersionBump.Major, ReviewDatabase.Editor, Cancel);
        Assert.True(bumped.Succeeded, bumped.Message);
        Assert.Equal([Check.LastReviewedStale.Id], await CheckIdsAsync(db, post.SourceId));

        var back = await reviews.EditRevisionAsync(
            post.SourceId, await RowVersionAsync(db, post.SourceId), bumped.Status!, version.ToString(), post.Meta.Revision.LastReviewed, confirmBackwards: true, ReviewDatabase.Admin, Cancel);

        Assert.True(back.Succeeded, back.Message);
        Assert.Equal([Check.LastReviewedStale.Id, Check.VersionBackwards.Id], await CheckIdsAsync(db, post.SourceId));
    }

    internal static async Task<string[]> CheckIdsAsync(TestDatabase db, string sourceId)
    {
        await using var context = db.CreateContext();
        var ids = await context.PostChecks.AsNoTracking()
            .Where(c => context.Posts.Any(p => p.Id == c.PostId && p.SourceId == sourceId))
            .Select(c => c.CheckId).ToListAsync(Cancel);
        var order = Check.All.Select(c => c.Id).ToList();
        return [.. ids.OrderBy(order.IndexOf)];
    }

    private static async Task<long> RowVersionAsync(TestDatabase db, string sourceId)
    {
        await using var context = db.CreateContext();
        return await context.Posts.Where(p => p.SourceId == sourceId).Select(p => p.RowVersion).SingleAsync(Cancel);
    }
}
