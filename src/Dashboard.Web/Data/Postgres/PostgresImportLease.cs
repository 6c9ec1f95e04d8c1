using Dashboard.Web.Data.Imports;
using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Web.Data.Postgres;

/// <summary>
/// An import's lease on PostgreSQL: a session advisory lock on (<see cref="LockClass"/>, batch id)
/// held by the import's connection. The server drops it with the session, so a batch whose lock
/// nobody holds, on any instance, belongs to an interrupted import.
/// </summary>
internal sealed class PostgresImportLease(DashboardConnection connection) : IRunningImports
{
    /// <summary>Any constant of its own: the first half of every import lease's key.</summary>
    private const int LockClass = 0x616c7068;

    public static void Take(NpgsqlConnection db, NpgsqlTransaction transaction, long batchId) =>
        Execute(db, transaction, "SELECT pg_advisory_lock(@class, @batch)", batchId);

    public static void Release(NpgsqlConnection db, long batchId) =>
        Execute(db, null, "SELECT pg_advisory_unlock(@class, @batch)", batchId);

    public async Task<IReadOnlySet<long>> RunningAsync(IReadOnlyCollection<long> batchIds, CancellationToken cancellationToken = default)
    {
        var running = new HashSet<long>();
        if (batchIds.Count == 0)
        {
            return running;
        }

        // pg_locks lists the whole server's locks: only this database's count.
        await using var db = new NpgsqlConnection(connection.ConnectionString);
        await db.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT objid::bigint FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid = @class::oid
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND objid::bigint = ANY(@ids)
            """,
            db);
        command.Parameters.AddWithValue("class", LockClass);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = batchIds.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            running.Add(reader.GetInt64(0));
        }

        return running;
    }

    private static void Execute(NpgsqlConnection db, NpgsqlTransaction? transaction, string sql, long batchId)
    {
        using var command = new NpgsqlCommand(sql, db, transaction);
        command.Parameters.AddWithValue("class", LockClass);
        command.Parameters.AddWithValue("batch", checked((int)batchId));
        command.ExecuteNonQuery();
    }
}
