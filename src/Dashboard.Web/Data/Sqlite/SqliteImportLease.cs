using Dashboard.Web.Data.Imports;
using Microsoft.Data.Sqlite;

namespace Dashboard.Web.Data.Sqlite;

/// <summary>
/// An import's lease on SQLite: a small file beside the database, opened exclusively for as long
/// as the import runs. The operating system drops the lock when the process ends however it ends,
/// so a file that opens exclusively (or is gone) belongs to an interrupted import.
/// </summary>
internal sealed class SqliteImportLease(DashboardConnection connection) : IRunningImports
{
    /// <summary>Takes the batch's lease; null for an in-memory database, which no other process sees.</summary>
    public static FileStream? Take(string connectionString, long batchId) =>
        PathOf(connectionString, batchId) is { } path
            ? new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose)
            : null;

    public Task<IReadOnlySet<long>> RunningAsync(IReadOnlyCollection<long> batchIds, CancellationToken cancellationToken = default)
    {
        var running = new HashSet<long>();
        foreach (var id in batchIds)
        {
            if (PathOf(connection.ConnectionString, id) is not { } path)
            {
                // No file to lock: nothing tells, so the batch is not called interrupted.
                running.Add(id);
                continue;
            }

            try
            {
                // Opens only if no import holds it; a killed import's file is removed on the way.
                using var stale = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (FileNotFoundException)
            {
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Held by a running import (or not ours to open: then nothing tells either).
                running.Add(id);
            }
        }

        return Task.FromResult<IReadOnlySet<long>>(running);
    }

    private static string? PathOf(string connectionString, long batchId) =>
        new SqliteConnectionStringBuilder(connectionString) is { DataSource: { Length: > 0 } file, Mode: not SqliteOpenMode.Memory }
            && file != ":memory:" && !file.StartsWith("file:", StringComparison.Ordinal)
            ? $"{file}-import-{batchId}.lease"
            : null;
}
