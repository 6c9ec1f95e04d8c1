using Dashboard.Web.Features.Imports;
using Dashboard.Web.Features.Overview;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Imports;

/// <summary>An import that stops midway keeps the counts of the chunks it stored, and the overview calls it interrupted.</summary>
public class InterruptedImportTests
{
    private const int ChunkSize = 100;

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_import_stopped_after_its_first_chunk_shows_that_chunks_counts_and_is_interrupted_once_it_no_longer_runs()
    {
        await using var db = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Import:ChunkSize"] = ChunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var broken = Enumerable.Range(0, 5).Select(i => TestFiles.FromText($"broken-{i}.txt", "not an alphanode post"));
        var files = broken.Concat(TestFiles.Generate(0, 3 * ChunkSize).Select(f => f.ToImport())).ToList();
        var overview = db.Get<OverviewQuery>();
        ImportBatchRow? whileRunning = null;
        var stop = new StopAfterFirstChunk(() => whileRunning = overview.GetAsync(Cancel).GetAwaiter().GetResult().Batches.Single().Batch);

        await Assert.ThrowsAsync<StoppedForTest>(() => db.Importer.ImportAsync(files, "tests", "tester", stop, cancellationToken: Cancel));

        // While it ran, the first chunk's counts were already stored and the batch was not interrupted.
        Assert.NotNull(whileRunning);
        Assert.Equal((ChunkSize - 5, 5, false), (whileRunning.Imported, whileRunning.Failed, whileRunning.Interrupted));

        var stopped = (await overview.GetAsync(Cancel)).Batches.Single();
        Assert.Null(stopped.Batch.FinishedAtUtc);
        Assert.True(stopped.Batch.Interrupted);
        Assert.Equal(db.Storage.Scalar("""SELECT count(*) FROM "Posts" """), stopped.Batch.Imported);
        Assert.Equal((ChunkSize - 5, 0, 0, 0, 5), (stopped.Batch.Imported, stopped.Batch.Updated, stopped.Batch.Unchanged, stopped.Batch.Conflicts, stopped.Batch.Failed));
        Assert.Equal(5, stopped.Batch.ErrorCount);

        // A later import that finishes is not interrupted, and the stopped one stays so.
        await db.ImportAsync(files);
        var batches = (await overview.GetAsync(Cancel)).Batches.Select(b => b.Batch).ToList();
        Assert.Equal([false, true], batches.Select(b => b.Interrupted));
    }

    private sealed class StoppedForTest : Exception;

    /// <summary>Reports synchronously: looks at the overview after the first chunk committed, then stops the import.</summary>
    private sealed class StopAfterFirstChunk(Action look) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            look();
            throw new StoppedForTest();
        }
    }
}
