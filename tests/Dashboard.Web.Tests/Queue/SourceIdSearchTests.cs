using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Tests.Queue;

/// <summary>The search box finds a post by its exact source id, wherever it is; anything else is the text search.</summary>
public sealed class SourceIdSearchTests
{
    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_exact_source_id_finds_that_post_alone_even_outside_the_queue_and_the_other_filters()
    {
        await using var seeded = await SeededQueue.CreateAsync();
        // A post the default view does not show (already approved or indexed, or not flagged).
        var outside = seeded.Posts.First(p => !p.NeedsHumanReview);
        var queue = seeded.Database.Get<QueueQuery>();

        var page = await queue.GetPageAsync(new QueueFilter { Search = outside.SourceId, Status = "drafted", Difficulty = "no such difficulty" }, Cancel);

        Assert.Equal(1, page.Total);
        Assert.Equal(outside.SourceId, Assert.Single(page.Rows).SourceId);
        Assert.Equal([outside.SourceId], await queue.GetSourceIdsAsync(new QueueFilter { Search = $"  {outside.SourceId} " }, 100, Cancel));
    }

    [Fact]
    public async Task A_search_that_is_no_posts_source_id_is_the_filtered_text_search()
    {
        await using var seeded = await SeededQueue.CreateAsync();
        var queue = seeded.Database.Get<QueueQuery>();
        var sourceId = seeded.Posts[3].SourceId;

        // A prefix of a source id is not that post's id: nothing has it as a word either.
        Assert.Equal(0, (await queue.GetPageAsync(new QueueFilter { ShowAll = true, Search = sourceId[..^1] + "zz" }, Cancel)).Total);

        // A word of the titles still narrows as before, filters included.
        var word = seeded.Posts[3].Title.Split(' ').Where(w => w.Length > 4 && w.All(char.IsLetter)).First();
        var withText = await queue.GetPageAsync(new QueueFilter { ShowAll = true, Search = word }, Cancel);
        var withStatus = await queue.GetPageAsync(new QueueFilter { ShowAll = true, Search = word, Status = "drafted" }, Cancel);
        Assert.InRange(withText.Total, 1, SeededQueue.PostCount - 1);
        Assert.True(withStatus.Total <= withText.Total);
        Assert.All(withStatus.Rows, r => Assert.Equal("drafted", r.Status));
    }

    [Fact]
    public async Task Paging_and_sorting_an_exact_source_id_search_still_works()
    {
        await using var seeded = await SeededQueue.CreateAsync();
        var queue = seeded.Database.Get<QueueQuery>();
        var sourceId = seeded.Posts[10].SourceId;

        var sorted = await queue.GetPageAsync(new QueueFilter { Search = sourceId, Sort = QueueSort.Version, Descending = true }, Cancel);
        var secondPage = await queue.GetPageAsync(new QueueFilter { Search = sourceId, Page = 1 }, Cancel);

        Assert.Equal(sourceId, Assert.Single(sorted.Rows).SourceId);
        Assert.Equal(1, secondPage.Total);
        Assert.Empty(secondPage.Rows);
    }
}
