using System.Text.RegularExpressions;
using Dashboard.Core.Format;
using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Tests.Queue;

public partial class QueueQueryTests
{
    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Default_view_shows_only_posts_that_need_review_and_are_not_approved_or_indexed()
    {
        await using var seeded = await SeededQueue.CreateAsync();
        var posts = seeded.Posts;
        Assert.Contains(posts, p => !p.NeedsHumanReview);
        Assert.Contains(posts, p => p.NeedsHumanReview && p.Status == "approved");
        Assert.Contains(posts, p => p.NeedsHumanReview && p.Status == "indexed");

        var expected = posts.Where(p => p.NeedsHumanReview && p.Status is not ("approved" or "indexed")).Select(p => p.SourceId);

        await AssertMatchesAsync(seeded, new QueueFilter(), expected);
        await AssertMatchesAsync(seeded, new QueueFilter { ShowAll = true }, posts.Select(p => p.SourceId));
        await AssertMatchesAsync(seeded, new QueueFilter { Status = "approved" }, []);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("difficulty")]
    [InlineData("stack")]
    [InlineData("tool")]
    [InlineData("score range")]
    [InlineData("all filters")]
    public async Task Each_filter_narrows_the_queue_to_the_matching_posts(string filterName)
    {
        await using var seeded = await SeededQueue.CreateAsync();
        var all = new QueueFilter { ShowAll = true };
        (QueueFilter Filter, Func<ExpectedPost, bool> Matches) test = filterName switch
        {
            "status" => (all with { Status = "in review" }, p => p.Status == "in review"),
            "difficulty" => (all with { Difficulty = "advanced" }, p => p.Difficulty == "advanced"),
            "stack" => (all with { Stack = "backend" }, p => p.Stack.Contains("backend")),
            "tool" => (all with { Tool = "git" }, p => p.Tools.Contains("git")),
            "score range" => (all.With(ScoreFields.Quality, new ScoreRange(50, 70)).With(ScoreFields.Clarity, new ScoreRange(80, 100)), p => p.Quality is >= 50 and <= 70 && p.Clarity is >= 80 and <= 100),
            _ => (new QueueFilter { Status = "drafted", Stack = "backend" }.With(ScoreFields.Quality, new ScoreRange(0, 80)),
                p => p.NeedsHumanReview && p.Status == "drafted" && p.Stack.Contains("backend") && p.Quality <= 80),
        };
        var expected = seeded.Posts.Where(test.Matches).Select(p => p.SourceId).ToList();
        Assert.InRange(expected.Count, 1, SeededQueue.PostCount - 1);

        await AssertMatchesAsync(seeded, test.Filter, expected);
    }

    [Fact]
    public async Task Search_finds_the_posts_whose_title_topic_or_summary_has_a_word_starting_with_each_term()
    {
        await using var seeded = await SeededQueue.CreateAsync();
        var posts = seeded.Posts;
        // The rarest word of one title, so the search narrows the queue to a few posts.
        var target = posts[17];
        var word = Words(target.Title).Where(w => w.Length > 3).MinBy(w => posts.Count(p => Matches(p, w)))!;
        var expected = posts.Where(p => Matches(p, word)).Select(p => p.SourceId).ToList();
        Assert.InRange(expected.Count, 1, SeededQueue.PostCount - 1);

        await AssertMatchesAsync(seeded, new QueueFilter { ShowAll = true, Search = word }, expected);
        await AssertMatchesAsync(seeded, new QueueFilter { ShowAll = true, Search = word[..3].ToUpperInvariant() }, posts.Where(p => Matches(p, word[..3])).Select(p => p.SourceId));
        var second = Words(target.Topic).First(w => w != word);
        await AssertMatchesAsync(
            seeded,
            new QueueFilter { ShowAll = true, Search = $"{word} {second}" },
            posts.Where(p => Matches(p, word) && Matches(p, second)).Select(p => p.SourceId));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(a b")]
    [InlineData("title:x OR -y AND *")]
    public async Task Search_with_fts_syntax_in_the_input_does_not_fail(string search)
    {
        await using var seeded = await SeededQueue.CreateAsync();

        var page = await seeded.Database.Get<QueueQuery>().GetPageAsync(new QueueFilter { ShowAll = true, Search = search }, Cancel);

        Assert.True(page.Total >= 0);
    }

    [Fact]
    public async Task Sorting_by_each_column_orders_every_pair_of_adjacent_rows()
    {
        await using var seeded = await SeededQueue.CreateAsync();
        var queue = seeded.Database.Get<QueueQuery>();

        foreach (var sort in QueueSort.All)
        {
            foreach (var descending in new[] { false, true })
            {
                var rows = await AllRowsAsync(queue, new QueueFilter { ShowAll = true, Sort = sort, Descending = descending, PageSize = 200 });
                Assert.Equal(SeededQueue.PostCount, rows.Count);
                for (var i = 1; i < rows.Count; i++)
                {
                    var order = Compare(sort, rows[i - 1], rows[i]);
                    Assert.True(descending ? order >= 0 : order <= 0, $"{sort} {(descending ? "desc" : "asc")}: row {i - 1} ({rows[i - 1]}) and row {i} ({rows[i]}) are out of order");
                }
            }
        }
    }

    [Fact]
    public async Task Pages_are_disjoint_and_together_give_the_whole_sorted_queue()
    {
        await using var seeded = await SeededQueue.CreateAsync();
        var queue = seeded.Database.Get<QueueQuery>();
        // Status has many ties: only a stable tie-break keeps pages from overlapping.
        var filter = new QueueFilter { ShowAll = true, Sort = QueueSort.Status, PageSize = 25 };
        var sorted = await queue.GetSourceIdsAsync(filter, 10_000, Cancel);

        var pages = new List<IReadOnlyList<QueueRow>>();
        for (var page = 0; ; page++)
        {
            var result = await queue.GetPageAsync(filter with { Page = page }, Cancel);
            Assert.Equal(SeededQueue.PostCount, result.Total);
            if (result.Rows.Count == 0)
            {
                break;
            }

            Assert.True(result.Rows.Count <= 25);
            pages.Add(result.Rows);
        }

        var concatenated = pages.SelectMany(p => p.Select(r => r.SourceId)).ToList();
        Assert.Equal(SeededQueue.PostCount / 25, pages.Count);
        Assert.Equal(concatenated.Count, concatenated.Distinct().Count());
        Assert.Equal(sorted, concatenated);
    }

    [Fact]
    public async Task GetSourceIdAtAsync_returns_the_post_at_that_position_of_the_queue()
    {
        await using var seeded = await SeededQueue.CreateAsync();
        var queue = seeded.Database.Get<QueueQuery>();
        var filter = new QueueFilter { Sort = QueueSort.By(ScoreFields.Clarity), Descending = true };
        var sorted = await queue.GetSourceIdsAsync(filter, 10_000, Cancel);

        foreach (var position in new[] { 0, 1, 37, sorted.Count - 1 })
        {
            Assert.Equal(sorted[position], await queue.GetSourceIdAtAsync(filter, position, Cancel));
        }

        Assert.Null(await queue.GetSourceIdAtAsync(filter, sorted.Count, Cancel));
        Assert.Null(await queue.GetSourceIdAtAsync(filter, -1, Cancel));
    }

    [Fact]
    public async Task Facets_list_the_statuses_difficulties_stacks_and_tools_in_the_database()
    {
        await using var seeded = await SeededQueue.CreateAsync();

        var facets = await seeded.Database.Get<QueueQuery>().GetFacetsAsync(Cancel);

        Assert.Equal(seeded.Posts.Select(p => p.Status).Distinct().Order(StringComparer.Ordinal), facets.Statuses);
        Assert.Equal(seeded.Posts.Select(p => p.Difficulty!).Distinct().Order(StringComparer.Ordinal), facets.Difficulties);
        Assert.Equal(seeded.Posts.SelectMany(p => p.Stack).Distinct().Order(StringComparer.Ordinal), facets.Stacks);
        Assert.Equal(seeded.Posts.SelectMany(p => p.Tools).Distinct().Order(StringComparer.Ordinal), facets.Tools);
    }

    private static async Task AssertMatchesAsync(SeededQueue seeded, QueueFilter filter, IEnumerable<string> expected)
    {
        var queue = seeded.Database.Get<QueueQuery>();
        var expectedIds = expected.Order(StringComparer.Ordinal).ToList();
        var ids = await queue.GetSourceIdsAsync(filter, 10_000, Cancel);
        Assert.Equal(expectedIds, ids.Order(StringComparer.Ordinal));
        Assert.Equal(expectedIds.Count, (await queue.GetPageAsync(filter, Cancel)).Total);
    }

    private static async Task<List<QueueRow>> AllRowsAsync(QueueQuery queue, QueueFilter filter)
    {
        var rows = new List<QueueRow>();
        for (var page = 0; ; page++)
        {
            var result = await queue.GetPageAsync(filter with { Page = page }, Cancel);
            rows.AddRange(result.Rows);
            if (rows.Count >= result.Total || result.Rows.Count == 0)
            {
                return rows;
            }
        }
    }

    // SQLite's order: NULL first, text by binary collation.
    private static int Compare(QueueSort sort, QueueRow a, QueueRow b) => sort.Column switch
    {
        QueueColumn.Title => string.CompareOrdinal(a.Title, b.Title),
        QueueColumn.Topic => string.CompareOrdinal(a.Topic, b.Topic),
        QueueColumn.Difficulty => string.CompareOrdinal(a.Difficulty, b.Difficulty),
        QueueColumn.Status => string.CompareOrdinal(a.Status, b.Status),
        QueueColumn.Score => Nullable.Compare(a.Scores[sort.Score!], b.Scores[sort.Score!]),
        QueueColumn.LastReviewed => Nullable.Compare(a.LastReviewed, b.LastReviewed),
        QueueColumn.ImageCount => a.ImageCount.CompareTo(b.ImageCount),
        QueueColumn.ViewCount => Nullable.Compare(a.ViewCount, b.ViewCount),
        QueueColumn.CheckErrors => a.CheckErrors.CompareTo(b.CheckErrors),
        QueueColumn.ClusterSize => a.ClusterSize.CompareTo(b.ClusterSize),
        QueueColumn.Version => VersionKey(a).CompareTo(VersionKey(b)),
        // Ascending: the shortest wait first, that is the latest entry into the status.
        QueueColumn.Waiting => b.StatusSinceUtc.CompareTo(a.StatusSinceUtc),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
    };

    private static (long, long, long) VersionKey(QueueRow row)
    {
        var version = SemVersion.Parse(row.Version);
        return (version.Major, version.Minor, version.Patch);
    }

    private static bool Matches(ExpectedPost post, string term) =>
        new[] { post.Title, post.Topic, post.Summary }.SelectMany(Words).Any(w => w.StartsWith(term, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Words(string? text) =>
        text is null ? [] : WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
