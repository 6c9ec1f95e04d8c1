using Dashboard.Core.Review;

namespace Dashboard.Core.Tests.Review;

public sealed class ChecklistMergeTests
{
    [Fact]
    public void Items_both_have_line_up_and_a_reworded_item_faces_its_rewording()
    {
        var rows = ChecklistMerge.Pair(["one", "two, mine", "three"], ["one", "two, theirs", "three"]);

        Assert.Equal(
            [new ChecklistMergeRow("one", "one"), new ChecklistMergeRow("two, mine", "two, theirs"), new ChecklistMergeRow("three", "three")],
            rows);
        Assert.Equal([false, true, false], rows.Select(r => r.Differs));
    }

    [Fact]
    public void An_item_only_one_side_has_is_a_row_of_its_own_after_the_items_before_it()
    {
        var rows = ChecklistMerge.Pair(["one", "mine only", "two"], ["theirs first", "one", "two", "theirs last"]);

        Assert.Equal(
            [
                new ChecklistMergeRow(null, "theirs first"),
                new ChecklistMergeRow("one", "one"),
                new ChecklistMergeRow("mine only", null),
                new ChecklistMergeRow("two", "two"),
                new ChecklistMergeRow(null, "theirs last"),
            ],
            rows);
    }

    [Fact]
    public void Choosing_per_row_keeps_mine_takes_theirs_and_leaves_out_what_the_chosen_side_lacks()
    {
        var rows = ChecklistMerge.Pair(["one", "two, mine", "mine only"], ["one", "two, theirs", "theirs only"]);

        var merged = ChecklistMerge.Apply(rows, [MergeChoice.Mine, MergeChoice.Theirs, MergeChoice.Mine]);

        // "mine only" and "theirs only" pair up in one row: keeping mine leaves theirs out.
        Assert.Equal(["one", "two, theirs", "mine only"], merged);
        Assert.Equal(["one", "two, mine", "mine only"], ChecklistMerge.Apply(rows, [.. rows.Select(_ => MergeChoice.Mine)]));
        Assert.Equal(["one", "two, theirs", "theirs only"], ChecklistMerge.Apply(rows, [.. rows.Select(_ => MergeChoice.Theirs)]));
    }

    [Fact]
    public void A_choice_per_row_is_required()
    {
        var rows = ChecklistMerge.Pair(["a"], ["b"]);

        Assert.Throws<ArgumentException>(() => ChecklistMerge.Apply(rows, []));
    }
}
