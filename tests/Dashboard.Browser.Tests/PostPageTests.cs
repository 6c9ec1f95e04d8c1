using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public sealed class PostPageTests(DashboardApp app)
{
    private const string ImageUrl = "https://images.unsplash.com/photo-1498050108023-c5249f4df085?auto=format&fit=crop&w=1200&q=80";

    [Fact]
    public async Task Sample_post_shows_its_body_review_state_and_every_meta_field()
    {
        await using var session = await app.OpenAsync(nameof(Sample_post_shows_its_body_review_state_and_every_meta_field));
        var page = session.Page;
        await page.GotoAsync($"/posts/{DashboardApp.SampleSourceId}");
        await Ui.WaitForPostAsync(page);

        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync("production checklist for documenting production defaults in python services");

        // Body: paragraphs, headings, the checklist under its heading, the figure.
        var body = page.GetByTestId("post-body");
        await Expect(body.Locator("xpath=./p")).ToHaveCountAsync(5);
        await Expect(body.Locator("xpath=./p").First).ToHaveTextAsync(new Regex("^a reliable python services setup is less about clever code"));
        await Expect(body.Locator("xpath=./p").Last).ToHaveTextAsync(new Regex("keep the final commands, metrics, and assumptions close to the article so future maintenance is easier\\.$"));
        await Expect(body.Locator("h2")).ToHaveTextAsync(["production checks", "implementation checklist", "final notes"]);
        await Expect(body.Locator("xpath=.//h2[normalize-space(.)='implementation checklist']/following-sibling::ul[1]/li"))
            .ToHaveTextAsync(["run linting", "run unit tests", "run one integration check", "verify staging config", "tag the release"]);
        var image = body.Locator("figure img");
        await Expect(image).ToHaveCountAsync(1);
        await Expect(image).ToHaveAttributeAsync("loading", "lazy");
        await Expect(image).ToHaveAttributeAsync("src", ImageUrl);
        await Expect(image).ToHaveAttributeAsync("alt", "documenting production defaults with python services visual reference 1");
        await Expect(body.Locator("figure figcaption")).ToContainTextAsync("image source: unsplash");

        // Revision, scores, flags.
        var revision = page.GetByTestId("revision-box");
        await Expect(revision.GetByTestId("status-chip")).ToHaveTextAsync("drafted");
        await Expect(revision.GetByTestId("post-version")).ToHaveTextAsync("v1.5.3");
        await Expect(revision).ToContainTextAsync("Last reviewed: 2018-01-07");
        var scores = page.GetByTestId("score-box");
        foreach (var (label, value) in new[] { ("quality", 87), ("freshness", 70), ("depth", 71), ("clarity", 74) })
        {
            await Expect(scores.Locator($"xpath=.//p[normalize-space(.)='{label}']/following-sibling::p[1]")).ToHaveTextAsync(value.ToString(CultureInfo.InvariantCulture));
        }

        await Expect(page.GetByTestId("flags-box").GetByTestId("flag-chip"))
            .ToHaveTextAsync(["ai generated style: 1", "has images: 1", "image heavy: 0", "needs human review: 1"]);

        // Meta box: scalars, lists, outline.
        var meta = page.GetByTestId("meta-box");
        await Expect(Ui.Field(meta, "topic")).ToHaveTextAsync("documenting production defaults / python services");
        await Expect(Ui.Field(meta, "summary")).ToHaveTextAsync("this ai-style technical summary explains documenting production defaults in python services, with emphasis on measurement, safe defaults, rollback planning, and maintainable documentation.");
        await Expect(Ui.Field(meta, "ai brief")).ToHaveTextAsync("the article is written like a careful ai generated engineering draft: it explains the reason for the change, lists operational checks, and avoids pretending that one command fixes every production case.");
        await Expect(Ui.Field(meta, "code language")).ToHaveTextAsync("python");
        await Expect(Ui.Field(meta, "difficulty")).ToHaveTextAsync("intermediate");
        await Expect(Ui.Field(meta, "reading time")).ToHaveTextAsync("6 min");
        await Expect(Ui.Field(meta, "view count")).ToHaveTextAsync(122_657L.ToString("N0", CultureInfo.CurrentCulture));
        await Expect(Ui.Field(meta, "context")).ToHaveTextAsync("for a content heavy programming website");
        await Expect(Ui.Field(meta, "problem")).ToHaveTextAsync("documenting production defaults");
        await Expect(Ui.Field(meta, "recommended action")).ToHaveTextAsync("measure first, change carefully, document the result");
        await Expect(Ui.ListItems(meta, "stack")).ToHaveTextAsync(["python services", "backend", "python"]);
        await Expect(Ui.ListItems(meta, "tools")).ToHaveTextAsync(["fastapi", "pytest", "uvicorn", "ruff", "git", "logs"]);
        await Expect(meta.GetByTestId("meta-checklist").Locator("li"))
            .ToHaveTextAsync(["run linting", "run unit tests", "run one integration check", "verify staging config", "tag the release"]);

        // Entities and image sources.
        var entities = page.GetByTestId("entities-box");
        await Expect(entities.Locator("tbody td"))
            .ToHaveTextAsync(["python services", "stack", "backend", "area", "documenting production defaults", "problem"]);
        await Expect(Ui.Field(entities, "source")).ToHaveTextAsync("unsplash");
        await Expect(entities.Locator("a").Filter(new() { HasText = ImageUrl })).ToHaveAttributeAsync("href", ImageUrl);
        await Expect(Ui.Field(entities, "caption")).ToHaveTextAsync("documenting production defaults with python services visual reference 1");

        // Provenance: payload, reference, hash, notes.
        var provenance = page.GetByTestId("provenance-box");
        await Expect(Ui.Field(provenance, "source id")).ToHaveTextAsync(DashboardApp.SampleSourceId);
        await Expect(Ui.Field(provenance, "generator")).ToHaveTextAsync("anp content synthesizer");
        await Expect(Ui.Field(provenance, "paragraphs")).ToHaveTextAsync("4");
        await Expect(Ui.Field(provenance, "scenario")).ToHaveTextAsync("for a content heavy programming website");
        await Expect(Ui.Field(provenance, "seed")).ToHaveTextAsync("2829");
        await Expect(Ui.Field(provenance, "reference")).ToHaveTextAsync("anp-ref-002829-7966");
        await Expect(Ui.Field(provenance, "hash")).ToHaveTextAsync("2794a8d0d676054666b27ef2");
        await Expect(Ui.ListItems(provenance, "notes")).ToHaveTextAsync(
        [
            "sanitized array meta is expected to render as a list in the frontend box",
            "view count is synthetic and only used for testing meta volume",
            "content is generated for import/load testing and should be reviewed before indexing",
        ]);
    }

    [Fact]
    public async Task Similar_posts_list_near_duplicates_and_open_them()
    {
        await using var session = await app.OpenAsync(nameof(Similar_posts_list_near_duplicates_and_open_them));
        var page = session.Page;
        await page.GotoAsync($"/posts/{DashboardApp.SampleSourceId}");
        await Ui.WaitForPostAsync(page);

        var items = page.GetByTestId("similar-posts").GetByTestId("similar-post");
        await Expect(items.First).ToBeVisibleAsync();
        Assert.InRange(await items.CountAsync(), 1, 5);
        await Expect(items.First).ToContainTextAsync(new Regex(@"\d+\s*%"));

        // A generated near-duplicate (not the hostile post, which has its own test).
        var item = items.Filter(new() { HasNotText = "<script>" }).First;
        var href = await item.GetAttributeAsync("href") ?? throw new InvalidOperationException("A similar post has no link.");
        var sourceId = Ui.SourceIdOf(href);
        Assert.NotEqual(DashboardApp.SampleSourceId, sourceId);
        var title = (await app.GetPostsAsync([sourceId])).Single().Title;
        await Expect(item).ToContainTextAsync(title);

        await item.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/posts/{Regex.Escape(sourceId)}$"));
        await Expect(page.GetByTestId("provenance-box").Locator("xpath=.//dt[normalize-space(.)='source id']/following-sibling::dd[1]")).ToHaveTextAsync(sourceId);
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync(title);
    }
}
