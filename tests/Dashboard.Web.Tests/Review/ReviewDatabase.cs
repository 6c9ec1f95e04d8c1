using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Review;

/// <summary>A post as stored, for asserting what a review action did.</summary>
internal sealed record StoredPost(
    string Status, string Version, DateOnly? LastReviewed, bool NeedsHumanReview, bool InQueue, IReadOnlyList<string> Checklist, long RowVersion, string Document);

/// <summary>
/// One migrated temp database per test class; each test adds its own posts (unique source ids),
/// so the tests of a class do not see each other's changes.
/// </summary>
public sealed class ReviewDatabase : IAsyncLifetime
{
    private int _next;

    internal static readonly Reviewer Editor = new("erin.editor", Role.Editor);
    internal static readonly Reviewer Lead = new("lee.lead", Role.Lead);
    internal static readonly Reviewer Admin = new("ada.admin", Role.Admin);

    internal TestDatabase Database { get; private set; } = default!;

    internal ReviewService Reviews => Database.Get<ReviewService>();

    internal BulkReviewService Bulk => Database.Get<BulkReviewService>();

    internal static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    internal static Reviewer As(Role role) => role switch
    {
        Role.Lead => Lead,
        Role.Admin => Admin,
        _ => Editor,
    };

    public async ValueTask InitializeAsync() => Database = await TestDatabase.CreateAsync();

    /// <summary>A database of a test's own, with <paramref name="settings"/> over the app's; the caller disposes it.</summary>
    internal static async Task<ReviewDatabase> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        new() { Database = await TestDatabase.CreateAsync(settings) };

    /// <summary>Creates an account (its sign-in name is <paramref name="email"/>) and returns it as the reviewer it signs in as.</summary>
    internal async Task<Reviewer> AccountAsync(string email, Role role)
    {
        var created = await Database.Get<AccountService>().CreateAsync(email, DemoAccounts.Password, Roles.NameOf(role), Admin);
        Assert.True(created.Succeeded, created.Message);
        return new Reviewer(email, role);
    }

    internal async Task<long> PostIdAsync(string sourceId)
    {
        await using var db = Database.CreateContext();
        return await db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.Id).SingleAsync(Cancel);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    /// <summary>Imports a post in <paramref name="status"/> and returns its source id.</summary>
    internal async Task<string> AddAsync(string status, string version = "1.2.3", bool needsHumanReview = true, IReadOnlyList<string>? checklist = null)
    {
        var sourceId = $"alphanode-review-{Interlocked.Increment(ref _next):D5}";
        var post = NewPost(sourceId, status, version, needsHumanReview, checklist);
        var summary = await Database.ImportAsync([TestFiles.FromPost($"{sourceId}.txt", post)]);
        Assert.Equal(1, summary.Imported);
        return sourceId;
    }

    /// <summary>A post for review tests: the sample with its own source id (in its title too), status, version, flag and checklist.</summary>
    internal static Post NewPost(string sourceId, string status, string version = "1.2.3", bool needsHumanReview = true, IReadOnlyList<string>? checklist = null) =>
        PostBuilder.FromSample()
            .WithTitle(title => $"{title} {sourceId}")
            .WithSourceId(sourceId)
            .WithRevision(status, version)
            .NeedingReview(needsHumanReview)
            .WithChecklist(checklist ?? ["check the defaults", "write the runbook", "review the alerts"])
            .Build();

    internal async Task<List<string>> AddManyAsync(int count, string status)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await AddAsync(status));
        }

        return ids;
    }

    internal async Task<StoredPost> GetAsync(string sourceId)
    {
        await using var db = Database.CreateContext();
        var p = await db.Posts.AsNoTracking().SingleAsync(p => p.SourceId == sourceId, Cancel);
        return new StoredPost(p.Status, p.Version, p.LastReviewed, p.NeedsHumanReview, p.InQueue, p.Checklist, p.RowVersion, p.Document);
    }

    internal async Task<long> RowVersionAsync(string sourceId) => (await GetAsync(sourceId)).RowVersion;

    /// <summary>The post's history, oldest first.</summary>
    internal async Task<List<PostHistoryEntry>> HistoryAsync(string sourceId)
    {
        await using var db = Database.CreateContext();
        return await db.PostHistory.AsNoTracking()
            .Where(h => db.Posts.Any(p => p.Id == h.PostId && p.SourceId == sourceId))
            .OrderBy(h => h.Id).ToListAsync(Cancel);
    }

    internal static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}

