using System.Text.RegularExpressions;
using Dashboard.Core.Format;
using Dashboard.Web.Features.Queue;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public sealed class QueueTests(DashboardApp app)
{
    [Fact]
    public async Task Queue_loads_with_the_posts_that_need_review()
    {
        await using var session = await app.OpenAsync(nameof(Queue_loads_with_the_posts_that_need_review));
        var page = session.Page;

        await page.GotoAsync("/");
        await Ui.WaitForQueueAsync(page);

        // Other tests add posts to the one shared app while this one runs: compare once the page and
        // the database agree (reloading if a post arrived between the page's query and the count).
        var needsReview = await app.CountNeedsReviewAsync();
        for (var attempt = 0; attempt < 10 && await page.GetByTestId("queue-total").InnerTextAsync() != Ui.TotalText(needsReview); attempt++)
        {
            await page.ReloadAsync();
            await Ui.WaitForQueueAsync(page);
            needsReview = await app.CountNeedsReviewAsync();
        }

        Assert.InRange(needsReview, 2, DashboardApp.GeneratedPosts + 100);
        await Expect(page.GetByTestId("queue-total")).ToHaveTextAsync(Ui.TotalText(needsReview));

        // The first page is the app's own query's first page, in its order (quality ascending).
        var expected = await app.QueryAsync(new QueueFilter());
        await Expect(Ui.Titles(page)).ToHaveTextAsync([.. expected.Rows.Select(r => r.Title)]);
        var rows = await Ui.ReadRowsAsync(page);
        Assert.Equal(Math.Min(QueueFilter.DefaultPageSize, needsReview), rows.Count);
        Assert.All(rows, row => Assert.DoesNotContain(row.Status, Dashboard.Core.Review.ReviewWorkflow.OutOfQueueStatuses));
        await Expect(page.GetByTestId("status-chip")).ToHaveCountAsync(rows.Count);
    }

    [Fact]
    public async Task Difficulty_filter_shows_only_matching_rows_and_survives_a_reload()
    {
        await using var session = await app.OpenAsync(nameof(Difficulty_filter_shows_only_matching_rows_and_survives_a_reload));
        var page = session.Page;
        await page.GotoAsync("/");
        await Ui.WaitForQueueAsync(page);

        // A difficulty that really narrows the queue.
        var all = (await app.QueryAsync(new QueueFilter())).Total;
        var facets = await app.Services.GetRequiredService<QueueQuery>().GetFacetsAsync(TestContext.Current.CancellationToken);
        string? difficulty = null;
        QueueResult? expected = null;
        foreach (var candidate in facets.Difficulties)
        {
            var result = await app.QueryAsync(new QueueFilter { Difficulty = candidate });
            if (result.Total > 0 && result.Total < all)
            {
                (difficulty, expected) = (candidate, result);
                break;
            }
        }

        Assert.NotNull(difficulty);
        Assert.NotNull(expected);

        await page.GetByTestId("filter-difficulty").ClickAsync();
        await page.Locator(".mud-popover-open [role=option]").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(difficulty)}\\s*$") }).ClickAsync();

        await Ui.ExpectQueryAsync(page, "difficulty", difficulty);
        await Expect(page.GetByTestId("queue-total")).ToHaveTextAsync(Ui.TotalText(expected.Total));
        await Expect(Ui.Titles(page)).ToHaveTextAsync([.. expected.Rows.Select(r => r.Title)]);
        var rows = await Ui.ReadRowsAsync(page);
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(difficulty, row.Difficulty));

        // The URL is the view: a new page on it shows the same rows.
        var reopened = await session.Context.NewPageAsync();
        await reopened.GotoAsync(page.Url);
        await Ui.WaitForQueueAsync(reopened);
        await Expect(reopened.GetByTestId("queue-total")).ToHaveTextAsync(Ui.TotalText(expected.Total));
        await Expect(Ui.Titles(reopened)).ToHaveTextAsync([.. rows.Select(r => r.Title)]);
        var again = await Ui.ReadRowsAsync(reopened);
        Assert.Equal(rows.Count, again.Count);
        Assert.All(rows.Zip(again), pair => Assert.True(pair.First.SameAs(pair.Second), $"{pair.First} differs from {pair.Second}"));
        await reopened.CloseAsync();
    }

    [Fact]
    public async Task Search_shows_only_matching_posts_and_survives_a_reload()
    {
        await using var session = await app.OpenAsync(nameof(Search_shows_only_matching_posts_and_survives_a_reload));
        var page = session.Page;
        await page.GotoAsync("/");
        await Ui.WaitForQueueAsync(page);

        // A word of an existing title that matches some of the queue but not all of it.
        var queue = await app.QueryAsync(new QueueFilter { PageSize = 200 });
        string? word = null;
        QueueResult? expected = null;
        foreach (var candidate in queue.Rows.SelectMany(r => r.Title.Split(' ')).Where(w => w.Length >= 5 && w.All(char.IsLetter)).Distinct())
        {
            var result = await app.QueryAsync(new QueueFilter { Search = candidate });
            if (result.Total > 0 && result.Total < queue.Total)
            {
                (word, expected) = (candidate, result);
                break;
            }
        }

        Assert.NotNull(word);
        Assert.NotNull(expected);

        await page.Locator("#queue-search").FillAsync(word);
        await Ui.ExpectQueryAsync(page, "q", word);
        await Expect(page.GetByTestId("queue-total")).ToHaveTextAsync(Ui.TotalText(expected.Total));
        await Expect(Ui.Titles(page)).ToHaveTextAsync([.. expected.Rows.Select(r => r.Title)]);

        // Every row holds the word (as a word prefix) in its title, topic or summary.
        var rows = await Ui.ReadRowsAsync(page);
        Assert.NotEmpty(rows);
        var posts = (await app.GetPostsAsync([.. rows.Select(r => r.SourceId)])).ToDictionary(p => p.SourceId);
        Assert.All(rows, row =>
        {
            var post = posts[row.SourceId];
            Assert.Equal(post.Title, row.Title);
            Assert.Contains(word, $"{post.Title} {post.Topic} {post.Summary}", StringComparison.OrdinalIgnoreCase);
        });

        var reopened = await session.Context.NewPageAsync();
        await reopened.GotoAsync(page.Url);
        await Ui.WaitForQueueAsync(reopened);
        await Expect(reopened.Locator("#queue-search")).ToHaveValueAsync(word);
        await Expect(Ui.Titles(reopened)).ToHaveTextAsync([.. rows.Select(r => r.Title)]);
        await reopened.CloseAsync();
    }

    [Fact]
    public async Task Sorting_by_quality_and_paging_follow_the_url()
    {
        await using var session = await app.OpenAsync(nameof(Sorting_by_quality_and_paging_follow_the_url));
        var page = session.Page;

        // Start from another sort, so the first click on Quality sorts ascending.
        await page.GotoAsync("/?sort=title");
        await Ui.WaitForQueueAsync(page);
        var byTitle = await app.QueryAsync(new QueueFilter { Sort = QueueSort.Title });
        await Expect(Ui.Titles(page)).ToHaveTextAsync([.. byTitle.Rows.Select(r => r.Title)]);

        await Ui.Header(page, "Quality").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("sort=title"));
        var ascending = await app.QueryAsync(new QueueFilter { Sort = QueueSort.By(ScoreFields.Quality) });
        await Expect(Ui.Titles(page)).ToHaveTextAsync([.. ascending.Rows.Select(r => r.Title)]);
        var scores = (await Ui.ReadRowsAsync(page)).Select(r => r.Quality ?? -1).ToList();
        Assert.Equal(scores.Order().ToList(), scores);
        Assert.DoesNotContain("desc=1", page.Url, StringComparison.Ordinal);

        await Ui.Header(page, "Quality").ClickAsync();
        await Ui.ExpectQueryAsync(page, "desc", "1");
        var descending = await app.QueryAsync(new QueueFilter { Sort = QueueSort.By(ScoreFields.Quality), Descending = true });
        await Expect(Ui.Titles(page)).ToHaveTextAsync([.. descending.Rows.Select(r => r.Title)]);
        scores = [.. (await Ui.ReadRowsAsync(page)).Select(r => r.Quality ?? -1)];
        Assert.Equal(scores.OrderDescending().ToList(), scores);
        Assert.True(scores[0] > scores[^1], "A page sorted by quality should not hold one score only.");

        // Page 2 through the pager.
        var firstPage = await Ui.ReadRowsAsync(page);
        await page.Locator("[data-testid=queue-grid] .mud-table-pagination button[aria-label='Next page']").ClickAsync();
        await Ui.ExpectQueryAsync(page, "page", "2");
        var second = await app.QueryAsync(new QueueFilter { Sort = QueueSort.By(ScoreFields.Quality), Descending = true, Page = 1 });
        await Expect(Ui.Titles(page)).ToHaveTextAsync([.. second.Rows.Select(r => r.Title)]);
        var secondPage = await Ui.ReadRowsAsync(page);
        Assert.Empty(secondPage.Select(r => r.SourceId).Intersect(firstPage.Select(r => r.SourceId)));
        Assert.Contains("desc=1", page.Url, StringComparison.Ordinal);

        // The copied link reproduces the view in a fresh page.
        var reopened = await session.Context.NewPageAsync();
        await reopened.GotoAsync(page.Url);
        await Ui.WaitForQueueAsync(reopened);
        await Expect(Ui.Titles(reopened).First).ToHaveTextAsync(secondPage[0].Title);
        Assert.Equal(secondPage[0].Href, (await Ui.ReadRowsAsync(reopened))[0].Href);
        await reopened.CloseAsync();

        // Another column puts its name in the URL (one the queue shows by default: Views is chosen in Columns).
        await Ui.Header(page, "Version").ClickAsync();
        await Ui.ExpectQueryAsync(page, "sort", "version");
    }
}
