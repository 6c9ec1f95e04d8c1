using System.Threading.Channels;
using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Imports;
using Dashboard.Web.Features.NearCopies;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Imports;

/// <summary>
/// Imports batches of alphanode files. Files are read and parsed in parallel, in order, with a
/// bounded look-ahead (memory does not grow with the batch); posts are stored through one
/// prepared ADO.NET command set under the schema EF's migrations create, one transaction per
/// chunk. A file is stored whole or not at all, so a killed import leaves no partial post and
/// running it again only adds what is missing.
/// </summary>
public sealed partial class PostImporter(
    IDatabaseProvider provider,
    NearCopyClustering clustering,
    IOptions<ImportOptions> options,
    IOptions<CheckOptions> checkOptions,
    TimeProvider time,
    ILogger<PostImporter> logger)
{
    // Files are parsed in groups (one task per group keeps scheduling cost off each file), and at
    // most LookAhead groups wait for the writer: memory stays flat whatever the batch size.
    private const int GroupSize = 32;
    private const int LookAhead = 16;

    /// <summary>
    /// For tests only: awaited after each read-ahead of stored posts, before the group is stored,
    /// so a test can land a reviewer's edit exactly between the two.
    /// </summary>
    internal Func<IReadOnlyList<string>, Task>? AfterReadAhead { get; set; }

    public async Task<ImportSummary> ImportAsync(
        IEnumerable<ImportFile> files,
        string origin,
        string importedBy,
        IProgress<ImportProgress>? progress = null,
        int? total = null,
        CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var checks = new CheckContext(checkOptions.Value, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        using var store = await provider.OpenPostStoreAsync(time, cancellationToken);
        var batchId = store.StartBatch(origin, importedBy);
        LogImportStarted(logger, batchId, origin, importedBy);

        var channel = Channel.CreateBounded<Task<ParsedFile[]>>(new BoundedChannelOptions(LookAhead) { SingleReader = true, SingleWriter = true });
        // Stops the reading side too when storing fails, so it never waits on a full channel.
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var group in files.Chunk(GroupSize))
                    {
                        var parse = Task.Run(() => Array.ConvertAll(group, file => ParsedFile.Read(file, settings, checks, time.GetUtcNow().UtcDateTime)), stopReading.Token);
                        await channel.Writer.WriteAsync(parse, stopReading.Token);
                    }
                }
                finally
                {
                    channel.Writer.Complete();
                }
            },
            stopReading.Token);

        var counts = new ImportCounts();
        var errors = new List<ImportFileError>();
        var firstFileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var processed = 0;
        var inChunk = 0;
        store.Begin();
        try
        {
            await foreach (var pending in channel.Reader.ReadAllAsync(cancellationToken))
            {
                var group = await pending;
                await ReadAheadAsync(store, SourceIds(group, 0));
                for (var i = 0; i < group.Length; i++)
                {
                    counts.Add(Store(store, batchId, group[i], checks, counts, firstFileOf, errors));
                    processed++;
                    if (++inChunk >= settings.ChunkSize)
                    {
                        store.SaveCounts(batchId, counts);
                        store.Commit();
                        store.Begin();
                        await ReadAheadAsync(store, SourceIds(group, i + 1));
                        inChunk = 0;
                        progress?.Report(new ImportProgress(processed, total));
                    }
                }
            }

            await producer;
            store.SaveCounts(batchId, counts);
            store.Commit();
        }
        catch
        {
            await stopReading.CancelAsync();
            store.Rollback();
            throw;
        }

        store.FinishBatch(batchId, counts, Webhooks.WebhookOutbox.ImportFinished(batchId, origin, importedBy, counts, time.GetUtcNow().UtcDateTime));

        // After the writes, on committed rows: the batch's posts join the clusters of the whole database.
        // Should this stop, the posts stay pending and the next run places them.
        var placed = await clustering.PlacePendingAsync(cancellationToken);
        progress?.Report(new ImportProgress(processed, total));
        LogImportFinished(logger, batchId, counts.Imported, counts.Updated, counts.Unchanged, counts.Conflicts, counts.Failed);
        return new ImportSummary(batchId, counts.Imported, counts.Updated, counts.Unchanged, counts.Conflicts, counts.Failed, errors, placed.InClusters) { FailedChecks = counts.FailedChecks };
    }

    private async Task ReadAheadAsync(IPostStore store, IReadOnlyList<string> sourceIds)
    {
        store.Prefetch(sourceIds);
        if (AfterReadAhead is { } hook)
        {
            await hook(sourceIds);
        }
    }

    private static IReadOnlyList<string> SourceIds(ParsedFile[] group, int from) =>
        [.. group.Skip(from).Where(f => f.Post is not null).Select(f => f.Post!.Record.SourceId)];

    private ImportOutcome Store(
        IPostStore store,
        long batchId,
        ParsedFile parsed,
        CheckContext checks,
        ImportCounts counts,
        Dictionary<string, string> firstFileOf,
        List<ImportFileError> errors)
    {
        if (parsed.Post is not { } post)
        {
            foreach (var error in parsed.Errors)
            {
                store.AddError(batchId, error.File, error.Line, error.Message);
                errors.Add(error);
            }

            return ImportOutcome.Failed;
        }

        var sourceId = post.Record.SourceId;
        if (!firstFileOf.TryAdd(sourceId, parsed.File.Name))
        {
            var duplicate = new ImportFileError(
                parsed.File.Name,
                0,
                $"source id \"{sourceId}\" is also in \"{firstFileOf[sourceId]}\" of this batch; only that first file was imported");
            store.AddError(batchId, duplicate.File, duplicate.Line, duplicate.Message);
            errors.Add(duplicate);
            return ImportOutcome.Failed;
        }

        var (outcome, stored) = ImportDecision.Apply(store, batchId, post, checks, time.GetUtcNow().UtcDateTime);
        counts.AddChecks(stored);
        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import batch {BatchId} started from {Origin} by {ImportedBy}")]
    private static partial void LogImportStarted(ILogger logger, long batchId, string origin, string importedBy);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import batch {BatchId} finished: {Imported} imported, {Updated} updated, {Unchanged} unchanged, {Conflicts} conflicts, {Failed} failed")]
    private static partial void LogImportFinished(ILogger logger, long batchId, int imported, int updated, int unchanged, int conflicts, int failed);
}
