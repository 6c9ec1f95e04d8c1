using System.Text.Json;
using Dashboard.Core.Format;
using Dashboard.Web.Features.Overview;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Imports;

/// <summary>The import verb killed hard in the middle of a batch, then run again, with the real program.</summary>
public class ImportKillSafetyTests
{
    private const int FileCount = 20_000;
    private const int ChunkSize = 500;

    [Fact]
    public async Task Import_killed_midway_leaves_no_partial_post_and_running_it_again_completes_the_batch()
    {
        using var folder = TempFolder.Create();
        TestFiles.WriteGenerated(folder.Path, FileCount);
        await using var db = await TestDatabase.CreateAsync();
        var environment = new Dictionary<string, string> { ["Import__ChunkSize"] = ChunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        using (var first = DashboardProcess.Start(db.Storage, ["import", folder.Path, "--json"], environment))
        {
            await WaitForFirstPostsAsync(db, first);
            Assert.False(first.HasExited, "the import finished before it could be killed");
            first.KillHard();
        }

        var survivors = ReadPosts(db);
        Assert.InRange(survivors.Count, 1, FileCount - 1);
        // Chunks commit whole: what survived is a whole number of chunks.
        Assert.Equal(0, survivors.Count % ChunkSize);
        Assert.Equal(survivors.Count, survivors.Select(p => p.SourceId).Distinct().Count());
        foreach (var (sourceId, document) in survivors)
        {
            var parsed = PostParser.Parse(document);
            Assert.True(parsed.IsSuccess, $"the stored document of {sourceId} does not parse: {parsed}");
            Assert.Equal(sourceId, parsed.Post.SourceId);
            Assert.Equal(document, PostWriter.Write(parsed.Post));
        }

        Assert.Equal(1L, Scalar(db, """SELECT count(*) FROM "ImportBatches" WHERE "FinishedAtUtc" IS NULL"""));
        // The killed batch's counts are those of the chunks it committed, and the overview says it was interrupted.
        var killed = (await db.Get<OverviewQuery>().GetAsync(Xunit.TestContext.Current.CancellationToken)).Batches.Single().Batch;
        Assert.Equal((survivors.Count, 0, true), (killed.Imported, killed.Failed, killed.Interrupted));

        using var second = DashboardProcess.Start(db.Storage, ["import", folder.Path, "--json"], environment);
        var result = await second.WaitAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var summary = json.RootElement;
        Assert.Equal(survivors.Count, summary.GetProperty("unchanged").GetInt32());
        Assert.Equal(FileCount - survivors.Count, summary.GetProperty("imported").GetInt32());
        Assert.Equal(FileCount, summary.GetProperty("imported").GetInt32() + summary.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, summary.GetProperty("failed").GetInt32());
        Assert.Equal(FileCount, Scalar(db, """SELECT count(*) FROM "Posts" """));
        Assert.Equal(FileCount, Scalar(db, """SELECT count(DISTINCT "SourceId") FROM "Posts" """));
    }

    private static async Task WaitForFirstPostsAsync(TestDatabase db, DashboardProcess import)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Xunit.TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(2)); // a guard against a hung child, not a speed check
        while (!import.HasExited && Scalar(db, """SELECT count(*) FROM "Posts" """) == 0)
        {
            await Task.Delay(10, deadline.Token);
        }
    }

    private static long Scalar(TestDatabase db, string sql) => db.Storage.Scalar(sql);

    private static List<(string SourceId, string Document)> ReadPosts(TestDatabase db)
    {
        using var connection = db.Storage.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "SourceId", "Document" FROM "Posts" """;
        using var reader = command.ExecuteReader();
        var posts = new List<(string, string)>();
        while (reader.Read())
        {
            posts.Add((reader.GetString(0), reader.GetString(1)));
        }

        return posts;
    }
}
