using Dashboard.Core.Format;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

public class BodyTests
{
    private static IReadOnlyList<BodyBlock> BodyOf(params string[] lines)
    {
        var text = "title\n\n" + string.Join('\n', lines) + "\n\nalphanode post meta\n\npayload\n  • source id: alphanode-000001\n\nSimilar Posts";
        return ParseAssert.Accepts(text).Body;
    }

    [Fact]
    public void Markup_and_script_in_text_fields_are_kept_verbatim()
    {
        const string script = "<script>alert(1)</script>";
        const string image = "<img src=x onerror=alert(1)> images load from the cdn.";
        var text = Samples.ReplaceLine(Samples.Text, "summary", "summary" + script);
        text = Samples.ReplaceLine(text, "production checks", image);
        text = Samples.ReplaceLine(text, "ai brief", "ai brief[read more](javascript:alert(1))");

        var post = ParseAssert.Accepts(text);

        Assert.Equal(script, post.Meta.Summary);
        Assert.Contains(post.Body, b => b is Paragraph { Text: image });
        Assert.Equal("[read more](javascript:alert(1))", post.Meta.AiBrief);
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void Short_line_without_final_period_is_a_heading_and_a_sentence_is_a_paragraph()
    {
        var body = BodyOf("rollout notes", string.Empty, "ship it.", string.Empty, "what changed?");

        Assert.Equal([new Heading("rollout notes"), new Paragraph("ship it."), new Heading("what changed?")], body);
    }

    [Fact]
    public void Long_line_without_final_period_is_a_paragraph()
    {
        var line = new string('x', 81);

        Assert.Equal([new Paragraph(line)], BodyOf(line));
    }

    [Fact]
    public void Figure_needs_its_alt_text_repeated_before_image_source()
    {
        var body = BodyOf("a chart", "a chart. image source: pexels", string.Empty, "a chart", "another. image source: pexels");

        Assert.Equal(new Figure("a chart", "pexels"), body[0]);
        Assert.Equal([new Heading("a chart"), new Heading("another. image source: pexels")], body.Skip(1));
    }

    [Fact]
    public void Lines_without_blank_between_become_separate_blocks_and_are_written_apart()
    {
        var text = Samples.Text.Replace("production checks\n\n", "production checks\n");

        var post = ParseAssert.Accepts(text);

        Assert.Equal(Samples.Text, PostWriter.Write(post));
    }

    [Fact]
    public void Extra_blank_lines_between_blocks_are_accepted_and_written_as_one()
    {
        var text = Samples.Text.Replace("final notes\n\n", "final notes\n\n\n \n");

        var post = ParseAssert.Accepts(text);

        Assert.Equal(Samples.Text, PostWriter.Write(post));
    }

    [Fact]
    public void Bullet_lines_split_by_a_blank_line_are_one_list()
    {
        var body = BodyOf("  • one", string.Empty, "  • two");

        var list = Assert.IsType<BulletList>(Assert.Single(body));
        Assert.Equal(["one", "two"], list.Items);
    }

    [Fact]
    public void Indented_line_that_is_not_a_bullet_is_kept_as_a_paragraph()
    {
        var body = BodyOf("    • deeper", string.Empty, "\tcode sample");

        Assert.Equal([new Paragraph("    • deeper"), new Paragraph("\tcode sample")], body);
    }

    [Fact]
    public void Post_with_no_body_blocks_round_trips()
    {
        const string text = "title\n\nalphanode post meta\n\npayload\n  • source id: alphanode-000001\n\nSimilar Posts";

        var post = ParseAssert.Accepts(text);

        Assert.Empty(post.Body);
        Assert.Equal(text, PostWriter.Write(post));
    }
}
