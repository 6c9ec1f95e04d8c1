using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Data.Sqlite;
using Dashboard.Web.Features.Review;
using Microsoft.Data.Sqlite;

namespace Dashboard.Web.Features.Imports;

/// <summary>
/// The importer's writes on SQLite, as prepared ADO.NET commands on one connection. The SQL follows the
/// schema of EF's migrations and EF's SQLite value formats (dates as ISO text, lists as JSON),
/// so EF reads back exactly what this writes.
/// </summary>
internal sealed class SqlitePostStore : IPostStore
{
    // The Posts columns an import writes; the commands bind each by name.
    private static readonly string[] Columns =
    [
        "SourceId", "Title", "Topic", "Summary", "Difficulty", "CodeLanguage", "ReadingTime", "ViewCount",
        .. ScoreFields.All.Select(s => s.Column()), "Status", "Version", "VersionMajor", "VersionMinor", "VersionPatch",
        "LastReviewed", "NeedsHumanReview", "InQueue", "HasImages", "ImageHeavy", "AiGeneratedStyle", "ImageCount",
        "Stack", "Tools", "Checklist", "Entities", "Reference", "Hash", "Document", "ContentHash", "ImportedHash",
        "ReviewerTouched", "ImportedAtUtc", "UpdatedAtUtc", "LastImportBatchId", "RowVersion",
    ];

    private readonly SqliteConnection _db;
    private readonly TimeProvider _time;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _findConflict;
    private readonly SqliteCommand _insertConflict;
    private readonly SqliteCommand _insertHistory;
    private readonly SqliteCommand _insertError;
    private readonly SqliteCommand _snapshot;
    private readonly SqliteCommand _maxId;
    private readonly SqliteCommand _indexNew;
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
        _insert = Prepare(
            $"INSERT INTO Posts ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})",
            [.. Columns.Select(c => "$" + c)]);
        _update = Prepare(
            $"UPDATE Posts SET {string.Join(", ", Columns.Where(c => c is not ("SourceId" or "ImportedAtUtc" or "RowVersion")).Select(c => $"{c} = ${c}"))}, " +
            "ImportedAtUtc = $UpdatedAtUtc, RowVersion = RowVersion + 1 WHERE Id = $Id",
            [.. Columns.Where(c => c is not ("ImportedAtUtc" or "RowVersion")).Select(c => "$" + c), "$Id"]);
        _findConflict = Prepare("SELECT 1 FROM PostConflicts WHERE PostId = $PostId AND ContentHash = $ContentHash AND ResolvedAtUtc IS NULL", "$PostId", "$ContentHash");
        _insertConflict = Prepare(
            "INSERT INTO PostConflicts (PostId, ImportBatchId, Document, ContentHash, DetectedAtUtc) VALUES ($PostId, $ImportBatchId, $Document, $ContentHash, $DetectedAtUtc)",
            "$PostId", "$ImportBatchId", "$Document", "$ContentHash", "$DetectedAtUtc");
        _insertHistory = Prepare(
            "INSERT INTO PostHistory (PostId, AtUtc, Actor, Action, Note, Before, After, ImportBatchId) VALUES ($PostId, $AtUtc, $Actor, $Action, $Note, $Before, $After, $ImportBatchId)",
            "$PostId", "$AtUtc", "$Actor", "$Action", "$Note", "$Before", "$After", "$ImportBatchId");
        _maxId = Prepare("SELECT IFNULL(MAX(Id), 0) FROM Posts");
        _indexNew = Prepare(FullTextSearch.IndexNewPostsSql, "$AfterId");
        _snapshot = Prepare("SELECT Status, Version, LastReviewed, NeedsHumanReview, Checklist, Document FROM Posts WHERE Id = $Id", "$Id");
        _insertError = Prepare(
            "INSERT INTO ImportErrors (ImportBatchId, File, Line, Message) VALUES ($ImportBatchId, $File, $Line, $Message)",
            "$ImportBatchId", "$File", "$Line", "$Message");
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

    public void FinishBatch(long batchId, ImportCounts counts)
    {
        WriteCounts(batchId, counts, finished: true);
        _lease?.Dispose();
        _lease = null;
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

    // BEGIN IMMEDIATE takes the write lock up front: a second importer waits (busy timeout)
    // instead of failing with "database is locked" when its read turns into a write.
    public void Begin()
    {
        SetTransaction(_db.BeginTransaction(deferred: false));
        _chunkAfterId = (long)_maxId.ExecuteScalar()!;
    }

    public void Commit()
    {
        if (_transaction is not null)
        {
            // The chunk's new posts join the search index in the same transaction.
            Set(_indexNew, "$AfterId", _chunkAfterId);
            _indexNew.ExecuteNonQuery();
        }

        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }

    public void Rollback()
    {
        _transaction?.Rollback();
        _transaction?.Dispose();
        _transaction = null;
    }

    // One indexed lookup per post is cheaper in process than a prefetch round.
    public void Prefetch(IEnumerable<string> sourceIds)
    {
    }

    public void AddError(long batchId, ImportFileError error)
    {
        Set(_insertError, "$ImportBatchId", batchId);
        Set(_insertError, "$File", error.File);
        Set(_insertError, "$Line", error.Line);
        Set(_insertError, "$Message", error.Message);
        _insertError.ExecuteNonQuery();
    }

    public ImportOutcome Upsert(long batchId, PreparedPost prepared)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var hash = prepared.Record.ContentHash;
        Set(_find, "$SourceId", prepared.Record.SourceId);
        long id;
        string contentHash, importedHash;
        bool touched;
        using (var reader = _find.ExecuteReader())
        {
            if (!reader.Read())
            {
                reader.Close();
                Bind(_insert, prepared, batchId);
                _insert.ExecuteNonQuery();
                return ImportOutcome.Imported;
            }

            id = reader.GetInt64(0);
            contentHash = reader.GetString(1);
            importedHash = reader.GetString(2);
            touched = reader.GetBoolean(3);
        }

        if (hash == importedHash || hash == contentHash)
        {
            return ImportOutcome.Unchanged;
        }

        if (touched)
        {
            Set(_findConflict, "$PostId", id);
            Set(_findConflict, "$ContentHash", hash);
            if (_findConflict.ExecuteScalar() is null)
            {
                Set(_insertConflict, "$PostId", id);
                Set(_insertConflict, "$ImportBatchId", batchId);
                Set(_insertConflict, "$Document", prepared.Record.Document);
                Set(_insertConflict, "$ContentHash", hash);
                Set(_insertConflict, "$DetectedAtUtc", Format(now));
                _insertConflict.ExecuteNonQuery();
            }

            return ImportOutcome.Conflict;
        }

        var before = Snapshot(id);
        var record = prepared.Record;
        record.ImportedAtUtc = record.UpdatedAtUtc = now;
        Bind(_update, prepared, batchId);
        Set(_update, "$Id", id);
        _update.ExecuteNonQuery();

        Set(_insertHistory, "$PostId", id);
        Set(_insertHistory, "$AtUtc", Format(now));
        Set(_insertHistory, "$Actor", "importer");
        Set(_insertHistory, "$Action", "imported revision");
        Set(_insertHistory, "$Note", $"a changed file replaced the post's content (batch {batchId})");
        Set(_insertHistory, "$Before", before.ToJson());
        Set(_insertHistory, "$After", RevisionSnapshot.Of(record).ToJson());
        Set(_insertHistory, "$ImportBatchId", batchId);
        _insertHistory.ExecuteNonQuery();
        return ImportOutcome.Updated;
    }

    private RevisionSnapshot Snapshot(long id)
    {
        Set(_snapshot, "$Id", id);
        using var reader = _snapshot.ExecuteReader();
        reader.Read();
        return new RevisionSnapshot(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : DateOnly.Parse(reader.GetString(2), CultureInfo.InvariantCulture),
            reader.GetBoolean(3),
            JsonSerializer.Deserialize<List<string>>(reader.GetString(4)) ?? [],
            reader.GetString(5));
    }

    public void Dispose()
    {
        Rollback();
        _lease?.Dispose();
        foreach (var command in new[] { _find, _insert, _update, _findConflict, _insertConflict, _insertHistory, _insertError, _snapshot, _maxId, _indexNew })
        {
            command.Dispose();
        }

        _db.Dispose();
    }

    private void Bind(SqliteCommand command, PreparedPost prepared, long batchId)
    {
        var p = prepared.Record;
        Set(command, "$SourceId", p.SourceId);
        Set(command, "$Title", p.Title);
        Set(command, "$Topic", p.Topic);
        Set(command, "$Summary", p.Summary);
        Set(command, "$Difficulty", p.Difficulty);
        Set(command, "$CodeLanguage", p.CodeLanguage);
        Set(command, "$ReadingTime", p.ReadingTime);
        Set(command, "$ViewCount", p.ViewCount);
        foreach (var score in ScoreFields.All)
        {
            Set(command, "$" + score.Column(), p.GetScore(score));
        }

        Set(command, "$Status", p.Status);
        Set(command, "$Version", p.Version);
        Set(command, "$VersionMajor", p.VersionMajor);
        Set(command, "$VersionMinor", p.VersionMinor);
        Set(command, "$VersionPatch", p.VersionPatch);
        Set(command, "$LastReviewed", p.LastReviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set(command, "$NeedsHumanReview", p.NeedsHumanReview);
        Set(command, "$InQueue", p.InQueue);
        Set(command, "$HasImages", p.HasImages);
        Set(command, "$ImageHeavy", p.ImageHeavy);
        Set(command, "$AiGeneratedStyle", p.AiGeneratedStyle);
        Set(command, "$ImageCount", p.ImageCount);
        Set(command, "$Stack", prepared.StackJson);
        Set(command, "$Tools", prepared.ToolsJson);
        Set(command, "$Checklist", prepared.ChecklistJson);
        Set(command, "$Entities", prepared.EntitiesJson);
        Set(command, "$Reference", p.Reference);
        Set(command, "$Hash", p.Hash);
        Set(command, "$Document", p.Document);
        Set(command, "$ContentHash", p.ContentHash);
        Set(command, "$ImportedHash", p.ImportedHash);
        Set(command, "$ReviewerTouched", false);
        if (command.Parameters.Contains("$ImportedAtUtc"))
        {
            Set(command, "$ImportedAtUtc", Format(p.ImportedAtUtc));
            Set(command, "$RowVersion", 0L);
        }

        Set(command, "$UpdatedAtUtc", Format(p.UpdatedAtUtc));
        Set(command, "$LastImportBatchId", batchId);
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

    private void SetTransaction(SqliteTransaction transaction)
    {
        _transaction = transaction;
        foreach (var command in new[] { _find, _insert, _update, _findConflict, _insertConflict, _insertHistory, _insertError, _snapshot, _maxId, _indexNew })
        {
            command.Transaction = transaction;
        }
    }

    private static void Set(SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;

    // EF Core's SQLite format for DateTime, so EF parses what the bulk path writes.
    internal static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
