using Dashboard.Core.Format;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

/// <summary>The score descriptors against the format model: each reads its own key, in the file's order.</summary>
public class ScoreFieldTests
{
    [Fact]
    public void Each_score_reads_the_value_its_key_carries_in_the_file()
    {
        // A different value per score, so a descriptor wired to another score's slot shows.
        var text = Samples.Text;
        var expected = ScoreFields.All.Select((score, i) => (score, Value: 11 + (i * 13))).ToList();
        foreach (var (score, value) in expected)
        {
            text = Samples.ReplaceLine(text, $"  • {score.Name}: ", $"  • {score.Name}: {value}");
        }

        var scores = ParseAssert.Accepts(text).Meta.Score!;

        var values = ScoreValues.From(scores);
        Assert.All(expected, e => Assert.Equal(e.Value, e.score.Read(scores)));
        Assert.All(expected, e => Assert.Equal(e.Value, values[e.score]));
    }

    [Fact]
    public void The_writer_lists_the_scores_in_the_order_of_the_descriptors()
    {
        var written = PostWriter.Write(ParseAssert.Accepts(Samples.Text));

        var lines = written.Split('\n').SkipWhile(l => l != MetaLabels.Score).Skip(1).Take(ScoreFields.All.Count);
        Assert.Equal(ScoreFields.All.Select(s => s.Name), lines.Select(l => l.TrimStart(' ', '•').Split(':')[0]));
    }

    [Fact]
    public void Every_score_has_a_distinct_name_and_a_range_within_the_format()
    {
        Assert.Equal(ScoreFields.All.Count, ScoreFields.All.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ScoreFields.All, s => Assert.InRange(s.Min, 0, s.Max));
        Assert.All(ScoreFields.All, s => Assert.Same(s, ScoreFields.Find(s.Name.ToUpperInvariant())));
        Assert.Null(ScoreFields.Find("originality"));
    }

    [Fact]
    public void A_range_below_zero_or_upside_down_is_refused_when_the_score_is_described()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreField("accuracy", "Accuracy", -1, 100, s => s.Quality));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreField("accuracy", "Accuracy", 50, 10, s => s.Quality));
    }
}
