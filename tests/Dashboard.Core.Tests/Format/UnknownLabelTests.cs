using Dashboard.Core.Format;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

public class UnknownLabelTests
{
    [Fact]
    public void Unknown_scalar_is_kept_verbatim_in_place_and_round_trips()
    {
        var text = Samples.InsertBefore(Samples.Text, "hash", "canonical urlhttps://alphanode.example/posts/2829");

        var post = ParseAssert.Accepts(text);

        var entry = Assert.Single(post.Meta.Unknown);
        Assert.Equal("canonical urlhttps://alphanode.example/posts/2829", entry.Line);
        Assert.Empty(entry.ItemLines);
        Assert.Equal("?0", post.Meta.Order[post.Meta.Order.ToList().IndexOf(MetaLabels.Hash) - 1]);
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void Unknown_list_and_record_entries_keep_their_item_lines()
    {
        var text = Samples.InsertBefore(
            Samples.Text,
            "topic",
            "related posts",
            "  • alphanode-000001",
            "editor",
            "    • name: sam",
            "    • role: reviewer",
            "\t- odd indent kept too");

        var post = ParseAssert.Accepts(text);

        Assert.Equal(2, post.Meta.Unknown.Count);
        Assert.Equal(["  • alphanode-000001"], post.Meta.Unknown[0].ItemLines);
        Assert.Equal(["    • name: sam", "    • role: reviewer", "\t- odd indent kept too"], post.Meta.Unknown[1].ItemLines);
        Assert.Equal(["?0", "?1", MetaLabels.Topic], post.Meta.Order.Take(3));
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void Label_that_starts_like_a_scalar_label_but_has_items_is_unknown()
    {
        var text = Samples.InsertBefore(Samples.Text, "hash", "hashtags", "  • #python", "  • #ops");

        var post = ParseAssert.Accepts(text);

        Assert.Equal("2794a8d0d676054666b27ef2", post.Meta.Hash);
        Assert.Equal("hashtags", Assert.Single(post.Meta.Unknown).Line);
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void Line_that_starts_with_a_scalar_label_is_that_scalar_because_labels_are_glued()
    {
        // "topics covered" cannot be told from topic = "s covered": the glued format decides.
        var text = Samples.ReplaceLine(Samples.Text, "topic", "topics covered");

        var post = ParseAssert.Accepts(text);

        Assert.Equal("s covered", post.Meta.Topic);
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void Summary_is_not_confused_with_a_similar_unknown_label()
    {
        var text = Samples.InsertBefore(Samples.Text, "summary", "sum total42");

        var post = ParseAssert.Accepts(text);

        Assert.StartsWith("this ai-style technical summary", post.Meta.Summary);
        Assert.Equal("sum total42", Assert.Single(post.Meta.Unknown).Line);
    }

    [Fact]
    public void Scalar_label_alone_with_items_below_is_an_error()
    {
        var text = Samples.ReplaceLine(Samples.Text, "topic", "topic", "  • documenting production defaults");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "topic"), "\"topic\" takes its value on the same line");
    }

    [Fact]
    public void Unknown_keys_in_maps_are_kept_in_extra_and_written_after_the_known_keys()
    {
        var text = Samples.InsertBefore(Samples.Text, "  • freshness: ", "  • originality: 55");

        var post = ParseAssert.Accepts(text);

        Assert.Equal([new MetaPair("originality", "55")], post.Meta.Score!.Extra);
        var written = PostWriter.Write(post);
        Assert.Contains("  • clarity: 74\n  • originality: 55\nrevision", written);
        Assert.Equal(written, PostWriter.Write(ParseAssert.Accepts(written)));
    }

    [Fact]
    public void Unknown_key_in_a_record_is_an_error_naming_the_keys_records_have()
    {
        var text = Samples.InsertBefore(Samples.Text, "    • type: stack", "    • weight: 3");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "    • weight"), "entities record has an unknown key \"weight\"", "name and type");
    }
}
