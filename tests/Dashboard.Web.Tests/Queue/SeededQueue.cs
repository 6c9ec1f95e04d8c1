using Dashboard.Core.Format;
using Dashboard.Web.Data;
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
        post.Meta.Revision?.Status ?? "drafted",
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

        // The generator never writes "indexed": index a few posts that need review, as the index feed would.
        var indexed = posts.Where(p => p.NeedsHumanReview).Take(10).Select(p => p.SourceId).ToList();
        await using (var context = database.CreateContext())
        {
            await context.Posts.Where(p => indexed.Contains(p.SourceId))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(p => p.Status, "indexed").SetProperty(p => p.InQueue, PostMapping.IsInQueue(true, "indexed")),
                    Xunit.TestContext.Current.CancellationToken);
        }

        posts = [.. posts.Select(p => indexed.Contains(p.SourceId) ? p with { Status = "indexed" } : p)];
        return new SeededQueue(database, posts);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
