using Dashboard.Core.Format;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

public class WriterTests
{
    [Fact]
    public void Output_is_canonical_lf_no_bom_no_final_newline()
    {
        var bytes = PostWriter.WriteUtf8(PostBuilder.FromSample().Build());

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.NotEqual((byte)'\n', bytes[^1]);
    }

    [Fact]
    public void Entries_missing_from_order_are_written_in_canonical_order_after_the_ordered_ones()
    {
        var post = PostBuilder.FromSample()
            .WithMeta(meta => meta with { Order = [MetaLabels.Payload, "?0"], Unknown = [new UnknownMetaEntry("editorsam", [])] })
            .Build();

        var text = PostWriter.Write(post);

        var meta = text[(text.IndexOf("alphanode post meta\n\n", StringComparison.Ordinal) + 21)..];
        Assert.StartsWith("payload\n  • source id: alphanode-002829\n", meta);
        Assert.Contains("seed: 2829\neditorsam\ntopicdocumenting", meta);
        Assert.Equal(text, PostWriter.Write(ParseAssert.Accepts(text)));
    }

    [Fact]
    public void Unknown_entries_not_in_order_are_still_written_at_the_end()
    {
        var post = PostBuilder.FromSample()
            .WithMeta(meta => meta with { Unknown = [new UnknownMetaEntry("editorsam", ["  • x"])] })
            .Build();

        Assert.EndsWith("editorsam\n  • x\n\nSimilar Posts", PostWriter.Write(post));
    }

    [Fact]
    public void Bogus_order_keys_are_ignored()
    {
        var post = PostBuilder.FromSample().WithMeta(meta => meta with { Order = ["?9", "?x", "nonsense", "?-1"] }).Build();

        Assert.Equal(Samples.Text, PostWriter.Write(post));
    }

    [Fact]
    public void Map_extras_and_outline_are_written_as_key_value_items()
    {
        var post = PostBuilder.FromSample()
            .WithMeta(meta => meta with
            {
                AiOutline = [new MetaPair("context", "a: b")],
                Flags = meta.Flags! with { Extra = [new MetaPair("pinned", "1")] },
                Revision = meta.Revision! with { Extra = [new MetaPair("editor", "sam")] },
                Payload = meta.Payload! with { Extra = [new MetaPair("batch", "7")] },
            })
            .Build();

        var text = ParseAssert.WritesStably(post);

        Assert.Contains("ai outline\n  • context: a: b\nai brief", text);
        Assert.Contains("  • needs human review: 1\n  • pinned: 1\n", text);
        Assert.Contains("  • last reviewed: 2018-01-07\n  • editor: sam\n", text);
        Assert.Contains("  • seed: 2829\n  • batch: 7\n", text);
    }
}
