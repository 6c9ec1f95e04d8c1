using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

public class TruncationTests
{
    [Fact]
    public void File_without_similar_posts_line_is_rejected_as_truncated()
    {
        var text = Samples.Text[..Samples.Text.LastIndexOf("\n\nSimilar Posts", StringComparison.Ordinal)];

        var errors = ParseAssert.Rejects(text);

        var lastLine = text.Split('\n').Length;
        ParseAssert.Single(errors, lastLine, "looks truncated", "Similar Posts");
    }

    [Fact]
    public void File_cut_in_the_middle_of_the_last_line_is_rejected_as_truncated()
    {
        var errors = ParseAssert.Rejects(Samples.Text[..^4]);

        ParseAssert.Single(errors, Samples.Text.Split('\n').Length, "looks truncated", "\"Similar P\"");
    }

    [Fact]
    public void File_without_meta_marker_is_rejected_as_truncated()
    {
        var text = Samples.Text[..Samples.Text.IndexOf("alphanode post meta", StringComparison.Ordinal)];

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, text.TrimEnd('\n').Split('\n').Length, "looks truncated", "alphanode post meta");
    }

    [Fact]
    public void File_cut_right_after_the_marker_is_rejected_as_truncated()
    {
        var text = Samples.Text[..(Samples.Text.IndexOf("alphanode post meta", StringComparison.Ordinal) + "alphanode post meta".Length)];

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(Samples.Text, "alphanode post meta"), "looks truncated");
    }

    [Fact]
    public void Title_alone_is_rejected_as_truncated()
    {
        var errors = ParseAssert.Rejects("just a title");

        ParseAssert.Single(errors, 1, "looks truncated");
    }
}
