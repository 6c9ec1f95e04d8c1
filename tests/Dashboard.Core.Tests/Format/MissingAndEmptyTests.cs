using Dashboard.Core.Format;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

public class MissingAndEmptyTests
{
    [Fact]
    public void Empty_list_is_accepted_as_an_empty_list_and_written_as_the_label_alone()
    {
        var text = Samples.EmptyEntry(Samples.Text, "tools");

        var post = ParseAssert.Accepts(text);

        Assert.NotNull(post.Meta.Tools);
        Assert.Empty(post.Meta.Tools);
        Assert.Contains("\npython\ntools\ncode languagepython\n", PostWriter.Write(post).Replace("  • ", string.Empty));
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Theory]
    [InlineData("ai outline")]
    [InlineData("stack")]
    [InlineData("notes")]
    [InlineData("entities")]
    [InlineData("image sources")]
    public void Every_empty_list_or_map_round_trips(string label)
    {
        var text = Samples.EmptyEntry(Samples.Text, label);

        var post = ParseAssert.Accepts(text);

        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void Scalar_label_with_no_value_is_an_empty_value()
    {
        var text = Samples.ReplaceLine(Samples.Text, "topic", "topic");

        var post = ParseAssert.Accepts(text);

        Assert.Equal(string.Empty, post.Meta.Topic);
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Theory]
    [InlineData("topic")]
    [InlineData("summary")]
    [InlineData("ai outline")]
    [InlineData("stack")]
    [InlineData("reading time")]
    [InlineData("view count")]
    [InlineData("score")]
    [InlineData("revision")]
    [InlineData("hash")]
    [InlineData("flags")]
    [InlineData("checklist")]
    [InlineData("entities")]
    [InlineData("image sources")]
    [InlineData("notes")]
    public void Missing_optional_entry_is_null_and_stays_missing_when_written(string label)
    {
        var text = Samples.RemoveEntry(Samples.Text, label);

        var post = ParseAssert.Accepts(text);

        Assert.DoesNotContain(label, post.Meta.Order);
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void Missing_entries_read_as_null()
    {
        var text = Samples.RemoveEntry(Samples.RemoveEntry(Samples.Text, "view count"), "revision");

        var post = ParseAssert.Accepts(text);

        Assert.Null(post.Meta.ViewCount);
        Assert.Null(post.Meta.Revision);
    }

    [Fact]
    public void Missing_payload_is_an_error_because_the_source_id_is_the_identity()
    {
        var text = Samples.RemoveEntry(Samples.Text, "payload");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "alphanode post meta"), "no \"payload\"", "source id");
    }

    [Fact]
    public void Payload_without_source_id_is_an_error()
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • source id: ");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "payload"), "payload has no \"source id\"");
    }

    [Fact]
    public void Empty_source_id_is_an_error()
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • source id: ", "  • source id: ");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "  • source id"), "payload \"source id\" is empty");
    }

    [Fact]
    public void Payload_with_only_a_source_id_is_accepted()
    {
        var text = Samples.RemoveEntry(Samples.Text, "payload");
        text = Samples.InsertBefore(text, "notes", "payload", "  • source id: alphanode-000001");

        var post = ParseAssert.Accepts(text);

        Assert.Equal(new Payload("alphanode-000001", null, null, null, null), post.Meta.Payload! with { Extra = [] });
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void Revision_without_last_reviewed_is_accepted()
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • last reviewed: ");

        var post = ParseAssert.Accepts(text);

        Assert.Null(post.Meta.Revision!.LastReviewed);
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void Score_missing_a_key_is_an_error_naming_it()
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • depth: ");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "score"), "score has no \"depth\"", "quality, freshness, depth and clarity");
    }

    [Fact]
    public void Flags_missing_needs_human_review_is_an_error_rather_than_a_silent_zero()
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • needs human review: ");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "flags"), "flags has no \"needs human review\"");
    }

    [Fact]
    public void Record_missing_a_key_is_an_error_on_the_record_line()
    {
        var text = Samples.ReplaceLine(Samples.Text, "    • type: area");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "    • name: backend"), "entities record starting here has no \"type\"");
    }

    [Fact]
    public void Empty_title_is_an_error()
    {
        var errors = ParseAssert.Rejects("\n" + Samples.Text);

        ParseAssert.Single(errors, 1, "title is empty");
    }
}
