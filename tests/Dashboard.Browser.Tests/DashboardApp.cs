using Dashboard.Web.Data;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Hosting;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Dashboard.Browser.Tests.DashboardApp))]

// One app, one browser, two cores: the tests take turns, so no circuit waits for another's CPU.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace Dashboard.Browser.Tests;

/// <summary>
/// The real app on a real socket (Kestrel on 127.0.0.1, a fresh SQLite file, the first-run seed of
/// the sample plus 300 generated posts, and one hostile post), and one headless Chromium for all tests.
/// </summary>
public sealed class DashboardApp : IAsyncLifetime
{
    public const int GeneratedPosts = 300;
    public const string SampleSourceId = "alphanode-002829";
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>What every Playwright wait and assertion may take at most.</summary>
    public const float TimeoutMs = 15_000;

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dashboard-browser-tests-" + Guid.NewGuid().ToString("N"));
    /// <summary>The demo editor account the app creates in Development.</summary>
    public const string ReviewerEmail = "editor@example.test";
    public const string ReviewerPassword = "Review-demo-2026!";

    /// <summary>The demo lead account the app creates in Development: it may approve.</summary>
    public const string LeadEmail = "lead@example.test";

    /// <summary>The demo admin account the app creates in Development: it sees every page.</summary>
    public const string AdminEmail = "admin@example.test";

    private DashboardFactory? _factory;
    private string? _signedIn;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>Plain HTTP calls to the app (the API), outside any browser context.</summary>
    public IAPIRequest ApiRequest => _playwright?.APIRequest ?? throw new InvalidOperationException("Playwright has not started.");

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium).");
        }

        Directory.CreateDirectory(_folder);
        var database = Path.Combine(_folder, "dashboard.db");
        _factory = new DashboardFactory(new TestAppOptions(TestStorage.Sqlite(database), _folder)
        {
            SeedPosts = GeneratedPosts,
            Kestrel = true,
            Settings = new Dictionary<string, string>
            {
                ["Database:MigrateOnStart"] = "true",
                ["Seed:RandomSeed"] = "2829",
                ["Review:DoubleReviewShare"] = DoubleReviewTests.Share,
            },
        });
        _factory.StartServer();

        // Never let a test write into a developer's database.
        var dataSource = new SqliteConnectionStringBuilder(Services.GetRequiredService<DashboardConnection>().ConnectionString).DataSource;
        if (!string.Equals(Path.GetFullPath(dataSource), database, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The app opened {dataSource}, not the test database {database}.");
        }

        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            .FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel reported no http address.");
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");

        await MaliciousPost.ImportAsync(Services);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        Directory.CreateDirectory(ScreenshotFolder);
        _signedIn = await SignInAsync();
    }

    /// <summary>
    /// Signs in once through the real sign-in form with the Development demo editor, and keeps the
    /// browser's cookies so that every test's context starts signed in.
    /// </summary>
    private async Task<string> SignInAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        context.SetDefaultTimeout(TimeoutMs);
        try
        {
            var page = await context.NewPageAsync();
            await SignInThroughFormAsync(page, ReviewerEmail);
            return await context.StorageStateAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Fills and submits the real sign-in form with a demo account, and waits for the queue it leads to.</summary>
    private Task SignInThroughFormAsync(IPage page, string email) => SignInThroughFormAsync(page, email, BaseAddress);

    /// <summary>As above, on the app at <paramref name="app"/> (another instance than this fixture's).</summary>
    private static async Task SignInThroughFormAsync(IPage page, string email, Uri app)
    {
        await page.GotoAsync(new Uri(app, "account/login").ToString());
        await page.Locator("#login-email").FillAsync(email);
        await page.Locator("#login-password").FillAsync(ReviewerPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(app.ToString(), new PageAssertionsToHaveURLOptions { Timeout = TimeoutMs });
    }

    /// <summary>A new browser context (own cookies, own circuit) and page; disposing it saves a full-page screenshot.</summary>
    public Task<BrowserSession> OpenAsync(string name) => OpenContextAsync(name, _signedIn);

    /// <summary>
    /// A new browser context whose relative addresses go to <paramref name="baseAddress"/>, signed in
    /// as <paramref name="email"/> through the sign-in form of the app at <paramref name="signInAt"/>
    /// (for tests that run their own app instances beside this fixture's).
    /// </summary>
    public async Task<BrowserSession> OpenAtAsync(string name, Uri baseAddress, Uri signInAt, string email)
    {
        var session = await OpenContextAsync(name, storageState: null, baseAddress);
        try
        {
            await SignInThroughFormAsync(session.Page, email, signInAt);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A new browser context that signs in through the real sign-in form as <paramref name="email"/>
    /// (a demo account), so it acts with that account's role and name; otherwise like <see cref="OpenAsync"/>.
    /// </summary>
    public async Task<BrowserSession> OpenAsAsync(string name, string email)
    {
        var session = await OpenContextAsync(name, storageState: null);
        try
        {
            await SignInThroughFormAsync(session.Page, email);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A new context signed in as <paramref name="email"/> (signed out when null) whose options
    /// <paramref name="configure"/> adjusts first: a colour scheme to emulate, or BypassCSP for axe.
    /// </summary>
    public async Task<BrowserSession> OpenWithAsync(string name, string? email, Action<BrowserNewContextOptions> configure)
    {
        var session = await OpenContextAsync(name, storageState: null, configure: configure);
        try
        {
            if (email is not null)
            {
                await SignInThroughFormAsync(session.Page, email);
            }

            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private async Task<BrowserSession> OpenContextAsync(string name, string? storageState, Uri? baseAddress = null, Action<BrowserNewContextOptions>? configure = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = (baseAddress ?? BaseAddress).ToString(),
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
            Locale = "en-US",
            StorageState = storageState,
        };
        configure?.Invoke(options);
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, name);
    }

    /// <summary>How many posts the queue's default view holds: flagged for review and not yet approved or indexed.</summary>
    public async Task<int> CountNeedsReviewAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        // The workflow's rule, not a copy of it: a rejected post has left the queue too.
        var outOfQueue = Dashboard.Core.Review.ReviewWorkflow.OutOfQueueStatuses.ToList();
        return await db.Posts.CountAsync(
            p => p.NeedsHumanReview && !outOfQueue.Contains(p.Status),
            TestContext.Current.CancellationToken);
    }

    /// <summary>The stored posts with these source ids.</summary>
    public async Task<IReadOnlyList<Dashboard.Web.Data.Entities.PostRecord>> GetPostsAsync(IReadOnlyCollection<string> sourceIds)
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Posts.AsNoTracking().Where(p => sourceIds.Contains(p.SourceId)).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The page the app's own query returns for <paramref name="filter"/>, to compare the grid with.</summary>
    public Task<QueueResult> QueryAsync(QueueFilter filter) =>
        Services.GetRequiredService<QueueQuery>().GetPageAsync(filter, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
