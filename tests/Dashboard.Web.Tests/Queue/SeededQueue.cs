using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Queue;

/// <summary>A post as the queue should see it, computed from the generated post (not read back from the database).</summary>
internal sealed record ExpectedPost(
    string SourceId,
    string Title,
    string? Topic,
    string? Summary,
    string Status,
    bool NeedsHumanReview,
    string? Difficulty,
    IReadOnlyList<string> Stack,
    IReadOnlyList<string> Tools,
    int? Quality,
    int? Clarity)
{
    public static ExpectedPost From(Post post) => new(
        post.SourceId,
        post.Title,
        post.Meta.Topic,
        post.Meta.Summary,
        // The importer admits a file's "approved" or "indexed" as "in review" (ImportPolicy).
        ImportPolicy.Admit(post).Meta.Revision?.Status ?? "drafted",
        post.Meta.Flags?.NeedsHumanReview ?? true,
        post.Meta.Difficulty,
        post.Meta.Stack ?? [],
        post.Meta.Tools ?? [],
        post.Meta.Score?.Quality,
        post.Meta.Score?.Clarity);
}

/// <summary>A temp database with a generated batch imported, and what each post should look like to the queue.</summary>
internal sealed class SeededQueue : IAsyncDisposable
{
    public const int PostCount = 300;

    private SeededQueue(TestDatabase database, List<ExpectedPost> posts)
    {
        Database = database;
        Posts = posts;
    }

    public TestDatabase Database { get; }

    public IReadOnlyList<ExpectedPost> Posts { get; }

    public static async Task<SeededQueue> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var files = TestFiles.Generate(0, PostCount, seed: 5, needsReviewShare: 0.7);
        var summary = await database.ImportAsync(files.Select(f => f.ToImport()));
        Assert.Equal(PostCount, summary.Imported);
        var posts = files.Select(f => ExpectedPost.From(f.Post)).ToList();

        // Imports never bring "approved" or "indexed" (ImportPolicy): mark a few posts that need
        // review as a lead's approval and the index feed would.
        var flagged = posts.Where(p => p.NeedsHumanReview).Select(p => p.SourceId).ToList();
        var indexed = flagged.Take(10).ToList();
        var approved = flagged.Skip(10).Take(10).ToList();
        await using (var context = database.CreateContext())
        {
            foreach (var (ids, status) in new[] { (indexed, "indexed"), (approved, "approved") })
            {
                await context.Posts.Where(p => ids.Contains(p.SourceId))
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(p => p.Status, status).SetProperty(p => p.InQueue, PostMapping.IsInQueue(true, status)),
                        Xunit.TestContext.Current.CancellationToken);
            }
        }

        posts = [.. posts.Select(p => indexed.Contains(p.SourceId) ? p with { Status = "indexed" } : approved.Contains(p.SourceId) ? p with { Status = "approved" } : p)];
        return new SeededQueue(database, posts);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
