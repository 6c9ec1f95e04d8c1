using System.Globalization;
using System.Net.Http.Headers;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Api;

/// <summary>Who calls the API: nobody, a signed-in account of each role (cookie), or the indexer's token (lead).</summary>
public enum Caller
{
    Anonymous,
    Editor,
    Lead,
    Admin,
    Token,
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiApp>
{
    public const string Name = "api";
}

/// <summary>
/// The real app in memory (Development, a fresh database, the first-run seed of the sample
/// and 20 generated posts, the demo accounts), with one HTTP client per <see cref="Caller"/>.
/// Tests make their own posts (<see cref="NewPostAsync"/>) so they depend on no other test.
/// </summary>
public sealed class ApiApp : IAsyncLifetime
{
    public const int GeneratedPosts = 20;
    public const string IndexerTokenName = "search-indexer";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"dashboard-api-tests-{Guid.NewGuid():N}");
    private readonly Dictionary<Caller, HttpClient> _clients = [];
    private DashboardFactory? _factory;
    private TestStorage? _storage;

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>Bearer tokens per role, made through the token service.</summary>
    public IReadOnlyDictionary<Role, string> Tokens { get; private set; } = new Dictionary<Role, string>();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _storage = await TestStorage.CreateAsync(Path.Combine(_folder, "dashboard.db"));
        _factory = new DashboardFactory(new TestAppOptions(_storage, _folder) { SeedPosts = GeneratedPosts });
        _clients[Caller.Anonymous] = NewClient();

        var tokens = new Dictionary<Role, string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            tokens[role] = await CreateTokenAsync($"api-tests-{Roles.NameOf(role)}", Roles.NameOf(role));
        }

        Tokens = tokens;
        _clients[Caller.Token] = WithToken(await CreateTokenAsync(IndexerTokenName, Roles.Lead));
        _clients[Caller.Editor] = await SignedInAsync(DemoAccounts.All[0].Email, DemoAccounts.Password);
        _clients[Caller.Lead] = await SignedInAsync(DemoAccounts.All[1].Email, DemoAccounts.Password);
        _clients[Caller.Admin] = await SignedInAsync(DemoAccounts.All[2].Email, DemoAccounts.Password);
    }

    public HttpClient Client(Caller caller) => _clients[caller];

    /// <summary>A client with its own cookie jar that follows no redirect, so tests see each answer.</summary>
    public HttpClient NewClient() => _factory!.NewClient();

    public HttpClient WithToken(string token)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> CreateTokenAsync(string name, string role)
    {
        var created = await Get<TokenService>().CreateAsync(name, role, AccountService.CommandLine, TestContext.Current.CancellationToken);
        Assert.True(created.Token is not null, created.Result.Message);
        return created.Token;
    }

    /// <summary>
    /// A new client signed in through the real sign-in form. As a browser on the app's own pages
    /// does, it names the app as the Origin of every request, unless <paramref name="fromOwnPages"/>
    /// is false (then each request says where it comes from, or nothing).
    /// </summary>
    public async Task<HttpClient> SignedInAsync(string email, string password, bool fromOwnPages = true)
    {
        var client = NewClient();
        var response = await SignIn.SubmitAsync(client, email, password);
        Assert.True(SignIn.Succeeded(response), $"sign-in of {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
        if (fromOwnPages)
        {
            client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        }

        return client;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public DashboardDbContext CreateContext() => Get<IDbContextFactory<DashboardDbContext>>().CreateDbContext();

    /// <summary>
    /// Imports a post of its own (a fresh source id, drafted) and takes it through the workflow, as
    /// an admin would, to <paramref name="status"/>.
    /// </summary>
    public async Task<string> NewPostAsync(string status = ReviewStatus.Drafted)
    {
        var sourceId = NewSourceId();
        var summary = await Get<PostImporter>().ImportAsync([TestFiles.FromText($"{sourceId}.txt", PostText(sourceId))], "api tests", "tests",
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, summary.Imported);

        var reviews = Get<ReviewService>();
        var admin = new Reviewer("api tests", Role.Admin);
        ReviewAction[] steps = status switch
        {
            ReviewStatus.Drafted => [],
            ReviewStatus.InReview => [ReviewAction.SubmitForApproval],
            ReviewStatus.ChangesRequested => [ReviewAction.SubmitForApproval, ReviewAction.RequestChanges],
            ReviewStatus.Approved => [ReviewAction.SubmitForApproval, ReviewAction.Approve],
            ReviewStatus.Indexed => [ReviewAction.SubmitForApproval, ReviewAction.Approve, ReviewAction.MarkIndexed],
            ReviewStatus.Rejected => [ReviewAction.Reject],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a status"),
        };
        foreach (var step in steps)
        {
            var version = await RowVersionAsync(sourceId);
            var done = step switch
            {
                ReviewAction.SubmitForApproval => await reviews.SubmitAsync(sourceId, version, admin),
                ReviewAction.RequestChanges => await reviews.RequestChangesAsync(sourceId, version, "tests", admin),
                ReviewAction.Approve => await reviews.ApproveAsync(sourceId, version, admin),
                ReviewAction.Reject => await reviews.RejectAsync(sourceId, version, RejectionReason.Other, "tests", null, admin),
                _ => (await reviews.MarkIndexedAsync([new IndexAckRequest(sourceId, version)], admin)).Indexed.Count == 1 ? ReviewResult.Done(0, status, "") : ReviewResult.Refused(ReviewFailure.Invalid, "not indexed"),
            };
            Assert.True(done.Succeeded, done.Message);
        }

        return sourceId;
    }

    public static string NewSourceId() => $"api-test-{Guid.NewGuid():N}";

    /// <summary>The sample export, as another post: its own source id, drafted, needing review.</summary>
    public static string PostText(string sourceId) =>
        TestFiles.ReplaceLine(TestFiles.SampleText, "  • source id:", $"  • source id: {sourceId}");

    public async Task<long> RowVersionAsync(string sourceId)
    {
        await using var db = CreateContext();
        return await db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.RowVersion).SingleAsync(TestContext.Current.CancellationToken);
    }

    public async Task<string> StatusAsync(string sourceId)
    {
        await using var db = CreateContext();
        return await db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.Status).SingleAsync(TestContext.Current.CancellationToken);
    }

    public async Task<EntityTagHeaderValue> ETagAsync(string sourceId) =>
        new($"\"{(await RowVersionAsync(sourceId)).ToString(CultureInfo.InvariantCulture)}\"");

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the system's temp clean-up takes it.
        }
    }
}
