using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Imports;

/// <summary>Reviewers edit while an import of changed files runs: no acknowledged edit is replaced by a file.</summary>
public class ImportDuringEditsTests
{
    private const int PostCount = 12;
    private static readonly Reviewer Editor = new("erin.editor", Role.Editor);
    private static readonly IReadOnlyList<string> EditedChecklist = ["check the edge cases", "edited by a reviewer during the import"];

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_checklist_edit_that_lands_after_the_read_ahead_survives_and_the_changed_file_is_stored_as_a_conflict()
    {
        // On SQLite a chunk holds the database's write lock from its first read, so no edit can land inside it.
        TestStorage.SkipOnSqlite("only the PostgreSQL store reads stored posts ahead, outside a write lock");
        await using var db = await TestDatabase.CreateAsync();
        var ids = Enumerable.Range(1, PostCount).Select(i => $"alphanode-edit-{i:D3}").ToList();
        var first = await db.ImportAsync([.. ids.Select(id => TestFiles.FromPost($"{id}.txt", ReviewDatabase.NewPost(id, ReviewStatus.Drafted)))]);
        Assert.Equal(PostCount, first.Imported);

        var reviews = db.Get<ReviewService>();
        var acknowledged = new List<string>();
        db.Importer.AfterReadAhead = async readAhead =>
        {
            if (acknowledged.Count > 0)
            {
                return;
            }

            // Every post of the group is edited after the importer has read it and before it stores it.
            foreach (var id in readAhead)
            {
                var result = await reviews.EditChecklistAsync(id, await RowVersionAsync(db, id), EditedChecklist, Editor, Cancel);
                Assert.True(result.Succeeded, result.Message);
                acknowledged.Add(id);
            }
        };

        var changed = await db.ImportAsync([.. ids.Select(id => TestFiles.FromPost($"{id}-v2.txt", ReviewDatabase.NewPost(id, ReviewStatus.Drafted) with { Title = $"A newer title for {id}" }))]);

        Assert.Equal(PostCount, acknowledged.Count);
        Assert.Equal((0, 0, PostCount), (changed.Updated, changed.Unchanged, changed.Conflicts));
        await using var check = db.CreateContext();
        foreach (var id in acknowledged)
        {
            var post = await check.Posts.AsNoTracking().SingleAsync(p => p.SourceId == id, Cancel);
            Assert.Equal(EditedChecklist, post.Checklist);
            Assert.DoesNotContain("A newer title", post.Title, StringComparison.Ordinal);
            Assert.Equal(1, await check.PostConflicts.CountAsync(c => c.PostId == post.Id && c.ResolvedAtUtc == null, Cancel));
        }
    }

    private static async Task<long> RowVersionAsync(TestDatabase db, string sourceId)
    {
        await using var context = db.CreateContext();
        return await context.Posts.Where(p => p.SourceId == sourceId).Select(p => p.RowVersion).SingleAsync(Cancel);
    }
}
