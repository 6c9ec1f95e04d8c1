using System.Text.RegularExpressions;
using Dashboard.Web.Features.Queue;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The queue screen: compact columns at 1280 px, the column chooser, source-id search and Back, loading, a phone, bulk progress.</summary>
public sealed class QueueScreenTests(DashboardApp app)
{
    [Fact]
    public async Task The_first_html_says_loading_never_zero_posts_or_no_match()
    {
        await using var session = await app.OpenAsync(nameof(The_first_html_says_loading_never_zero_posts_or_no_match));
        var response = await session.Page.GotoAsync("/");
        var html = await response!.TextAsync();

        Assert.Contains("data-testid=\"queue-loading\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0 posts", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No post matches", html, StringComparison.Ordinal);
        await Ui.WaitForQueueAsync(session.Page);
        await Expect(session.Page.GetByTestId("queue-loading")).ToHaveCountAsync(0);
        await Expect(session.Page.GetByTestId("queue-total")).ToBeVisibleAsync();
        await session.ScreenshotAsync("loaded");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(1440)]
    [InlineData(1920)]
    public async Task Status_version_and_last_reviewed_are_on_screen_with_the_scores_without_scrolling_sideways(int width)
    {
        await using var session = await app.OpenAsync($"{nameof(Status_version_and_last_reviewed_are_on_screen_with_the_scores_without_scrolling_sideways)}-{width}");
        var page = session.Page;
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync("/");
        await Ui.WaitForQueueAsync(page);

        foreach (var column in new[] { "Status", "Version", "Last reviewed", "Quality", "Freshness", "Depth", "Clarity" })
        {
            var box = await Ui.Header(page, column).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X + box.Width <= width, $"{column} ends at {box.X + box.Width} px, past {width} px");
        }

        // One line per row: every row of the page is as tall as the first.
        var heights = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('[data-testid=queue-grid] tbody tr')].filter(tr => tr.querySelector('[data-testid=queue-title]')).map(tr => tr.getBoundingClientRect().height)");
        Assert.NotEmpty(heights);
        Assert.All(heights, h => Assert.InRange(h, heights.Min() - 1, heights.Min() + 1));
        await Expect(page.GetByTestId("queue-title").First).ToHaveAttributeAsync("title", new Regex(".+"));
        await session.ScreenshotAsync($"queue-{width}");
        if (width == 1440)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardApp.ScreenshotFolder, "readme-queue.png") });
        }
    }

    [Fact]
    public async Task A_column_shown_in_the_chooser_appears_and_stays_after_a_reload()
    {
        await using var session = await app.OpenAsAsync(nameof(A_column_shown_in_the_chooser_appears_and_stays_after_a_reload), DashboardApp.LeadEmail);
        var page = session.Page;
        await page.GotoAsync("/");
        await Ui.WaitForQueueAsync(page);
        await Expect(Ui.Header(page, "Topic")).ToHaveCountAsync(0);

        await page.GetByTestId("column-chooser").ClickAsync();
        await page.GetByTestId("column-toggle-topic").ClickAsync();
        await Expect(Ui.Header(page, "Topic")).ToBeVisibleAsync();
        await session.ScreenshotAsync("chooser");
        await page.ReloadAsync();
        await Ui.WaitForQueueAsync(page);
        await Expect(Ui.Header(page, "Topic")).ToBeVisibleAsync();

        await page.GetByTestId("column-chooser").ClickAsync();
        await page.GetByTestId("column-reset").ClickAsync();
        await Expect(Ui.Header(page, "Topic")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_source_id_in_the_search_box_finds_that_post()
    {
        await using var session = await app.OpenAsync(nameof(A_source_id_in_the_search_box_finds_that_post));
        var page = session.Page;
        await page.GotoAsync("/");
        await Ui.WaitForQueueAsync(page);

        await page.Locator("#queue-search").FillAsync(DashboardApp.SampleSourceId);
        await Ui.ExpectQueryAsync(page, "q", DashboardApp.SampleSourceId);
        await Expect(Ui.Titles(page)).ToHaveCountAsync(1);
        Assert.Equal(DashboardApp.SampleSourceId, (await Ui.ReadRowsAsync(page)).Single().SourceId);
        await session.ScreenshotAsync("found");
    }

    [Fact]
    public async Task Back_steps_through_sort_and_page_changes_and_stays_in_the_app()
    {
        await using var session = await app.OpenAsync(nameof(Back_steps_through_sort_and_page_changes_and_stays_in_the_app));
        var page = session.Page;
        await page.GotoAsync("/");
        await Ui.WaitForQueueAsync(page);
        var start = page.Url;

        await Ui.Header(page, "Version").ClickAsync();
        await Ui.ExpectQueryAsync(page, "sort", "version");
        var sorted = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await Ui.ExpectQueryAsync(page, "page", "2");
        await session.ScreenshotAsync("page-2");

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(sorted);
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(start);
        await Ui.WaitForQueueAsync(page);
        var expected = await app.QueryAsync(new QueueFilter());
        await Expect(Ui.Titles(page).First).ToHaveTextAsync(expected.Rows[0].Title);
    }

    [Fact]
    public async Task On_a_phone_the_queue_is_a_list_of_cards_without_sideways_scrolling_and_the_filters_are_in_a_drawer()
    {
        await using var session = await app.OpenAsync(nameof(On_a_phone_the_queue_is_a_list_of_cards_without_sideways_scrolling_and_the_filters_are_in_a_drawer));
        var page = session.Page;
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/");
        await Ui.WaitForQueueAsync(page);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone");
        await Expect(page.GetByTestId("filter-status")).Not.ToBeVisibleAsync();
        await session.ScreenshotAsync("phone");

        await page.GetByTestId("filters-open").ClickAsync();
        await Expect(page.GetByTestId("filters-drawer").GetByTestId("filter-status")).ToBeVisibleAsync();
        await session.ScreenshotAsync("phone-filters");
    }

    [Fact]
    public async Task A_bulk_action_runs_in_the_background_showing_its_progress_then_a_snackbar_with_undo()
    {
        await using var session = await app.OpenAsAsync(nameof(A_bulk_action_runs_in_the_background_showing_its_progress_then_a_snackbar_with_undo), DashboardApp.LeadEmail);
        var page = session.Page;
        await page.GotoAsync("/?status=drafted");
        await Ui.WaitForQueueAsync(page);

        await page.Locator("[data-testid=queue-grid] tbody tr input[type=checkbox]").Nth(0).CheckAsync();
        await page.Locator("[data-testid=queue-grid] tbody tr input[type=checkbox]").Nth(1).CheckAsync();
        await page.GetByTestId("bulk-bump").ClickAsync();
        await page.GetByTestId("bulk-bump-patch").ClickAsync();
        await Expect(page.GetByTestId("bulk-sample")).ToBeVisibleAsync();
        await session.ScreenshotAsync("dry-run");
        await page.GetByTestId("bulk-confirm").ClickAsync();

        await Expect(page.GetByTestId("bulk-progress-text")).ToContainTextAsync("finished, 2 of 2 changed");
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "Bumped the version" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("done");
        await page.Locator(".mud-snackbar").Filter(new() { HasText = "Bumped the version" }).GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "Undone: 2 posts put back" })).ToBeVisibleAsync();
    }
}
