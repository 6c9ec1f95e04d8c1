using Dashboard.Core.Review;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Data.Postgres;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>
/// Two app instances on one PostgreSQL database, as a team running several instances has them:
/// a sign-in on one holds on the other (the key ring is in the database), and a change made
/// through one shows live on a page the other serves (LISTEN/NOTIFY). Needs DASHBOARD_TEST_POSTGRES
/// (<see cref="TestStorage"/>).
/// </summary>
public sealed class ScaleOutTests(DashboardApp app)
{
    private const string Listening = "Live updates: listening on dashboard_live";

    [Fact]
    public async Task A_change_made_through_one_instance_shows_live_on_a_page_served_by_the_other()
    {
        const string name = nameof(A_change_made_through_one_instance_shows_live_on_a_page_served_by_the_other);
        TestStorage.SkipOnSqlite("two app instances share one PostgreSQL database");
        await using var database = await TestStorage.CreateAsync(migrated: false);

        // The first instance migrates and seeds the new database; the second finds it ready.
        await using var one = await AppInstance.StartAsync("one", Settings(database));
        await using var two = await AppInstance.StartAsync("two", Settings(database));
        await one.WaitForOutputAsync(Listening);
        await two.WaitForOutputAsync(Listening);
        BrowserSession.Log($"database {new NpgsqlConnectionStringBuilder(database.ConnectionString).Database}; instance one at {one.BaseAddress}, two at {two.BaseAddress}");

        var post = await PickDraftAsync(database);
        var sourceId = post.SourceId;
        var added = $"checked on two instances: {sourceId}";
        string[] afterEdit = [.. post.Checklist, added];

        try
        {
            // The editor works on the first instance; the lead signs in on the first too, and then
            // opens the post on the second: the session cookie made by one is good on the other.
            await using var editor = await app.OpenAtAsync($"{name}-editor", one.BaseAddress, one.BaseAddress, DashboardApp.ReviewerEmail);
            await using var lead = await app.OpenAtAsync($"{name}-lead", two.BaseAddress, one.BaseAddress, DashboardApp.LeadEmail);
            await ReviewSteps.OpenPostAsync(lead.Page, sourceId);
            Assert.StartsWith(two.BaseAddress.ToString(), lead.Page.Url, StringComparison.Ordinal);
            await ReviewSteps.ExpectSignedInAsync(lead.Page, DashboardApp.LeadEmail, Roles.Lead);
            await ReviewSteps.OpenPostAsync(editor.Page, sourceId);

            // Each page shows the reviewer who has the post open on the other instance.
            await Expect(lead.Page.GetByTestId("presence-chip")).ToContainTextAsync(DashboardApp.ReviewerEmail);
            await Expect(editor.Page.GetByTestId("presence-chip")).ToContainTextAsync(DashboardApp.LeadEmail);

            // A mark on the second instance's page: still there afterwards means it was not reloaded.
            await lead.Page.EvaluateAsync("() => window.notReloaded = true");

            // The editor adds a checklist item through the first instance.
            await ReviewSteps.StartEditingAsync(editor.Page, post.Checklist);
            await ReviewSteps.AddItemAsync(editor.Page, added);
            await editor.Page.GetByTestId("checklist-save").ClickAsync();
            await Expect(ReviewSteps.Snackbar(editor.Page, "Checklist saved")).ToBeVisibleAsync();

            // The page the second instance serves hears of it and shows the new checklist.
            await Expect(ReviewSteps.Snackbar(lead.Page, $"Updated by {DashboardApp.ReviewerEmail}: checklist edited")).ToBeVisibleAsync();
            await Expect(ReviewSteps.MetaChecklist(lead.Page)).ToHaveTextAsync(afterEdit);
            await Expect(ReviewSteps.BodyChecklist(lead.Page)).ToHaveTextAsync(afterEdit);
            await Expect(lead.Page.GetByTestId("post-history").GetByTestId("history-entry").First)
                .ToContainTextAsync($"{DashboardApp.ReviewerEmail} checklist edited");
            Assert.True(await lead.Page.EvaluateAsync<bool>("() => window.notReloaded === true"), "The second instance's page was reloaded.");
            await lead.ScreenshotAsync("updated");

            await using var db = Context(database);
            var stored = await db.Posts.AsNoTracking().SingleAsync(p => p.SourceId == sourceId, TestContext.Current.CancellationToken);
            Assert.Equal(afterEdit, stored.Checklist);
        }
        catch
        {
            BrowserSession.Log($"instance one:\n{one.Output}\ninstance two:\n{two.Output}");
            throw;
        }
    }

    private static Dictionary<string, string> Settings(TestStorage database) => new(database.Environment)
    {
        ["Database__MigrateOnStart"] = "true",
        ["Seed__OnFirstRun"] = "true",
        ["Seed__GeneratedPosts"] = "20",
        ["Seed__RandomSeed"] = "2829",
        ["Serilog__MinimumLevel__Default"] = "Information",
    };

    /// <summary>A generated draft in the queue with a short checklist, as the first instance seeded it.</summary>
    private static async Task<PostRecord> PickDraftAsync(TestStorage database)
    {
        await using var db = Context(database);
        var drafts = await db.Posts.AsNoTracking()
            .Where(p => p.SourceId != DashboardApp.SampleSourceId && p.InQueue && p.Status == ReviewStatus.Drafted && !p.ReviewerTouched)
            .OrderBy(p => p.SourceId)
            .ToListAsync(TestContext.Current.CancellationToken);
        return drafts.First(p => p.Checklist.Count is >= 2 and <= 7);
    }

    /// <summary>A context on the instances' database, to read what they stored.</summary>
    private static PostgresDashboardContext Context(TestStorage database) =>
        new(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql(database.ConnectionString).Options);
}
