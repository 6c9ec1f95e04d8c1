using Dashboard.Web.Data.Entities;
using Dashboard.Web.Data.Imports;
using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Web.Data.Postgres;

/// <summary>
/// The importer's reads and writes on PostgreSQL. What is stored for a group of files is read in
/// one round trip (<see cref="Prefetch"/>), without a lock; a post about to be updated is read
/// again with one (<see cref="Lock"/>). New posts are written with one binary <c>COPY</c> per
/// chunk; updates, conflicts and history are plain statements (rarer). The columns come from
/// <see cref="PostColumns"/>. Every chunk holds a transaction-scoped advisory lock, so imports
/// from several instances take turns chunk by chunk instead of racing on the same source ids.
/// </summary>
internal sealed class PostgresPostStore : IPostStore
{
    // Any constant shared by every instance: the lock that serialises import chunks.
    private const long ImportLock = 0x616c70686e6f6465;

    // New posts in one batch from which the importer vacuums the table itself.
    private const int VacuumAfter = 10_000;

    private static readonly IReadOnlyList<PostColumn> Updated = PostColumns.BoundOnUpdate;

    private static readonly string UpdateSql =
        $"UPDATE \"Posts\" SET {PostColumns.UpdateSetList(name => $"\"{name}\"", name => "@" + name)} WHERE \"Id\" = @Id";

    private static readonly string CopySql =
        $"COPY \"Posts\" ({string.Join(", ", PostColumns.All.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";

    // The chunk's failing checks, written after its posts (new posts get their ids from the COPY),
    // joined to them by source id in one statement.
    private static readonly string InsertChecksSql =
        $"INSERT INTO \"PostChecks\" (\"PostId\", {string.Join(", ", CheckColumns.All.Select(c => $"\"{c.Name}\""))}) " +
        $"SELECT p.\"Id\", {string.Join(", ", CheckColumns.All.Select(c => $"c.\"{c.Name}\""))} " +
        $"FROM unnest(@SourceId, {string.Join(", ", CheckColumns.All.Select(c => "@" + c.Name))}) AS c(\"SourceId\", {string.Join(", ", CheckColumns.All.Select(c => $"\"{c.Name}\""))}) " +
        "JOIN \"Posts\" p ON p.\"SourceId\" = c.\"SourceId\"";

    private readonly NpgsqlConnection _db;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, StoredPost?> _stored = new(StringComparer.Ordinal);
    private readonly List<(PreparedPost Post, long BatchId)> _pendingInserts = [];
    private readonly List<(string SourceId, Dashboard.Core.Checks.CheckResult Check)> _pendingChecks = [];
    private readonly List<PreparedPost> _pendingSignatures = [];
    private NpgsqlTransaction? _transaction;
    private long? _batchId;

    public PostgresPostStore(NpgsqlConnection db, TimeProvider time)
    {
        _db = db;
        _time = time;

        // A post's document (about 3.5 KB) is compressed as it is stored; LZ4 does that in two
        // thirds of the time of the default (measured: 100,000 rows 3.4 s -> 2.2 s). A server
        // built without LZ4 refuses the setting, and keeps its default.
        try
        {
            using var compression = Command("SET default_toast_compression = 'lz4'");
            compression.ExecuteNonQuery();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidParameterValue)
        {
        }
    }

    public long StartBatch(string origin, string importedBy)
    {
        // The lease is taken before the batch is visible, so no reader sees it without one; a
        // session lock outlives the transaction.
        _transaction = _db.BeginTransaction();
        using (var command = Command(
            """INSERT INTO "ImportBatches" ("StartedAtUtc", "Origin", "ImportedBy", "Imported", "Updated", "Unchanged", "Conflicts", "Failed") VALUES (@at, @origin, @by, 0, 0, 0, 0, 0) RETURNING "Id" """))
        {
            command.Parameters.AddWithValue("at", Now());
            command.Parameters.AddWithValue("origin", origin);
            command.Parameters.AddWithValue("by", importedBy);
            _batchId = (long)command.ExecuteScalar()!;
        }

        PostgresImportLease.Take(_db, _transaction, _batchId.Value);
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        return _batchId.Value;
    }

    public void SaveCounts(long batchId, ImportCounts counts) => WriteCounts(batchId, counts, finished: false);

    public void FinishBatch(long batchId, ImportCounts counts, WebhookEventRecord finished)
    {
        _transaction = _db.BeginTransaction();
        WriteCounts(batchId, counts, finished: true);
        using (var command = Command(
            $"""INSERT INTO "WebhookEvents" ("{nameof(finished.Type)}", "{nameof(finished.Data)}", "{nameof(finished.OccurredAtUtc)}", "{nameof(finished.FannedOut)}") VALUES (@type, @data, @at, false)"""))
        {
            command.Parameters.AddWithValue("type", finished.Type);
            command.Parameters.AddWithValue("data", finished.Data);
            command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = DateTime.SpecifyKind(finished.OccurredAtUtc, DateTimeKind.Utc) });
            command.ExecuteNonQuery();
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        PostgresImportLease.Release(_db, batchId);
        _batchId = null;

        // After a large batch the queue's pages are read from the indexes alone only once the
        // table's visibility map is set; autovacuum would get there later (measured right after
        // 100,000 new posts: 50 ms a page before, 6 ms after).
        if (counts.Imported >= VacuumAfter)
        {
            using var vacuum = Command("""VACUUM (ANALYZE) "Posts" """);
            vacuum.CommandTimeout = 0;
            vacuum.ExecuteNonQuery();
        }
    }

    public void Begin()
    {
        _transaction = _db.BeginTransaction();
        _stored.Clear();
        _pendingInserts.Clear();
        _pendingChecks.Clear();
        using var command = Command("SELECT pg_advisory_xact_lock(@key)");
        command.Parameters.AddWithValue("key", ImportLock);
        command.ExecuteNonQuery();
    }

    public void Prefetch(IReadOnlyList<string> sourceIds)
    {
        var ids = sourceIds.Where(id => !_stored.ContainsKey(id)).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        using var command = Command("""SELECT "SourceId", "Id", "ContentHash", "ImportedHash", "ReviewerTouched" FROM "Posts" WHERE "SourceId" = ANY(@ids)""");
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = ids });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _stored[reader.GetString(0)] = new StoredPost(reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4));
        }

        // Ids not found are new: remember that too, so a later prefetch does not ask again.
        foreach (var id in ids)
        {
            _stored.TryAdd(id, null);
        }
    }

    public StoredPost? Find(string sourceId)
    {
        if (!_stored.TryGetValue(sourceId, out var stored))
        {
            Prefetch([sourceId]);
            stored = _stored[sourceId];
        }

        return stored;
    }

    public (StoredPost Post, StoredRevision Revision) Lock(long id)
    {
        using var command = Command(
            """SELECT "ContentHash", "ImportedHash", "ReviewerTouched", "Status", "Version", "LastReviewed", "NeedsHumanReview", "Checklist", "Document" FROM "Posts" WHERE "Id" = @id FOR UPDATE""");
        command.Parameters.AddWithValue("id", id);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (
            new StoredPost(id, reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)),
            new StoredRevision(
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
                reader.GetBoolean(6),
                [.. reader.GetFieldValue<string[]>(7)],
                reader.GetString(8)));
    }

    public void Insert(long batchId, PreparedPost post)
    {
        _pendingInserts.Add((post, batchId));
        AddChecks(post);
        _pendingSignatures.Add(post);
    }

    public void Update(long id, long batchId, PreparedPost post, ImportHistoryRow history)
    {
        using (var update = Command(UpdateSql))
        {
            foreach (var column in Updated)
            {
                update.Parameters.Add(new NpgsqlParameter(column.Name, TypeOf(column)) { Value = ValueOf(column, post, batchId) ?? DBNull.Value });
            }

            update.Parameters.AddWithValue("Id", id);
            update.ExecuteNonQuery();
        }

        // The checks describe the content, which was replaced whole.
        using (var delete = Command("""DELETE FROM "PostChecks" WHERE "PostId" = @id"""))
        {
            delete.Parameters.AddWithValue("id", id);
            delete.ExecuteNonQuery();
        }

        AddChecks(post);
        _pendingSignatures.Add(post);

        using var entry = Command(
            """INSERT INTO "PostHistory" ("PostId", "AtUtc", "Actor", "Kind", "Action", "Note", "Before", "After", "ImportBatchId") VALUES (@post, @at, @actor, @kind, @action, @note, @before, @after, @batch)""");
        entry.Parameters.AddWithValue("post", id);
        entry.Parameters.AddWithValue("at", history.AtUtc);
        entry.Parameters.AddWithValue("actor", history.Actor);
        entry.Parameters.AddWithValue("kind", (int)history.Kind);
        entry.Parameters.AddWithValue("action", history.Action);
        entry.Parameters.AddWithValue("note", history.Note);
        entry.Parameters.AddWithValue("before", history.Before);
        entry.Parameters.AddWithValue("after", history.After);
        entry.Parameters.AddWithValue("batch", batchId);
        entry.ExecuteNonQuery();
    }

    public void AddConflict(long postId, long batchId, PreparedPost post, DateTime detectedAtUtc)
    {
        using var conflict = Command(
            """
            INSERT INTO "PostConflicts" ("PostId", "ImportBatchId", "Document", "ContentHash", "DetectedAtUtc")
            SELECT @post, @batch, @document, @hash, @at
            WHERE NOT EXISTS (SELECT 1 FROM "PostConflicts" WHERE "PostId" = @post AND "ContentHash" = @hash AND "ResolvedAtUtc" IS NULL)
            """);
        conflict.Parameters.AddWithValue("post", postId);
        conflict.Parameters.AddWithValue("batch", batchId);
        conflict.Parameters.AddWithValue("document", post.Record.Document);
        conflict.Parameters.AddWithValue("hash", post.Record.ContentHash);
        conflict.Parameters.AddWithValue("at", detectedAtUtc);
        conflict.ExecuteNonQuery();
    }

    public void AddError(long batchId, string file, int line, string message)
    {
        using var command = Command("""INSERT INTO "ImportErrors" ("ImportBatchId", "File", "Line", "Message") VALUES (@batch, @file, @line, @message)""");
        command.Parameters.AddWithValue("batch", batchId);
        command.Parameters.AddWithValue("file", file);
        command.Parameters.AddWithValue("line", line);
        command.Parameters.AddWithValue("message", message);
        command.ExecuteNonQuery();
    }

    public void Commit()
    {
        if (_transaction is null)
        {
            return;
        }

        if (_pendingInserts.Count > 0)
        {
            using var copy = _db.BeginBinaryImport(CopySql);
            foreach (var (post, batchId) in _pendingInserts)
            {
                copy.StartRow();
                foreach (var column in PostColumns.All)
                {
                    if (ValueOf(column, post, batchId) is { } value)
                    {
                        copy.Write(value, TypeOf(column));
                    }
                    else
                    {
                        copy.WriteNull();
                    }
                }
            }

            copy.Complete();
        }

        WriteChecks();

        WriteSignatures();
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        _pendingInserts.Clear();
        _pendingSignatures.Clear();
    }

    private void AddChecks(PreparedPost post)
    {
        foreach (var check in post.Checks)
        {
            _pendingChecks.Add((post.Record.SourceId, check));
        }
    }

    private void WriteChecks()
    {
        if (_pendingChecks.Count == 0)
        {
            return;
        }

        using var insert = Command(InsertChecksSql);
        insert.Parameters.Add(new NpgsqlParameter("SourceId", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = _pendingChecks.Select(p => p.SourceId).ToArray() });
        foreach (var column in CheckColumns.All)
        {
            object values = column.Type == PostColumnType.Integer
                ? _pendingChecks.Select(p => (int?)column.Value(p.Check)).ToArray()
                : _pendingChecks.Select(p => (string?)column.Value(p.Check)).ToArray();
            insert.Parameters.Add(new NpgsqlParameter(column.Name, NpgsqlDbType.Array | (column.Type == PostColumnType.Integer ? NpgsqlDbType.Integer : NpgsqlDbType.Text)) { Value = values });
        }

        insert.ExecuteNonQuery();
        _pendingChecks.Clear();
    }

    public void Rollback()
    {
        // Disposing an open transaction rolls it back (and does not throw on a broken connection).
        _transaction?.Dispose();
        _transaction = null;
        _pendingInserts.Clear();
        _pendingChecks.Clear();
        _pendingSignatures.Clear();
    }

    public void Dispose()
    {
        Rollback();
        if (_batchId is { } unfinished && _db.State == System.Data.ConnectionState.Open)
        {
            // A pooled connection would keep the session, and the lease with it, after this import ends.
            try
            {
                PostgresImportLease.Release(_db, unfinished);
            }
            catch (NpgsqlException)
            {
                // A broken session took the lease with it.
            }
        }

        _db.Dispose();
    }

    // The chunk's new and updated posts' signatures, by source id (the COPY gives no ids back), pending for the clustering.
    private void WriteSignatures()
    {
        if (_pendingSignatures.Count == 0)
        {
            return;
        }

        using var command = Command(
            """
            INSERT INTO "PostSignatures" ("PostId", "Signature", "Pending", "Revision")
            SELECT p."Id", v.signature, TRUE, 0 FROM unnest(@ids, @signatures) AS v(source_id, signature) JOIN "Posts" p ON p."SourceId" = v.source_id
            ON CONFLICT ("PostId") DO UPDATE SET "Signature" = EXCLUDED."Signature", "Pending" = TRUE, "Revision" = "PostSignatures"."Revision" + 1
            """);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = _pendingSignatures.Select(p => p.Record.SourceId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("signatures", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = _pendingSignatures.Select(p => p.Signature).ToArray() });
        command.ExecuteNonQuery();
    }

    private void WriteCounts(long batchId, ImportCounts counts, bool finished)
    {
        using var command = Command(
            """UPDATE "ImportBatches" SET "FinishedAtUtc" = @at, "Imported" = @i, "Updated" = @u, "Unchanged" = @n, "Conflicts" = @c, "Failed" = @f WHERE "Id" = @id""");
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = finished ? Now() : DBNull.Value });
        command.Parameters.AddWithValue("i", counts.Imported);
        command.Parameters.AddWithValue("u", counts.Updated);
        command.Parameters.AddWithValue("n", counts.Unchanged);
        command.Parameters.AddWithValue("c", counts.Conflicts);
        command.Parameters.AddWithValue("f", counts.Failed);
        command.Parameters.AddWithValue("id", batchId);
        command.ExecuteNonQuery();
    }

    private static object? ValueOf(PostColumn column, PreparedPost post, long batchId) =>
        column.Value(post, batchId) switch
        {
            DateTime at => DateTime.SpecifyKind(at, DateTimeKind.Utc),
            var value => value,
        };

    private static NpgsqlDbType TypeOf(PostColumn column) => column.Type switch
    {
        PostColumnType.Text => NpgsqlDbType.Text,
        PostColumnType.Integer => NpgsqlDbType.Integer,
        PostColumnType.BigInt => NpgsqlDbType.Bigint,
        PostColumnType.Boolean => NpgsqlDbType.Boolean,
        PostColumnType.Date => NpgsqlDbType.Date,
        PostColumnType.Timestamp => NpgsqlDbType.TimestampTz,
        PostColumnType.TextList => NpgsqlDbType.Array | NpgsqlDbType.Text,
        PostColumnType.Json => NpgsqlDbType.Jsonb,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "a column type the PostgreSQL store does not write"),
    };

    private NpgsqlCommand Command(string sql) => new(sql, _db, _transaction);

    private DateTime Now() => _time.GetUtcNow().UtcDateTime;
}
