using Dashboard.Core.Format;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

public class SampleTests
{
    private static Post Sample()
    {
        var result = PostParser.Parse(Samples.Bytes);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Post;
    }

    [Fact]
    public void Sample_round_trips_byte_for_byte()
    {
        var written = PostWriter.WriteUtf8(Sample());

        Assert.Equal(Samples.Bytes, written);
    }

    [Fact]
    public void Sample_round_trips_through_every_writer_output()
    {
        var post = Sample();
        var stream = new MemoryStream();
        var textWriter = new StringWriter();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();

        PostWriter.Write(post, stream);
        PostWriter.Write(post, textWriter);
        PostWriter.Write(post, buffer);

        Assert.Equal(Samples.Bytes, stream.ToArray());
        Assert.Equal(Samples.Text, textWriter.ToString());
        Assert.Equal(Samples.Bytes, buffer.WrittenSpan.ToArray());
        Assert.Equal(Samples.Text, PostWriter.Write(post));
    }

    [Fact]
    public void Sample_parses_the_same_from_text_bytes_and_stream()
    {
        var fromText = PostParser.Parse(Samples.Text);
        var fromStream = PostParser.Parse(new MemoryStream(Samples.Bytes));

        Assert.Equal(Samples.Text, PostWriter.Write(fromText.Post!));
        Assert.Equal(Samples.Text, PostWriter.Write(fromStream.Post!));
    }

    [Fact]
    public async Task Sample_parses_from_a_stream_asynchronously()
    {
        var result = await PostParser.ParseAsync(new MemoryStream(Samples.Bytes), TestContext.Current.CancellationToken);

        Assert.Equal("alphanode-002829", result.Post?.SourceId);
    }

    [Fact]
    public void Sample_title_and_body_blocks_are_read()
    {
        var post = Sample();

        Assert.Equal("production checklist for documenting production defaults in python services", post.Title);
        Assert.Collection(
            post.Body,
            b => Assert.StartsWith("a reliable python services setup", Assert.IsType<Paragraph>(b).Text),
            b =>
            {
                var figure = Assert.IsType<Figure>(b);
                Assert.Equal("documenting production defaults with python services visual reference 1", figure.AltText);
                Assert.Equal("unsplash", figure.Source);
            },
            b => Assert.Equal("production checks", Assert.IsType<Heading>(b).Text),
            b => Assert.StartsWith("monitoring should answer", Assert.IsType<Paragraph>(b).Text),
            b => Assert.StartsWith("database changes need extra care.", Assert.IsType<Paragraph>(b).Text),
            b => Assert.EndsWith("rollback note in the same place.", Assert.IsType<Paragraph>(b).Text),
            b => Assert.Equal("implementation checklist", Assert.IsType<Heading>(b).Text),
            b => Assert.Equal(
                ["run linting", "run unit tests", "run one integration check", "verify staging config", "tag the release"],
                Assert.IsType<BulletList>(b).Items),
            b => Assert.Equal("final notes", Assert.IsType<Heading>(b).Text),
            b => Assert.StartsWith("the best result is not only", Assert.IsType<Paragraph>(b).Text));
        Assert.Equal(5, post.Body.OfType<Paragraph>().Count());
    }

    [Fact]
    public void Sample_scalar_entries_are_read()
    {
        var meta = Sample().Meta;

        Assert.Equal("documenting production defaults / python services", meta.Topic);
        Assert.StartsWith("this ai-style technical summary explains documenting production defaults", meta.Summary);
        Assert.StartsWith("the article is written like a careful ai generated engineering draft", meta.AiBrief);
        Assert.Equal("python", meta.CodeLanguage);
        Assert.Equal("intermediate", meta.Difficulty);
        Assert.Equal(6, meta.ReadingTime);
        Assert.Equal(122657L, meta.ViewCount);
        Assert.Equal("anp-ref-002829-7966", meta.Reference);
        Assert.Equal("2794a8d0d676054666b27ef2", meta.Hash);
    }

    [Fact]
    public void Sample_lists_and_outline_are_read()
    {
        var meta = Sample().Meta;

        Assert.Equal(
            [
                new MetaPair("context", "for a content heavy programming website"),
                new MetaPair("problem", "documenting production defaults"),
                new MetaPair("stack", "python services"),
                new MetaPair("recommended action", "measure first, change carefully, document the result"),
            ],
            meta.AiOutline);
        Assert.Equal(["python services", "backend", "python"], meta.Stack);
        Assert.Equal(["fastapi", "pytest", "uvicorn", "ruff", "git", "logs"], meta.Tools);
        Assert.Equal(["run linting", "run unit tests", "run one integration check", "verify staging config", "tag the release"], meta.Checklist);
        Assert.Equal(3, meta.Notes!.Count);
        Assert.Equal("view count is synthetic and only used for testing meta volume", meta.Notes[1]);
    }

    [Fact]
    public void Sample_maps_are_read()
    {
        var meta = Sample().Meta;

        Assert.Equal(new Scores(87, 70, 71, 74), meta.Score! with { Extra = [] });
        Assert.Empty(meta.Score.Extra);
        Assert.Equal("drafted", meta.Revision!.Status);
        Assert.Equal(new SemVersion(1, 5, 3), meta.Revision.Version);
        Assert.Equal(new DateOnly(2018, 1, 7), meta.Revision.LastReviewed);
        Assert.Equal((true, true, false, true), (meta.Flags!.AiGeneratedStyle, meta.Flags.HasImages, meta.Flags.ImageHeavy, meta.Flags.NeedsHumanReview));
        Assert.Equal("alphanode-002829", meta.Payload!.SourceId);
        Assert.Equal("anp content synthesizer", meta.Payload.Generator);
        Assert.Equal(4, meta.Payload.Paragraphs);
        Assert.Equal("for a content heavy programming website", meta.Payload.Scenario);
        Assert.Equal(2829L, meta.Payload.Seed);
    }

    [Fact]
    public void Sample_records_are_read()
    {
        var meta = Sample().Meta;

        Assert.Equal(
            [new Entity("python services", "stack"), new Entity("backend", "area"), new Entity("documenting production defaults", "problem")],
            meta.Entities);
        var image = Assert.Single(meta.ImageSources!);
        Assert.Equal("unsplash", image.Source);
        Assert.Equal("https://images.unsplash.com/photo-1498050108023-c5249f4df085?auto=format&fit=crop&w=1200&q=80", image.Url);
        Assert.Equal("documenting production defaults with python services visual reference 1", image.Caption);
    }

    [Fact]
    public void Sample_order_is_the_canonical_order_and_nothing_is_unknown()
    {
        var post = Sample();

        Assert.Equal(MetaLabels.Canonical, post.Meta.Order);
        Assert.Empty(post.Meta.Unknown);
        Assert.Equal("alphanode-002829", post.SourceId);
    }
}
