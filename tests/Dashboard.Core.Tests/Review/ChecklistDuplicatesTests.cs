using Dashboard.Core.Review;

namespace Dashboard.Core.Tests.Review;

public sealed class ChecklistDuplicatesTests
{
    [Fact]
    public void An_item_repeating_an_earlier_one_whatever_its_case_and_spacing_names_the_first()
    {
        var repeats = ChecklistDuplicates.Find(["Check the indexes", "add a rollback", "check  the indexes ", "Add a rollback", "check the indexes"]);

        Assert.Equal(new Dictionary<int, int> { [2] = 0, [3] = 1, [4] = 0 }, repeats);
    }

    [Fact]
    public void Distinct_items_and_empty_ones_are_not_repeats()
    {
        Assert.Empty(ChecklistDuplicates.Find(["one", "", "  ", "two", "one more"]));
    }
}
