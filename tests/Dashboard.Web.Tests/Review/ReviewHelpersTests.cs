using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Tests.Review;

public sealed class ReviewHelpersTests
{
    [Fact]
    public void Checklist_diff_marks_removed_lines_left_and_added_lines_right_and_keeps_the_common_ones()
    {
        var (left, right) = ChecklistDiff.Compare(["a", "b", "c", "d"], ["a", "c", "x", "d", "e"]);

        Assert.Equal([("a", DiffKind.Same), ("b", DiffKind.Removed), ("c", DiffKind.Same), ("d", DiffKind.Same)], left.Select(l => (l.Text, l.Kind)));
        Assert.Equal([("a", DiffKind.Same), ("c", DiffKind.Same), ("x", DiffKind.Added), ("d", DiffKind.Same), ("e", DiffKind.Added)], right.Select(l => (l.Text, l.Kind)));
    }

    [Fact]
    public void Checklist_diff_of_equal_or_empty_lists_has_no_change()
    {
        Assert.All(ChecklistDiff.Compare(["a", "b"], ["a", "b"]).Left, l => Assert.Equal(DiffKind.Same, l.Kind));
        var (left, right) = ChecklistDiff.Compare([], ["new"]);
        Assert.Empty(left);
        Assert.Equal(DiffKind.Added, Assert.Single(right).Kind);
    }

    [Fact]
    public void Presence_lists_the_others_on_the_same_post_and_forgets_a_page_that_leaves()
    {
        var presence = new PostPresence();
        var changed = new List<string>();
        presence.Changed += changed.Add;
        var me = Guid.NewGuid();
        var other = Guid.NewGuid();

        using var mine = presence.Join("post-1", me, "ann");
        var theirs = presence.Join("post-1", other, "bob");
        using var elsewhere = presence.Join("post-2", Guid.NewGuid(), "cy");

        Assert.Equal(["bob"], presence.Others("post-1", me));
        Assert.Equal(["ann"], presence.Others("post-1", other));

        theirs.Dispose();
        theirs.Dispose();

        Assert.Empty(presence.Others("post-1", me));
        Assert.Equal(["post-1", "post-1", "post-2", "post-1"], changed);
    }

    [Fact]
    public void Presence_hides_a_page_whose_connection_is_down_until_it_comes_back()
    {
        var presence = new PostPresence();
        var me = Guid.NewGuid();
        var other = Guid.NewGuid();
        using var mine = presence.Join("post-1", me, "ann");
        using var theirs = presence.Join("post-1", other, "bob");

        presence.SetAway(other, away: true);
        Assert.Empty(presence.Others("post-1", me));

        presence.SetAway(other, away: false);
        Assert.Equal(["bob"], presence.Others("post-1", me));
    }

    [Fact]
    public void A_queue_row_is_the_same_selected_row_whatever_its_row_version()
    {
        var row = new Dashboard.Web.Features.Queue.QueueRow("p-1", "t", null, null, Dashboard.Core.Format.ScoreValues.None, "drafted", "1.0.0", null, 0, null, 0, 0, RowVersion: 3, Assignee: null, StatusSinceUtc: default);
        var selection = new HashSet<Dashboard.Web.Features.Queue.QueueRow>(QueueRowsBySourceId.Instance) { row };

        selection.Add(row with { RowVersion = 4 });

        Assert.Equal(3, Assert.Single(selection).RowVersion);
    }
}
