using Dashboard.Web.Features.Queue;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Queue;

/// <summary>
/// The search box splits words the same way on both providers: at every character that is not a
/// letter or digit, ignoring accents, each term a word prefix. (PostgreSQL's own parser keeps
/// "asp.net" or "node.js" whole and keeps accents; SQLite's FTS5 index does neither.)
/// </summary>
public class SearchWordsTests
{
    private const string Title = "Scaling ASP.NET services behind node.js workers for the café crowd";

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("scal")]
    [InlineData("SCALING")]
    [InlineData("net")]
    [InlineData("asp net")]
    [InlineData("js")]
    [InlineData("node")]
    [InlineData("cafe")]
    [InlineData("café")]
    [InlineData("CAF")]
    public async Task Search_finds_a_post_by_a_word_prefix_split_at_punctuation_and_ignoring_accents(string search)
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ImportAsync([TestFiles.FromText("post.txt", TestFiles.ReplaceLine(TestFiles.SampleText, "production checklist for", Title))]);

        var found = await db.Get<QueueQuery>().GetSourceIdsAsync(new QueueFilter { ShowAll = true, Search = search }, 10, Cancel);

        Assert.Equal([TestFiles.SampleSourceId], found);
    }

    [Theory]
    [InlineData("caling")]
    [InlineData("aspnet")]
    [InlineData("zeppelin")]
    public async Task Search_does_not_find_a_post_by_the_middle_of_a_word_or_a_missing_word(string search)
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ImportAsync([TestFiles.FromText("post.txt", TestFiles.ReplaceLine(TestFiles.SampleText, "production checklist for", Title))]);

        var found = await db.Get<QueueQuery>().GetSourceIdsAsync(new QueueFilter { ShowAll = true, Search = search }, 10, Cancel);

        Assert.Empty(found);
    }
}
