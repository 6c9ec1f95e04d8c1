using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Exports;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Imports;

public class PostImporterTests
{
    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task New_sample_file_is_imported_with_every_column_stored()
    {
        await using var db = await TestDatabase.CreateAsync();

        var summary = await db.ImportAsync([TestFiles.FromText(TestFiles.SampleFileName, TestFiles.SampleText)]);

        Assert.Equal((1, 0, 0, 0, 0), (summary.Imported, summary.Updated, summary.Unchanged, summary.Conflicts, summary.Failed));
        await using var context = db.CreateContext();
        var post = await context.Posts.SingleAsync(Cancel);
        Assert.Equal(TestFiles.SampleSourceId, post.SourceId);
        Assert.Equal("production checklist for documenting production defaults in python services", post.Title);
        Assert.Equal("documenting production defaults / python services", post.Topic);
        Assert.StartsWith("this ai-style technical summary explains documenting production defaults", post.Summary);
        Assert.Equal((87, 70, 71, 74), (post.GetScore(ScoreFields.Quality), post.GetScore(ScoreFields.Freshness), post.GetScore(ScoreFields.Depth), post.GetScore(ScoreFields.Clarity)));
        Assert.Equal("drafted", post.Status);
        Assert.Equal("1.5.3", post.Version);
        Assert.Equal((1L, 5L, 3L), (post.VersionMajor, post.VersionMinor, post.VersionPatch));
        Assert.Equal(new DateOnly(2018, 1, 7), post.LastReviewed);
        Assert.Equal(["python services", "backend", "python"], post.Stack);
        Assert.Equal(["fastapi", "pytest", "uvicorn", "ruff", "git", "logs"], post.Tools);
        Assert.Equal(["run linting", "run unit tests", "run one integration check", "verify staging config", "tag the release"], post.Checklist);
        Assert.Equal(
            [("python services", "stack"), ("backend", "area"), ("documenting production defaults", "problem")],
            post.Entities.Select(e => (e.Name, e.Type)));
        Assert.True(post.NeedsHumanReview);
        Assert.True(post.HasImages);
        Assert.True(post.AiGeneratedStyle);
        Assert.False(post.ImageHeavy);
        Assert.Equal(1, post.ImageCount);
        Assert.Equal("intermediate", post.Difficulty);
        Assert.Equal("python", post.CodeLanguage);
        Assert.Equal(6, post.ReadingTime);
        Assert.Equal(122657L, post.ViewCount);
        Assert.Equal("anp-ref-002829-7966", post.Reference);
        Assert.Equal("2794a8d0d676054666b27ef2", post.Hash);
        Assert.Equal(TestFiles.Canonical(TestFiles.SampleText), post.Document);
        Assert.Equal(PostMapping.HashOf(post.Document), post.ContentHash);
        Assert.Equal(post.ContentHash, post.ImportedHash);
        Assert.False(post.ReviewerTouched);
        Assert.Equal(summary.BatchId, post.LastImportBatchId);
    }

    [Fact]
    public async Task Generated_files_are_stored_with_the_columns_of_their_posts()
    {
        await using var db = await TestDatabase.CreateAsync();
        var files = TestFiles.Generate(0, 120);

        var summary = await db.ImportAsync(files.Select(f => f.ToImport()));

        Assert.Equal(120, summary.Imported);
        await using var context = db.CreateContext();
        var stored = await context.Posts.AsNoTracking().ToDictionaryAsync(p => p.SourceId, Cancel);
        Assert.Equal(120, stored.Count);
        foreach (var file in files)
        {
            var meta = file.Post.Meta;
            var post = stored[file.Post.SourceId];
            Assert.Equal(file.Post.Title, post.Title);
            Assert.Equal((meta.Score!.Quality, meta.Score.Freshness, meta.Score.Depth, meta.Score.Clarity), (post.GetScore(ScoreFields.Quality)!.Value, post.GetScore(ScoreFields.Freshness)!.Value, post.GetScore(ScoreFields.Depth)!.Value, post.GetScore(ScoreFields.Clarity)!.Value));
            Assert.Equal(ImportPolicy.Admit(file.Post).Meta.Revision!.Status, post.Status);
            Assert.Equal(meta.Revision!.Version.ToString(), post.Version);
            Assert.Equal(meta.Revision.LastReviewed, post.LastReviewed);
            Assert.Equal(meta.Flags!.NeedsHumanReview, post.NeedsHumanReview);
            Assert.Equal(meta.ViewCount, post.ViewCount);
            Assert.Equal(meta.Stack, post.Stack);
            Assert.Equal(meta.Tools, post.Tools);
            Assert.Equal(meta.Checklist, post.Checklist);
        }
    }

    [Fact]
    public async Task Importing_the_same_files_again_leaves_every_post_unchanged()
    {
        await using var db = await TestDatabase.CreateAsync();
        var files = TestFiles.Generate(0, 60).Select(f => f.ToImport()).Append(TestFiles.FromText("sample.txt", TestFiles.SampleText)).ToList();
        await db.ImportAsync(files);
        var before = await RowVersionsAsync(db);

        var again = await db.ImportAsync(files);

        Assert.Equal((0, 0, 61, 0, 0), (again.Imported, again.Updated, again.Unchanged, again.Conflicts, again.Failed));
        Assert.Equal(before, await RowVersionsAsync(db));
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.PostHistory.CountAsync(Cancel));
    }

    [Fact]
    public async Task Importing_an_export_of_the_posts_leaves_every_post_unchanged()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var folder = TempFolder.Create();
        // Awkward but valid files (CRLF, BOM, unknown labels...) must export to what was stored.
        var files = TestFiles.Generate(0, 80, awkwardShare: 0.5).Where(f => f.ExpectedValid).ToList();
        var first = await db.ImportAsync(files.Select(f => f.ToImport()));
        var stored = first.Imported;

        var exported = await db.Get<PostExporter>().ExportAsync(folder.Path, status: null, needsReviewOnly: false, Cancel);
        var again = await db.ImportAsync(ImportFiles.Expand([folder.Path]).Select(p => ImportFile.FromPath(p)));

        Assert.Equal(stored, exported);
        Assert.Equal((0, 0, stored, 0, 0), (again.Imported, again.Updated, again.Unchanged, again.Conflicts, again.Failed));
    }

    [Fact]
    public async Task Changed_file_for_an_untouched_post_updates_it_and_records_the_revision()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ImportAsync([TestFiles.FromText("v1.txt", TestFiles.SampleText)]);
        var original = await SampleRecordAsync(db);
        var changed = TestFiles.ReplaceLine(TestFiles.SampleText, "production checklist for", "production checklist for shipping python services");
        changed = TestFiles.ReplaceLine(changed, "  • quality: 87", "  • quality: 91");

        var summary = await db.ImportAsync([TestFiles.FromText("v2.txt", changed)]);

        Assert.Equal((0, 1, 0, 0, 0), (summary.Imported, summary.Updated, summary.Unchanged, summary.Conflicts, summary.Failed));
        var post = await SampleRecordAsync(db);
        Assert.Equal(original.Id, post.Id);
        Assert.Equal("production checklist for shipping python services", post.Title);
        Assert.Equal(91, post.GetScore(ScoreFields.Quality));
        Assert.Equal(TestFiles.Canonical(changed), post.Document);
        Assert.Equal(PostMapping.HashOf(post.Document), post.ContentHash);
        Assert.Equal(post.ContentHash, post.ImportedHash);
        Assert.Equal(original.RowVersion + 1, post.RowVersion);
        Assert.Equal(summary.BatchId, post.LastImportBatchId);

        await using var context = db.CreateContext();
        var history = await context.PostHistory.SingleAsync(Cancel);
        Assert.Equal(post.Id, history.PostId);
        Assert.Equal("imported revision", history.Action);
        Assert.Equal(summary.BatchId, history.ImportBatchId);
        Assert.Equal(original.Document, RevisionSnapshot.FromJson(history.Before)?.Document);
        Assert.Equal(post.Document, RevisionSnapshot.FromJson(history.After)?.Document);
    }

    [Fact]
    public async Task Updated_post_is_found_by_its_new_title_and_no_longer_by_the_old_one()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ImportAsync([TestFiles.FromText("v1.txt", TestFiles.SampleText)]);
        var changed = TestFiles.ReplaceLine(TestFiles.SampleText, "production checklist for", "zeppelin maintenance schedule");
        await db.ImportAsync([TestFiles.FromText("v2.txt", changed)]);
        var queue = db.Get<QueueQuery>();

        var byNewTitle = await queue.GetSourceIdsAsync(new QueueFilter { ShowAll = true, Search = "zeppelin" }, 10, Cancel);
        var byOldTitle = await queue.GetSourceIdsAsync(new QueueFilter { ShowAll = true, Search = "checklist" }, 10, Cancel);

        Assert.Equal([TestFiles.SampleSourceId], byNewTitle);
        Assert.Empty(byOldTitle);
    }

    [Theory]
    [InlineData("approved")]
    [InlineData("indexed")]
    public async Task A_file_claiming_approval_is_admitted_in_review_and_stays_out_of_the_index_feed(string claimed)
    {
        await using var db = await TestDatabase.CreateAsync();
        var text = TestFiles.ReplaceLine(TestFiles.SampleText, "  • status: ", $"  • status: {claimed}");

        var summary = await db.ImportAsync([TestFiles.FromText("claims-approval.txt", text)]);
        var again = await db.ImportAsync([TestFiles.FromText("claims-approval-again.txt", text)]);

        Assert.Equal(1, summary.Imported);
        Assert.Equal(1, again.Unchanged);
        var post = await SampleRecordAsync(db);
        Assert.Equal("in review", post.Status);
        Assert.True(post.InQueue);
        Assert.Equal("in review", TestFiles.Parse(post.Document).Meta.Revision!.Status);
        await using var context = db.CreateContext();
        Assert.False(await context.Posts.AnyAsync(p => p.Status == "approved" || p.Status == "indexed", Cancel));
    }

    [Fact]
    public async Task Changed_file_for_a_post_reviewers_touched_is_kept_as_a_conflict_and_the_post_is_left_alone()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ImportAsync([TestFiles.FromText("v1.txt", TestFiles.SampleText)]);
        await using (var context = db.CreateContext())
        {
            var record = await context.Posts.SingleAsync(Cancel);
            record.ReviewerTouched = true;
            record.Checklist = ["run linting", "ask the owner"];
            await context.SaveChangesAsync(Cancel);
        }

        var reviewed = await SampleRecordAsync(db);
        var changed = TestFiles.ReplaceLine(TestFiles.SampleText, "production checklist for", "a newer title from the source");

        var summary = await db.ImportAsync([TestFiles.FromText("v2.txt", changed)]);
        var repeated = await db.ImportAsync([TestFiles.FromText("v2-again.txt", changed)]);

        Assert.Equal((0, 0, 0, 1, 0), (summary.Imported, summary.Updated, summary.Unchanged, summary.Conflicts, summary.Failed));
        Assert.Equal(1, repeated.Conflicts);
        var post = await SampleRecordAsync(db);
        Assert.Equal(reviewed.Title, post.Title);
        Assert.Equal(["run linting", "ask the owner"], post.Checklist);
        Assert.Equal(reviewed.Document, post.Document);
        Assert.Equal(reviewed.ContentHash, post.ContentHash);
        Assert.Equal(reviewed.RowVersion, post.RowVersion);

        await using var check = db.CreateContext();
        // The same changed file twice is one conflict to resolve, not two.
        var conflict = await check.PostConflicts.SingleAsync(Cancel);
        Assert.Equal(post.Id, conflict.PostId);
        Assert.Equal(summary.BatchId, conflict.ImportBatchId);
        Assert.Equal(TestFiles.Canonical(changed), conflict.Document);
        Assert.Equal(PostMapping.HashOf(conflict.Document), conflict.ContentHash);
        Assert.Null(conflict.ResolvedAtUtc);
        Assert.Equal(0, await check.PostHistory.CountAsync(Cancel));
    }

    [Fact]
    public async Task Original_file_again_after_reviewers_edited_the_post_is_unchanged_not_a_conflict()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ImportAsync([TestFiles.FromText("v1.txt", TestFiles.SampleText)]);
        await using (var context = db.CreateContext())
        {
            var record = await context.Posts.SingleAsync(Cancel);
            record.ReviewerTouched = true;
            record.Document = TestFiles.Canonical(TestFiles.ReplaceLine(TestFiles.SampleText, "production checklist for", "edited by a reviewer"));
            record.ContentHash = PostMapping.HashOf(record.Document);
            await context.SaveChangesAsync(Cancel);
        }

        var summary = await db.ImportAsync([TestFiles.FromText("v1-again.txt", TestFiles.SampleText)]);

        Assert.Equal((0, 0, 1, 0, 0), (summary.Imported, summary.Updated, summary.Unchanged, summary.Conflicts, summary.Failed));
    }

    [Fact]
    public async Task Second_file_with_the_same_source_id_in_one_batch_fails_naming_both_files()
    {
        await using var db = await TestDatabase.CreateAsync();
        var second = TestFiles.ReplaceLine(TestFiles.SampleText, "production checklist for", "a different post that reuses the id");

        var summary = await db.ImportAsync([TestFiles.FromText("first.txt", TestFiles.SampleText), TestFiles.FromText("second.txt", second)]);

        Assert.Equal((1, 1), (summary.Imported, summary.Failed));
        var error = Assert.Single(summary.Errors);
        Assert.Equal("second.txt", error.File);
        Assert.Contains("first.txt", error.Message);
        Assert.Contains(TestFiles.SampleSourceId, error.Message);
        var post = await SampleRecordAsync(db);
        Assert.Equal(TestFiles.SamplePost.Title, post.Title);
        await using var context = db.CreateContext();
        var stored = await context.ImportErrors.SingleAsync(Cancel);
        Assert.Equal(("second.txt", summary.BatchId), (stored.File, stored.ImportBatchId));
    }

    [Fact]
    public async Task Invalid_files_fail_with_file_line_and_message_while_valid_files_in_the_batch_are_imported()
    {
        await using var db = await TestDatabase.CreateAsync();
        var invalid = TestFiles.Generate(0, 80, awkwardShare: 1).Where(f => !f.ExpectedValid).Select(f => f.ToImport()).ToList();
        invalid.Add(TestFiles.FromBytes("empty.txt", []));
        invalid.Add(TestFiles.FromBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0xFF, 0xFE, 0x00, 0x10]));
        var valid = TestFiles.Generate(1000, 20).Select(f => f.ToImport()).ToList();
        Assert.True(invalid.Count > 10, "the generator should give a fair number of invalid files");

        // Interleaved, so a failure in the middle of a chunk cannot hide the files after it.
        var batch = invalid.Zip(valid, (a, b) => new[] { a, b }).SelectMany(x => x).Concat(invalid.Skip(valid.Count)).Concat(valid.Skip(invalid.Count)).ToList();
        var summary = await db.ImportAsync(batch, origin: "upload of 2 folders", importedBy: "ana");

        Assert.Equal((valid.Count, invalid.Count), (summary.Imported, summary.Failed));
        Assert.Equal(invalid.Select(f => f.Name).Order(), summary.Errors.Select(e => e.File).Distinct().Order());
        Assert.All(summary.Errors, e =>
        {
            Assert.True(e.Line >= 1, $"{e} should name a line");
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        });

        await using var context = db.CreateContext();
        Assert.Equal(valid.Count, await context.Posts.CountAsync(Cancel));
        var batchRow = await context.ImportBatches.Include(b => b.Errors).SingleAsync(Cancel);
        Assert.Equal(summary.BatchId, batchRow.Id);
        Assert.Equal(("upload of 2 folders", "ana"), (batchRow.Origin, batchRow.ImportedBy));
        Assert.Equal((valid.Count, 0, 0, 0, invalid.Count), (batchRow.Imported, batchRow.Updated, batchRow.Unchanged, batchRow.Conflicts, batchRow.Failed));
        Assert.NotNull(batchRow.FinishedAtUtc);
        Assert.Equal(
            summary.Errors.Select(e => (e.File, e.Line, e.Message)).Order(),
            batchRow.Errors.Select(e => (e.File, e.Line, e.Message)).Order());
    }

    [Fact]
    public async Task File_larger_than_the_configured_maximum_is_refused_with_a_clear_error()
    {
        await using var db = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Import:MaxFileBytes"] = "1024" });
        using var folder = TempFolder.Create();
        File.WriteAllText(folder.File("big.txt"), TestFiles.SampleText);

        var summary = await db.ImportAsync([ImportFile.FromPath(folder.File("big.txt"))]);

        Assert.Equal((0, 1), (summary.Imported, summary.Failed));
        var error = Assert.Single(summary.Errors);
        Assert.Equal(folder.File("big.txt"), error.File);
        Assert.Contains("Import:MaxFileBytes", error.Message);
        Assert.Contains("1,024", error.Message);
    }

    private static async Task<Dictionary<string, long>> RowVersionsAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        return await context.Posts.ToDictionaryAsync(p => p.SourceId, p => p.RowVersion, Cancel);
    }

    private static async Task<Data.Entities.PostRecord> SampleRecordAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        return await context.Posts.AsNoTracking().SingleAsync(p => p.SourceId == TestFiles.SampleSourceId, Cancel);
    }
}
