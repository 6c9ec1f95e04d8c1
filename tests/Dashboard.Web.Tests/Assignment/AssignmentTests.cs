using Dashboard.Core.Assignment;
using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Features.Assignment;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Tests.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Assignment;

/// <summary>A lead shares the queue out: evenly or by stack, within the cap, recorded, undoable, and each reviewer's share in My work.</summary>
public sealed class AssignmentTests
{
    private static CancellationToken Cancel => AssignmentFixture.Cancel;

    private static IReadOnlyList<string> Stacks(int count, int distinct) => [.. Enumerable.Range(0, count).Select(i => $"stack-{i % distinct}")];

    [Fact]
    public async Task A_lead_assigns_100_posts_evenly_to_three_editors_and_each_sees_their_share_in_my_work()
    {
        await using var fixture = await AssignmentFixture.CreateAsync();
        var posts = await fixture.AddAsync(Stacks(100, 7));

        var preview = await fixture.Assignments.DryRunAsync(new AssignRequest(null, new QueueFilter(), AssignmentFixture.Editors, Cap: 40, AssignMode.Evenly), AssignmentFixture.Lead, Cancel);
        var outcome = await fixture.Assignments.ExecuteAsync(preview, AssignmentFixture.Lead, cancellationToken: Cancel);

        Assert.Null(preview.Problem);
        Assert.Equal(100, outcome.Done);
        var shares = new List<IReadOnlyList<string>>();
        foreach (var editor in AssignmentFixture.Editors)
        {
            shares.Add(await fixture.MyWorkAsync(editor));
        }

        // 34, 33, 33: nobody more than one post ahead of another, and together exactly the 100.
        Assert.True(shares.Max(s => s.Count) - shares.Min(s => s.Count) <= 1);
        Assert.Equal(posts.Order(), shares.SelectMany(s => s).Order());
        Assert.Equal(shares.Select(s => s.Count), preview.PerReviewer.Select(r => r.Count));
    }

    [Fact]
    public async Task The_cap_holds_and_what_is_left_stays_unassigned()
    {
        await using var fixture = await AssignmentFixture.CreateAsync();
        await fixture.AddAsync(Stacks(100, 3));

        var preview = await fixture.Assignments.DryRunAsync(new AssignRequest(null, new QueueFilter(), AssignmentFixture.Editors, Cap: 25, AssignMode.ByStack), AssignmentFixture.Lead, Cancel);
        await fixture.Assignments.ExecuteAsync(preview, AssignmentFixture.Lead, cancellationToken: Cancel);

        Assert.Equal(25, preview.Plan.Left);
        foreach (var editor in AssignmentFixture.Editors)
        {
            Assert.Equal(25, (await fixture.MyWorkAsync(editor)).Count);
        }

        var unassigned = await fixture.Queue.GetPageAsync(new QueueFilter { Assignee = AssigneeFilter.None }, Cancel);
        Assert.Equal(25, unassigned.Total);
    }

    [Fact]
    public async Task By_stack_gives_each_stack_to_one_editor_while_the_cap_allows()
    {
        await using var fixture = await AssignmentFixture.CreateAsync();
        // Three stacks of 40, 35 and 25 posts.
        var stacks = Enumerable.Repeat("python", 40).Concat(Enumerable.Repeat("rust", 35)).Concat(Enumerable.Repeat("go", 25)).ToList();
        await fixture.AddAsync(stacks);

        var preview = await fixture.Assignments.DryRunAsync(new AssignRequest(null, new QueueFilter(), AssignmentFixture.Editors, Cap: 40, AssignMode.ByStack), AssignmentFixture.Lead, Cancel);
        await fixture.Assignments.ExecuteAsync(preview, AssignmentFixture.Lead, cancellationToken: Cancel);

        await using var db = fixture.Database.CreateContext();
        var byStack = (await db.Posts.AsNoTracking().Select(p => new { p.Stack, p.AssigneeName }).ToListAsync(Cancel))
            .GroupBy(p => p.Stack.Single()).ToDictionary(g => g.Key, g => g.Select(p => p.AssigneeName).Distinct().ToList());
        Assert.All(byStack.Values, assignees => Assert.Single(assignees));
        Assert.Equal(3, byStack.Values.Select(a => a.Single()).Distinct().Count());
    }

    [Fact]
    public async Task Each_assignment_is_in_history_and_one_undo_takes_the_whole_batch_back()
    {
        await using var fixture = await AssignmentFixture.CreateAsync();
        var posts = await fixture.AddAsync(Stacks(6, 2));
        var first = await fixture.Assignments.DryRunAsync(new AssignRequest(posts, null, [AssignmentFixture.Editors[0]], Cap: 10, AssignMode.Evenly), AssignmentFixture.Lead, Cancel);
        await fixture.Assignments.ExecuteAsync(first, AssignmentFixture.Lead, cancellationToken: Cancel);

        // Reassigned to the second editor, then that taken back: the first editor has them again.
        var second = await fixture.Assignments.DryRunAsync(new AssignRequest(posts, null, [AssignmentFixture.Editors[1]], Cap: 10, AssignMode.Evenly), AssignmentFixture.Lead, Cancel);
        var outcome = await fixture.Assignments.ExecuteAsync(second, AssignmentFixture.Lead, cancellationToken: Cancel);
        await using (var db = fixture.Database.CreateContext())
        {
            var entries = await db.PostHistory.AsNoTracking().Where(h => h.BulkId == outcome.BulkId).ToListAsync(Cancel);
            Assert.Equal(6, entries.Count);
            Assert.All(entries, e => Assert.Equal(HistoryKind.Assigned, e.Kind));
            Assert.All(entries, e => Assert.Equal(AssignmentFixture.Lead.Name, e.Actor));
        }

        var undone = await fixture.Bulk.UndoAsync(outcome.BulkId, AssignmentFixture.Lead, Cancel);

        Assert.Equal(6, undone.Done);
        Assert.Equal(posts.Order(), (await fixture.MyWorkAsync(AssignmentFixture.Editors[0])).Order());
        Assert.Empty(await fixture.MyWorkAsync(AssignmentFixture.Editors[1]));
    }

    [Fact]
    public async Task An_editor_may_not_assign_and_an_unknown_reviewer_is_named()
    {
        await using var fixture = await AssignmentFixture.CreateAsync();
        var posts = await fixture.AddAsync(Stacks(2, 1));

        var byEditor = await fixture.Assignments.DryRunAsync(new AssignRequest(posts, null, AssignmentFixture.Editors, 10, AssignMode.Evenly), ReviewDatabase.Editor, Cancel);
        var toStranger = await fixture.Assignments.DryRunAsync(new AssignRequest(posts, null, ["nobody@example.test"], 10, AssignMode.Evenly), AssignmentFixture.Lead, Cancel);

        Assert.True(byEditor.Forbidden);
        Assert.Empty(byEditor.Plan.Assignments);
        Assert.Contains("\"nobody@example.test\"", toStranger.Problem, StringComparison.Ordinal);
        Assert.Empty(toStranger.Plan.Assignments);
        // The import never touched an assignment either way: nobody has these posts.
        Assert.Equal(2, (await fixture.Queue.GetPageAsync(new QueueFilter { Assignee = AssigneeFilter.None }, Cancel)).Total);
    }

    [Fact]
    public async Task A_changed_file_imported_again_keeps_the_assignment()
    {
        await using var fixture = await AssignmentFixture.CreateAsync();
        var posts = await fixture.AddAsync(["python"]);
        var preview = await fixture.Assignments.DryRunAsync(new AssignRequest(posts, null, [AssignmentFixture.Editors[0]], 10, AssignMode.Evenly), AssignmentFixture.Lead, Cancel);
        await fixture.Assignments.ExecuteAsync(preview, AssignmentFixture.Lead, cancellationToken: Cancel);

        var changed = PostBuilder.From(ReviewDatabase.NewPost(posts[0], ReviewStatus.InReview)).WithMeta(meta => meta with { Stack = ["rust"] }).Build();
        var summary = await fixture.Database.ImportAsync([TestFiles.FromPost($"{posts[0]}.txt", changed)]);

        Assert.Equal(1, summary.Updated);
        Assert.Equal(posts, await fixture.MyWorkAsync(AssignmentFixture.Editors[0]));
    }
}
