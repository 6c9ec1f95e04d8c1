using Dashboard.Core.Checks;
using Dashboard.Core.Generation;
using Dashboard.Web.Features.Checks;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Checks;

/// <summary>The recheck verb's service: posts stored without checks get them, and a changed setting reaches every stored post.</summary>
public class RecheckTests
{
    private static readonly PostGenerator Generator = new(new GeneratorOptions { Seed = 14 });

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Posts_stored_before_checks_existed_get_the_checks_the_import_gives_them()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportFailingAsync(db);
        var imported = await StoredAsync(db);
        long rowVersions;
        await using (var context = db.CreateContext())
        {
            await context.PostChecks.ExecuteDeleteAsync(Cancel);
            await context.Posts.ExecuteUpdateAsync(s => s.SetProperty(p => p.CheckErrors, 0).SetProperty(p => p.CheckWarnings, 0), Cancel);
            rowVersions = await context.Posts.SumAsync(p => p.RowVersion, Cancel);
        }

        var done = new List<RecheckProgress>();
        var result = await db.Get<PostRecheck>().RunAsync(new SyncProgress(done.Add), Cancel);

        var rechecked = await StoredAsync(db);
        Assert.Equal(Lines(FromStoredDocument(imported, imported)), Lines(FromStoredDocument(rechecked, imported)));
        Assert.Contains(rechecked.Values, p => p.Errors > 0);
        Assert.Equal((imported.Count, 0, rechecked.Values.Count(p => p.Errors > 0)), (result.Posts, result.Unreadable, result.WithErrors));
        Assert.Equal(new RecheckProgress(imported.Count, imported.Count), done[^1]);
        await using var check = db.CreateContext();
        Assert.Equal(rowVersions, await check.Posts.SumAsync(p => p.RowVersion, Cancel));
    }

    [Fact]
    public async Task A_check_switched_off_since_the_import_leaves_every_stored_post()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportFailingAsync(db);
        var imported = await StoredAsync(db);
        var off = imported.Values.SelectMany(p => p.Checks).GroupBy(id => id).MaxBy(g => g.Count())!.Key;

        using (var host = TestDatabase.Build(db.Storage, new Dictionary<string, string?> { ["Checks:Disabled"] = off }))
        {
            await host.Services.GetRequiredService<PostRecheck>().RunAsync(cancellationToken: Cancel);
        }

        var rechecked = await StoredAsync(db);
        Assert.DoesNotContain(rechecked.Values, p => p.Checks.Contains(off));
        Assert.All(FromStoredDocument(imported, imported), p => Assert.Equal(p.Value.Checks.Where(id => id != off), rechecked[p.Key].Checks));
    }

    // The import checks a file as it says it (a file claiming "approved" while it asks for a person
    // is stored "in review"); a recheck, like an edit, reads the stored document, so that one finding is the file's alone.
    private static Dictionary<string, Stored> FromStoredDocument(Dictionary<string, Stored> posts, Dictionary<string, Stored> imported) =>
        posts.Where(p => !imported[p.Key].Checks.Contains(Check.StatusFlags.Id)).ToDictionary();

    // One line a post, so a failure shows the post that differs.
    private static string Lines(Dictionary<string, Stored> posts) =>
        string.Join('\n', posts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value.Errors} {p.Value.Warnings} {p.Value.CheckList}"));

    private static Task ImportFailingAsync(TestDatabase db) =>
        db.ImportAsync(Check.All.Where(c => c != Check.ChecklistMismatch && c != Check.VersionBackwards)
            .Select((check, i) => Generator.GenerateFailing(i, check, Today))
            .Select(f => TestFiles.FromPost($"{f.Post.SourceId}.txt", f.Post)));

    private static async Task<Dictionary<string, Stored>> StoredAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var rows = await context.Posts.AsNoTracking()
            .Select(p => new { p.SourceId, p.CheckErrors, p.CheckWarnings, Checks = context.PostChecks.Where(c => c.PostId == p.Id).Select(c => c.CheckId).ToList() })
            .ToListAsync(Cancel);
        return rows.ToDictionary(r => r.SourceId, r => new Stored(r.CheckErrors, r.CheckWarnings, string.Join(',', r.Checks.Order(StringComparer.Ordinal))));
    }

    private sealed record Stored(int Errors, int Warnings, string CheckList)
    {
        public IEnumerable<string> Checks => CheckList.Split(',', StringSplitOptions.RemoveEmptyEntries);
    }

    private sealed class SyncProgress(Action<RecheckProgress> report) : IProgress<RecheckProgress>
    {
        public void Report(RecheckProgress value) => report(value);
    }
}
