using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Assignment;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.Review;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Assignment;

/// <summary>A migrated database with three editor accounts and a lead, and posts imported in one batch with the stacks asked for.</summary>
internal sealed class AssignmentFixture : IAsyncDisposable
{
    public const string Password = "Review-demo-2026!";

    public static readonly string[] Editors = ["ed.one@example.test", "ed.two@example.test", "ed.three@example.test"];

    public static readonly Reviewer Lead = new("lee.lead@example.test", Role.Lead);

    private AssignmentFixture(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public AssignmentService Assignments => Database.Get<AssignmentService>();

    public QueueQuery Queue => Database.Get<QueueQuery>();

    public BulkReviewService Bulk => Database.Get<BulkReviewService>();

    public static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    public static async Task<AssignmentFixture> CreateAsync()
    {
        var fixture = new AssignmentFixture(await TestDatabase.CreateAsync());
        var accounts = fixture.Database.Get<AccountService>();
        foreach (var editor in Editors)
        {
            Assert.True((await accounts.CreateAsync(editor, Password, Roles.Editor, AccountService.CommandLine)).Succeeded);
        }

        Assert.True((await accounts.CreateAsync(Lead.Name, Password, Roles.Lead, AccountService.CommandLine)).Succeeded);
        return fixture;
    }

    /// <summary>Imports one post per stack given (its only stack entry), drafted; returns their source ids in order.</summary>
    public async Task<List<string>> AddAsync(IReadOnlyList<string> stacks, string status = ReviewStatus.Drafted)
    {
        var ids = stacks.Select((_, i) => $"alphanode-assign-{i:D4}").ToList();
        var files = ids.Select((id, i) => TestFiles.FromPost($"{id}.txt", PostBuilder.From(ReviewDatabase.NewPost(id, status))
            .WithMeta(meta => meta with { Stack = [stacks[i]] }).Build()));
        Assert.Equal(ids.Count, (await Database.ImportAsync(files)).Imported);
        return ids;
    }

    /// <summary>What "My work" lists for <paramref name="reviewer"/>: the queue filtered to assignee=me.</summary>
    public async Task<IReadOnlyList<string>> MyWorkAsync(string reviewer) =>
        await Queue.GetSourceIdsAsync(new QueueFilter { Assignee = AssigneeFilter.Me, Me = reviewer }, 10_000, Cancel);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
