using System.Globalization;
using System.Text.Json;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Data.Imports;
using Microsoft.Data.Sqlite;

namespace Dashboard.Web.Data.Sqlite;

/// <summary>
/// The importer's reads and writes on SQLite, as prepared ADO.NET commands on one connection. The
/// SQL follows the schema of EF's migrations and EF's SQLite value formats (dates as ISO text, lists
/// as JSON), so EF reads back exactly what this writes; the columns come from <see cref="PostColumns"/>.
/// A chunk holds the database's write lock from its start, so every read is current.
/// </summary>
internal sealed class SqlitePostStore : IPostStore
{
    private static readonly IReadOnlyList<PostColumn> Updated = PostColumns.BoundOnUpdate;

    private readonly SqliteConnection _db;
    private readonly TimeProvider _time;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _lock;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _insertConflict;
    private readonly SqliteCommand _insertHistory;
    private readonly SqliteCommand _insertError;
    private readonly SqliteCommand _maxId;
    private readonly SqliteCommand _indexNew;
    private readonly SqliteCommand _lastId;
    private readonly SqliteCommand _insertCheck;
    private readonly SqliteCommand _deleteChecks;
    private readonly SqliteCommand _signature;
    private readonly SqliteCommand[] _commands;
    private SqliteTransaction? _transaction;
    private FileStream? _lease;
    private long _chunkAfterId;

    public SqlitePostStore(SqliteConnection db, TimeProvider time)
    {
        _db = db;
        _time = time;

        // WAL with synchronous=NORMAL stays consistent on a crash (a commit is atomic) and only
        // risks the last commits on power loss; a larger page cache keeps the indexes' hot pages
        // in memory through a chunk. Both apply to this connection only.
        using (var pragmas = db.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=8192; PRAGMA journal_size_limit=67108864;";
            pragmas.ExecuteNonQuery();
        }

        _find = Prepare("SELECT Id, ContentHash, ImportedHash, ReviewerTouched FROM Posts WHERE SourceId = $SourceId", "$SourceId");
        _lock = Prepare("SELECT Id, ContentHash, ImportedHash, ReviewerTouched, Status, Version, LastReviewed, NeedsHumanReview, Checklist, Document FROM Posts WHERE Id = $Id", "$Id");
        _insert = Prepare(
            $"INSERT INTO Posts ({string.Join(", ", PostColumns.All.Select(c => c.Name))}) VALUES ({string.Join(", ", PostColumns.All.Select(c => "$" + c.Name))})",
            [.. PostColumns.All.Select(c => "$" + c.Name)]);
        _update = Prepare(
            $"UPDATE Posts SET {PostColumns.UpdateSetList(name => name, name => "$" + name)} WHERE Id = $Id",
            [.. Updated.Select(c => "$" + c.Name), "$Id"]);
        _insertConflict = Prepare(
            "INSERT INTO PostConflicts (PostId, ImportBatchId, Document, ContentHash, DetectedAtUtc) SELECT $PostId, $ImportBatchId, $Document, $ContentHash, $DetectedAtUtc " +
            "WHERE NOT EXISTS (SELECT 1 FROM PostConflicts WHERE PostId = $PostId AND ContentHash = $ContentHash AND ResolvedAtUtc IS NULL)",
            "$PostId", "$ImportBatchId", "$Document", "$ContentHash", "$DetectedAtUtc");
        _insertHistory = Prepare(
            "INSERT INTO PostHistory (PostId, AtUtc, Actor, Kind, Action, Note, Before, After, ImportBatchId) VALUES ($PostId, $AtUtc, $Actor, $Kind, $Action, $Note, $Before, $After, $ImportBatchId)",
            "$PostId", "$AtUtc", "$Actor", "$Kind", "$Action", "$Note", "$Before", "$After", "$ImportBatchId");
        _maxId = Prepare("SELECT IFNULL(MAX(Id), 0) FROM Posts");
        _indexNew = Prepare(FullTextSearch.IndexNewPostsSql, "$AfterId");
        _insertError = Prepare(
            "INSERT INTO ImportErrors (ImportBatchId, File, Line, Message) VALUES ($ImportBatchId, $File, $Line, $Message)",
            "$ImportBatchId", "$File", "$Line", "$Message");
        _lastId = Prepare("SELECT last_insert_rowid()");
        _insertCheck = Prepare(
            $"INSERT INTO PostChecks (PostId, {string.Join(", ", CheckColumns.All.Select(c => c.Name))}) VALUES ($PostId, {string.Join(", ", CheckColumns.All.Select(c => "$" + c.Name))})",
            ["$PostId", .. CheckColumns.All.Select(c => "$" + c.Name)]);
        _deleteChecks = Prepare("DELETE FROM PostChecks WHERE PostId = $PostId", "$PostId");
        _signature = Prepare(
            "INSERT INTO PostSignatures (PostId, Signature, Pending, Revision) SELECT Id, $Signature, 1, 0 FROM Posts WHERE SourceId = $SourceId " +
            "ON CONFLICT (PostId) DO UPDATE SET Signature = excluded.Signature, Pending = 1, Revision = Revision + 1",
            "$Signature", "$SourceId");
        _commands = [_find, _lock, _insert, _update, _insertConflict, _insertHistory, _insertError, _maxId, _indexNew, _lastId, _insertCheck, _deleteChecks, _signature];
    }

    public long StartBatch(string origin, string importedBy)
    {
        // The lease is taken before the batch is visible, so no reader sees it without one.
        using var transaction = _db.BeginTransaction(deferred: false);
        using var command = _db.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO ImportBatches (StartedAtUtc, Origin, ImportedBy, Imported, Updated, Unchanged, Conflicts, Failed) VALUES ($at, $origin, $by, 0, 0, 0, 0, 0) RETURNING Id";
        command.Parameters.AddWithValue("$at", Format(_time.GetUtcNow().UtcDateTime));
        command.Parameters.AddWithValue("$origin", origin);
        command.Parameters.AddWithValue("$by", importedBy);
        var batchId = (long)command.ExecuteScalar()!;
        _lease = SqliteImportLease.Take(_db.ConnectionString, batchId);
        transaction.Commit();
        return batchId;
    }

    public void SaveCounts(long batchId, ImportCounts counts) => WriteCounts(batchId, counts, finished: false);

    public void FinishBatch(long batchId, ImportCounts counts, WebhookEventRecord finished)
    {
        _transaction = _db.BeginTransaction(deferred: false);
        WriteCounts(batchId, counts, finished: true);
        using (var command = _db.CreateCommand())
        {
            command.Transaction = _transaction;
            command.CommandText = $"INSERT INTO WebhookEvents ({nameof(finished.Type)}, {nameof(finished.Data)}, {nameof(finished.OccurredAtUtc)}, {nameof(finished.FannedOut)}) VALUES ($type, $data, $at, 0)";
            command.Parameters.AddWithValue("$type", finished.Type);
            command.Parameters.AddWithValue("$data", finished.Data);
            command.Parameters.AddWithValue("$at", Format(finished.OccurredAtUtc));
            command.ExecuteNonQuery();
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        _lease?.Dispose();
        _lease = null;
    }

    // BEGIN IMMEDIATE takes the write lock up front: a second importer waits (busy timeout)
    // instead of failing with "database is locked" when its read turns into a write.
    public void Begin()
    {
        _transaction = _db.BeginTransaction(deferred: false);
        foreach (var command in _commands)
        {
            command.Transaction = _transaction;
        }

        _chunkAfterId = (long)_maxId.ExecuteScalar()!;
    }

    // One indexed lookup per post is cheaper in process than a prefetch round.
    public void Prefetch(IReadOnlyList<string> sourceIds)
    {
    }

    public StoredPost? Find(string sourceId)
    {
        Set(_find, "$SourceId", sourceId);
        using var reader = _find.ExecuteReader();
        return reader.Read() ? new StoredPost(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)) : null;
    }

    // The chunk's write lock already keeps every other writer out.
    public (StoredPost Post, StoredRevision Revision) Lock(long id)
    {
        Set(_lock, "$Id", id);
        using var reader = _lock.ExecuteReader();
        reader.Read();
        return (
            new StoredPost(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)),
            new StoredRevision(
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : DateOnly.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                reader.GetBoolean(7),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(8)) ?? [],
                reader.GetString(9)));
    }

    public void Insert(long batchId, PreparedPost post)
    {
        Bind(_insert, PostColumns.All, post, batchId);
        _insert.ExecuteNonQuery();
        if (post.Checks.Count > 0)
        {
            InsertChecks((long)_lastId.ExecuteScalar()!, post);
        }
        WriteSignature(post);
    }

    public void Update(long id, long batchId, PreparedPost post, ImportHistoryRow history)
    {
        Bind(_update, Updated, post, batchId);
        Set(_update, "$Id", id);
        _update.ExecuteNonQuery();
        WriteSignature(post);

        // The checks describe the content, which was replaced whole.
        Set(_deleteChecks, "$PostId", id);
        _deleteChecks.ExecuteNonQuery();
        InsertChecks(id, post);

        Set(_insertHistory, "$PostId", id);
        Set(_insertHistory, "$AtUtc", Format(history.AtUtc));
        Set(_insertHistory, "$Actor", history.Actor);
        Set(_insertHistory, "$Kind", (int)history.Kind);
        Set(_insertHistory, "$Action", history.Action);
        Set(_insertHistory, "$Note", history.Note);
        Set(_insertHistory, "$Before", history.Before);
        Set(_insertHistory, "$After", history.After);
        Set(_insertHistory, "$ImportBatchId", batchId);
        _insertHistory.ExecuteNonQuery();
    }

    public void AddConflict(long postId, long batchId, PreparedPost post, DateTime detectedAtUtc)
    {
        Set(_insertConflict, "$PostId", postId);
        Set(_insertConflict, "$ImportBatchId", batchId);
        Set(_insertConflict, "$Document", post.Record.Document);
        Set(_insertConflict, "$ContentHash", post.Record.ContentHash);
        Set(_insertConflict, "$DetectedAtUtc", Format(detectedAtUtc));
        _insertConflict.ExecuteNonQuery();
    }

    public void AddError(long batchId, string file, int line, string message)
    {
        Set(_insertError, "$ImportBatchId", batchId);
        Set(_insertError, "$File", file);
        Set(_insertError, "$Line", line);
        Set(_insertError, "$Message", message);
        _insertError.ExecuteNonQuery();
    }

    public void Commit()
    {
        if (_transaction is null)
        {
            return;
        }

        // The chunk's new posts join the search index in the same transaction.
        Set(_indexNew, "$AfterId", _chunkAfterId);
        _indexNew.ExecuteNonQuery();
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
    }

    public void Rollback()
    {
        _transaction?.Rollback();
        _transaction?.Dispose();
        _transaction = null;
    }

    public void Dispose()
    {
        Rollback();
        _lease?.Dispose();
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        _db.Dispose();
    }

    // Pending until the clustering has placed the post.
    private void WriteSignature(PreparedPost post)
    {
        Set(_signature, "$Signature", post.Signature);
        Set(_signature, "$SourceId", post.Record.SourceId);
        _signature.ExecuteNonQuery();
    }

    private void WriteCounts(long batchId, ImportCounts counts, bool finished)
    {
        using var command = _db.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = "UPDATE ImportBatches SET FinishedAtUtc = $at, Imported = $i, Updated = $u, Unchanged = $n, Conflicts = $c, Failed = $f WHERE Id = $id";
        command.Parameters.AddWithValue("$at", finished ? Format(_time.GetUtcNow().UtcDateTime) : DBNull.Value);
        command.Parameters.AddWithValue("$i", counts.Imported);
        command.Parameters.AddWithValue("$u", counts.Updated);
        command.Parameters.AddWithValue("$n", counts.Unchanged);
        command.Parameters.AddWithValue("$c", counts.Conflicts);
        command.Parameters.AddWithValue("$f", counts.Failed);
        command.Parameters.AddWithValue("$id", batchId);
        command.ExecuteNonQuery();
    }

    private void InsertChecks(long postId, PreparedPost post)
    {
        Set(_insertCheck, "$PostId", postId);
        foreach (var check in post.Checks)
        {
            foreach (var column in CheckColumns.All)
            {
                Set(_insertCheck, "$" + column.Name, column.Value(check));
            }

            _insertCheck.ExecuteNonQuery();
        }
    }

    private static void Bind(SqliteCommand command, IEnumerable<PostColumn> columns, PreparedPost post, long batchId)
    {
        foreach (var column in columns)
        {
            Set(command, "$" + column.Name, column.Type switch
            {
                PostColumnType.TextList => column.Json!(post),
                PostColumnType.Date => (column.Value(post, batchId) as DateOnly?)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                PostColumnType.Timestamp => Format((DateTime)column.Value(post, batchId)!),
                _ => column.Value(post, batchId),
            });
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _db.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        return command;
    }

    private static void Set(SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;

    // EF Core's SQLite format for DateTime, so EF parses what the bulk path writes.
    internal static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
