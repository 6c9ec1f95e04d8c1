using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;

namespace Dashboard.Core.Tests.Checks;

/// <summary>Each failure names the place it is about, and its line is the stored document's line.</summary>
public class CheckPlaceTests
{
    private static readonly PostGenerator Generator = new(new GeneratorOptions { Seed = 23 });

    private static (Post Post, CheckResult Result) Fail(Check check, int index = 4)
    {
        var failing = Generator.GenerateFailing(index, check, CheckRun.Today);
        return (failing.Post, Assert.Single(CheckRun.Run(failing)));
    }

    [Fact]
    public void Checklist_mismatch_points_at_the_articles_list_and_the_first_differing_item()
    {
        var (post, result) = Fail(Check.ChecklistMismatch);

        var heading = CheckRun.LineIs(post, "implementation checklist");
        Assert.Equal(new CheckPlace(MetaLabels.Checklist, Item: post.Meta.Checklist!.Count + 1, Line: heading + 2), result.Place);
        Assert.Contains($"line {heading + 2}", result.Message);
        Assert.Contains("\"deploy on a friday evening\"", result.Message);
    }

    [Fact]
    public void Caption_mismatch_points_at_the_figures_line_and_its_image_source()
    {
        var (post, result) = Fail(Check.CaptionSource);

        var line = CheckRun.LineIs(post, post.Body.OfType<Figure>().First().AltText);
        Assert.Equal(new CheckPlace(MetaLabels.ImageSources, Item: 1, Line: line), result.Place);
        Assert.StartsWith($"the figure on line {line} is captioned", result.Message);
        Assert.Contains("but image source 1 says", result.Message);
    }

    [Fact]
    public void Repeated_sentences_point_at_the_line_of_the_first_repeat()
    {
        var (post, result) = Fail(Check.RepeatedSentences);

        var last = post.Body.OfType<Paragraph>().Last();
        Assert.Equal(CheckRun.LineIs(post, last.Text), result.Place.Line);
        Assert.Contains("\"keep it small.\"", result.Message);
        Assert.Contains("Checks:MaxRepeatedSentenceShare", result.Message);
    }

    [Fact]
    public void Repeated_trigrams_point_at_the_line_of_the_first_repeat()
    {
        var (post, result) = Fail(Check.RepeatedTrigrams);

        Assert.Equal(CheckRun.LineIs(post, post.Body.OfType<Paragraph>().Last().Text), result.Place.Line);
        Assert.Contains("Checks:MaxRepeatedTrigramShare", result.Message);
    }

    [Theory]
    [InlineData("paragraphs-mismatch", "payload", "paragraphs")]
    [InlineData("images-mismatch", "flags", "has images")]
    [InlineData("last-reviewed-stale", "revision", "last reviewed")]
    [InlineData("last-reviewed-future", "revision", "last reviewed")]
    [InlineData("version-backwards", "revision", "version")]
    [InlineData("status-flags", "revision", "status")]
    [InlineData("provenance-mismatch", "reference", null)]
    [InlineData("reading-time", "reading time", null)]
    [InlineData("image-https", "image sources", "url")]
    [InlineData("image-host", "image sources", "url")]
    [InlineData("image-caption", "image sources", "caption")]
    public void Meta_failures_name_their_field(string id, string field, string? key)
    {
        var (_, result) = Fail(Check.Find(id)!);

        Assert.Equal(field, result.Place.Field);
        Assert.Equal(key, result.Place.Key);
    }

    [Fact]
    public void Block_lines_are_the_lines_the_writer_puts_them_on()
    {
        var posts = new PostGenerator(new GeneratorOptions { Seed = 9, AwkwardShare = 0.5 }).Generate(200).Select(f => f.Post)
            .Append(Generator.GenerateFailing(2, Check.ChecklistMismatch, CheckRun.Today).Post);
        foreach (var post in posts)
        {
            var lines = PostWriter.Write(post).Split('\n');
            for (var i = 0; i < post.Body.Count; i++)
            {
                var line = lines[ArticleLayout.LineOf(post, i) - 1];
                var expected = post.Body[i] switch
                {
                    Paragraph p => p.Text,
                    Heading h => h.Text,
                    Figure f => f.AltText,
                    // Under the checklist heading the writer shows the meta's list.
                    BulletList l when i > 0 && post.Body[i - 1] is Heading { Text: "implementation checklist" } => "  • " + post.Meta.Checklist![0],
                    BulletList l => "  • " + l.Items[0],
                    _ => throw new InvalidOperationException(),
                };
                Assert.Equal(expected, line);
            }
        }
    }
}
