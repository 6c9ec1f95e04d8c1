using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Tests.Queue;

/// <summary>The column list and a reviewer's layout of it: what is kept, what is dropped, how columns move.</summary>
public sealed class QueueLayoutTests
{
    [Fact]
    public void Default_layout_puts_the_revision_state_right_after_the_title_and_hides_topic()
    {
        var columns = QueueLayout.Default.Columns;

        Assert.Equal(["title", "status", "version", "lastreviewed"], columns.Take(4));
        Assert.DoesNotContain("topic", columns);
        Assert.All(QueueColumns.All.Where(c => c.Sort is { } sort), c => Assert.Equal(c.Sort!.Value, QueueSort.Find(c.Sort.Value.Name)));
        Assert.Equal(QueueColumns.All.Count, QueueColumns.All.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public void Parse_keeps_known_columns_in_their_order_drops_unknown_ones_and_always_keeps_the_title()
    {
        var layout = QueueLayout.Parse("quality, nonsense,status,quality", "comfortable");

        Assert.Equal(["title", "quality", "status"], layout.Columns);
        Assert.Equal(QueueDensity.Comfortable, layout.Density);
        Assert.Equal(QueueLayout.Default, QueueLayout.Parse("", "what"));
        Assert.Equal(QueueLayout.Default.Columns, QueueLayout.Parse("nothing,known", null).Columns);
    }

    [Fact]
    public void Toggle_shows_a_hidden_column_at_the_end_hides_a_shown_one_and_never_hides_the_title()
    {
        var layout = QueueLayout.Parse("title,status", null);

        Assert.Equal(["title", "status", "topic"], layout.Toggle("topic").Columns);
        Assert.Equal(["title"], layout.Toggle("status").Columns);
        Assert.Equal(layout, layout.Toggle("title"));
        Assert.Equal(layout, layout.Toggle("no-such-column"));
    }

    [Fact]
    public void Move_shifts_a_shown_column_within_the_shown_ones()
    {
        var layout = QueueLayout.Parse("title,status,version,quality", null);

        Assert.Equal(["title", "version", "status", "quality"], layout.Move("version", -1).Columns);
        Assert.Equal(["title", "status", "version", "quality"], layout.Move("quality", 5).Columns);
        Assert.Equal(["status", "title", "version", "quality"], layout.Move("status", -3).Columns);
        Assert.Equal(layout, layout.Move("topic", 1));
        Assert.Equal(["title", "status", "version", "quality"], layout.Ordered.Take(4).Select(c => c.Key));
        Assert.Equal(QueueColumns.All.Count, layout.Ordered.Count);
    }
}
