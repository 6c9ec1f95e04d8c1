using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Exports;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Imports;

/// <summary>
/// A file that breaks an import rule fails by name and line, and the rest of its batch is stored,
/// on both providers (PostgreSQL refuses a value too long for its column, and with it the chunk).
/// </summary>
public class ImportRulesTests
{
    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    private static string WithSourceId(string sourceId) =>
        TestFiles.ReplaceLine(TestFiles.SampleText, "  • source id:", $"  • source id: {sourceId}");

    private static int LineOf(string text, string prefix) =>
        Array.FindIndex(text.Split('\n'), line => line.StartsWith(prefix, StringComparison.Ordinal)) + 1;

    [Fact]
    public async Task Files_with_values_too_long_for_their_columns_fail_by_name_and_line_and_the_others_are_stored()
    {
        await using var db = await TestDatabase.CreateAsync();
        var longId = WithSourceId(new string('a', FieldLimits.SourceId + 1));
        var longStatus = TestFiles.ReplaceLine(WithSourceId("alphanode-long-status"), "  • status: ", "  • status: " + new string('s', FieldLimits.Status + 1));
        var slashId = WithSourceId("alphanode/002829");
        var generated = TestFiles.Generate(0, 2);

        var summary = await db.ImportAsync([
            generated[0].ToImport(),
            TestFiles.FromText("long-id.txt", longId),
            TestFiles.FromText("long-status.txt", longStatus),
            TestFiles.FromText("slash-id.txt", slashId),
            generated[1].ToImport(),
        ]);

        Assert.Equal((2, 3), (summary.Imported, summary.Failed));
        Assert.Equal(
            [("long-id.txt", LineOf(longId, "  • source id:")), ("long-status.txt", LineOf(longStatus, "  • status:")), ("slash-id.txt", LineOf(slashId, "  • source id:"))],
            summary.Errors.Select(e => (e.File, e.Line)));
        await using var context = db.CreateContext();
        Assert.Equal(generated.Select(f => f.Post.SourceId).Order(StringComparer.Ordinal), await context.Posts.Select(p => p.SourceId).OrderBy(id => id).ToListAsync(Cancel));
        var batch = await context.ImportBatches.SingleAsync(b => b.Id == summary.BatchId, Cancel);
        Assert.NotNull(batch.FinishedAtUtc);
        Assert.Equal(3, await context.ImportErrors.CountAsync(e => e.ImportBatchId == summary.BatchId, Cancel));
    }

    [Theory]
    [InlineData("Drafted ")]
    [InlineData("DRAFTED")]
    public async Task A_known_status_written_in_another_case_or_spacing_is_stored_as_the_workflow_names_it_and_the_post_can_move_on(string written)
    {
        await using var db = await TestDatabase.CreateAsync();
        var text = TestFiles.ReplaceLine(TestFiles.SampleText, "  • status: ", "  • status: " + written);

        var summary = await db.ImportAsync([TestFiles.FromText("variant.txt", text)]);
        long rowVersion;
        await using (var context = db.CreateContext())
        {
            var post = await context.Posts.SingleAsync(Cancel);
            Assert.Equal(ReviewStatus.Drafted, post.Status);
            Assert.Equal(ReviewStatus.Drafted, TestFiles.Parse(post.Document).Meta.Revision?.Status);
            rowVersion = post.RowVersion;
        }

        var submitted = await db.Get<ReviewService>().SubmitAsync(TestFiles.SampleSourceId, rowVersion, new Reviewer("erin.editor", Role.Editor), Cancel);

        Assert.Equal(1, summary.Imported);
        Assert.True(submitted.Succeeded, submitted.Message);
        Assert.Equal(ReviewStatus.InReview, submitted.Status);
    }

    [Fact]
    public async Task A_checklist_over_the_limits_fails_its_file_on_the_line_of_the_first_item_too_many()
    {
        await using var db = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Import:MaxChecklistItems"] = "3" });
        var text = TestFiles.ReplaceLine(TestFiles.SampleText, "  • status: ", "  • status: drafted");

        var summary = await db.ImportAsync([TestFiles.FromText("five-items.txt", text)]);

        var error = Assert.Single(summary.Errors);
        var metaChecklist = Array.LastIndexOf(text.Split('\n'), "checklist") + 1;
        Assert.Equal(("five-items.txt", metaChecklist + 4), (error.File, error.Line));
        Assert.Contains("the checklist has 5 items; the most accepted is 3 (setting Import:MaxChecklistItems)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checklist_saved_at_the_limits_exports_to_a_file_that_imports_unchanged()
    {
        await using var db = await TestDatabase.CreateAsync(new Dictionary<string, string?>
        {
            ["Import:MaxChecklistItems"] = "40",
            ["Import:MaxChecklistItemLength"] = "300",
        });
        await db.ImportAsync([TestFiles.FromText("sample.txt", TestFiles.SampleText)]);
        var reviews = db.Get<ReviewService>();
        var editor = new Reviewer("erin.editor", Role.Editor);
        var items = Enumerable.Range(1, 40).Select(i => $"step {i} " + new string('x', 300 - $"step {i} ".Length)).ToList();
        long rowVersion;
        await using (var context = db.CreateContext())
        {
            rowVersion = (await context.Posts.SingleAsync(Cancel)).RowVersion;
        }

        var tooMany = await reviews.EditChecklistAsync(TestFiles.SampleSourceId, rowVersion, [.. items, "one more"], editor, Cancel);
        var tooLong = await reviews.EditChecklistAsync(TestFiles.SampleSourceId, rowVersion, ["fine", items[0] + "x"], editor, Cancel);
        var atLimits = await reviews.EditChecklistAsync(TestFiles.SampleSourceId, rowVersion, items, editor, Cancel);

        Assert.Equal(ReviewFailure.Invalid, tooMany.Failure);
        Assert.Contains("41 items; the most accepted is 40 (setting Import:MaxChecklistItems)", tooMany.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewFailure.Invalid, tooLong.Failure);
        Assert.Contains("checklist item 2", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("(setting Import:MaxChecklistItemLength)", tooLong.Message, StringComparison.Ordinal);
        Assert.True(atLimits.Succeeded, atLimits.Message);

        using var folder = TempFolder.Create();
        Assert.Equal(1, await db.Get<PostExporter>().ExportAsync(folder.Path, status: null, needsReviewOnly: false, Cancel));
        var again = await db.ImportAsync(ImportFiles.Expand([folder.Path]).Select(p => ImportFile.FromPath(p)));
        Assert.Equal((0, 1, 0), (again.Failed, again.Unchanged, again.Conflicts));
    }
}
