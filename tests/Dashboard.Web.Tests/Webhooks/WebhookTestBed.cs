using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Features.Webhooks;
using Dashboard.Web.Tests.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Webhooks;

/// <summary>A database of its own with the app's services on a clock the test moves, a local receiver, and helpers to make posts and register the receiver.</summary>
internal sealed class WebhookTestBed : IAsyncDisposable
{
    private int _next;

    private WebhookTestBed(TestDatabase database, WebhookReceiver receiver, ManualClock clock)
    {
        Database = database;
        Receiver = receiver;
        Clock = clock;
    }

    public static readonly Reviewer Admin = new("ada.admin", Role.Admin);
    public static readonly Reviewer Lead = new("lee.lead", Role.Lead);

    /// <summary>Settings of every test bed: the receiver's host allowed, and no background dispatcher (the tests run rounds themselves).</summary>
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Webhooks:AllowedHosts"] = "127.0.0.1",
        ["Webhooks:Deliver"] = "false",
    };

    public TestDatabase Database { get; }

    public WebhookReceiver Receiver { get; }

    public ManualClock Clock { get; }

    public ReviewService Reviews => Database.Get<ReviewService>();

    public WebhookDispatcher Dispatcher => Database.Get<WebhookDispatcher>();

    public static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public static async Task<WebhookTestBed> CreateAsync(Action<IServiceCollection>? services = null)
    {
        var clock = new ManualClock();
        var database = await TestDatabase.CreateAsync(Settings, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            services?.Invoke(s);
        });
        return new WebhookTestBed(database, await WebhookReceiver.StartAsync(), clock);
    }

    /// <summary>Registers the receiver for <paramref name="events"/> (all when none) and returns its secret.</summary>
    public async Task<string> RegisterAsync(params string[] events)
    {
        var wanted = events.Length > 0 ? events : [.. Dashboard.Core.Webhooks.WebhookEventTypes.All.Select(e => e.Name)];
        var registered = await Database.Get<WebhookAdmin>().RegisterAsync(Receiver.Url, wanted, Admin, Ct);
        Assert.True(registered.Succeeded, registered.Message);
        return registered.Value!.Secret;
    }

    /// <summary>Imports posts in <paramref name="status"/> in one batch and returns their source ids.</summary>
    public async Task<IReadOnlyList<string>> AddPostsAsync(int count, string status = ReviewStatus.InReview)
    {
        var ids = Enumerable.Range(0, count).Select(_ => $"alphanode-hook-{Interlocked.Increment(ref _next):D5}").ToList();
        var summary = await Database.ImportAsync([.. ids.Select(id => TestFiles.FromPost($"{id}.txt", ReviewDatabase.NewPost(id, status)))]);
        Assert.Equal(count, summary.Imported);
        return ids;
    }

    public async Task<long> RowVersionAsync(string sourceId)
    {
        await using var db = Database.CreateContext();
        return await db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.RowVersion).SingleAsync(Ct);
    }

    public async Task<string> StatusAsync(string sourceId)
    {
        await using var db = Database.CreateContext();
        return await db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.Status).SingleAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
