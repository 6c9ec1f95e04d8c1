using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Text;

public class WordDiffTests
{
    private static string Side(IEnumerable<WordRun> runs) => string.Join(' ', runs.Select(r => r.Text));

    private static string Marked(WordDiffResult diff) => string.Join(' ', diff.Runs.Select(r => r.Change switch
    {
        WordChange.Removed => $"[-{r.Text}-]",
        WordChange.Added => $"{{+{r.Text}+}}",
        _ => r.Text,
    }));

    [Fact]
    public void Identical_texts_are_one_run_of_the_same_words_whatever_the_spacing()
    {
        var diff = WordDiff.Compare("a change  another developer\ncan inspect", "a change another developer can inspect");

        Assert.Equal([new WordRun(WordChange.Same, "a change another developer can inspect")], diff.Runs);
        Assert.False(diff.GaveUp);
    }

    [Theory]
    [InlineData("the quick brown fox", "the slow brown fox", "the [-quick-] {+slow+} brown fox")]
    [InlineData("keep the steps focused", "keep the steps focused on production work", "keep the steps focused {+on production work+}")]
    [InlineData("first second third fourth", "second third", "[-first-] second third [-fourth-]")]
    [InlineData("", "added words", "{+added words+}")]
    [InlineData("removed words", "", "[-removed words-]")]
    [InlineData("a b c a b b a", "c b a b a c", "[-a b-] c {+b+} a b [-b-] a {+c+}")]
    public void Changes_are_the_fewest_words_removed_and_added(string before, string after, string expected) =>
        Assert.Equal(expected, Marked(WordDiff.Compare(before, after)));

    [Fact]
    public void Each_side_reads_back_as_its_own_text()
    {
        const string before = "monitoring should answer simple questions quickly: is the service up, is it slow";
        const string after = "monitoring must answer simple questions fast: is the service up, is it slow, are jobs failing";

        var diff = WordDiff.Compare(before, after);

        Assert.Equal(before, Side(diff.Before));
        Assert.Equal(after, Side(diff.After));
        // The fewest edits: should/must, quickly:/fast: and slow/slow, each a word out and one in, and three words added.
        Assert.Equal(9, diff.Runs.Where(r => r.Change != WordChange.Same).Sum(r => r.Text.Split(' ').Length));
    }

    [Fact]
    public void Two_long_unrelated_texts_beyond_the_bound_are_shown_as_wholly_different()
    {
        var before = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"a{i}"));
        var after = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"b{i}"));

        var diff = WordDiff.Compare($"same start {before} same end", $"same start {after} same end", maxEdits: 50);

        Assert.True(diff.GaveUp);
        Assert.Equal([WordChange.Same, WordChange.Removed, WordChange.Added, WordChange.Same], diff.Runs.Select(r => r.Change));
        Assert.Equal($"same start {before} same end", Side(diff.Before));
        Assert.Equal($"same start {after} same end", Side(diff.After));
    }

    [Fact]
    public void A_near_copy_of_a_long_article_is_found_exactly_within_the_default_bound()
    {
        var words = Enumerable.Range(0, 4000).Select(i => $"w{i % 97}").ToArray();
        var copy = words.Select((w, i) => i % 50 == 0 ? $"changed{i}" : w).ToArray();

        var diff = WordDiff.Compare(string.Join(' ', words), string.Join(' ', copy));

        Assert.False(diff.GaveUp);
        Assert.Equal(80, diff.Runs.Where(r => r.Change == WordChange.Added).Sum(r => r.Text.Split(' ').Length));
        Assert.Equal(string.Join(' ', copy), Side(diff.After));
    }
}
