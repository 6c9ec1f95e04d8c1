namespace Dashboard.Web.Data.Sqlite;

/// <summary>
/// The SQLite FTS5 index behind the queue's text search. Posts are inserted only by the bulk
/// importer, which indexes each chunk's new rows in one statement before committing
/// (<see cref="IndexNewPostsSql"/>): a row-by-row insert trigger made imports three times slower.
/// Updates and deletes keep the index in step through triggers. The stack and tools columns (JSON
/// arrays in Posts) are indexed too, so the queue's stack and tool filters narrow by the index
/// first and check the exact value on those candidates only.
/// </summary>
internal static class FullTextSearch
{
    /// <summary>Indexes the posts with an id above <c>$AfterId</c>, in the importer's transaction.</summary>
    public const string IndexNewPostsSql =
        "INSERT INTO PostSearch(rowid, Title, Topic, Summary, Stack, Tools) SELECT Id, Title, Topic, Summary, Stack, Tools FROM Posts WHERE Id > $AfterId";

    public const string CreateSql = """
        CREATE VIRTUAL TABLE PostSearch USING fts5(Title, Topic, Summary, Stack, Tools, content='Posts', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER Posts_SearchDelete AFTER DELETE ON Posts BEGIN
            INSERT INTO PostSearch(PostSearch, rowid, Title, Topic, Summary, Stack, Tools) VALUES ('delete', old.Id, old.Title, old.Topic, old.Summary, old.Stack, old.Tools);
        END;
        CREATE TRIGGER Posts_SearchUpdate AFTER UPDATE OF Title, Topic, Summary, Stack, Tools ON Posts BEGIN
            INSERT INTO PostSearch(PostSearch, rowid, Title, Topic, Summary, Stack, Tools) VALUES ('delete', old.Id, old.Title, old.Topic, old.Summary, old.Stack, old.Tools);
            INSERT INTO PostSearch(rowid, Title, Topic, Summary, Stack, Tools) VALUES (new.Id, new.Title, new.Topic, new.Summary, new.Stack, new.Tools);
        END;
        """;

    public const string DropSql = """
        DROP TRIGGER IF EXISTS Posts_SearchUpdate;
        DROP TRIGGER IF EXISTS Posts_SearchDelete;
        DROP TABLE IF EXISTS PostSearch;
        """;
}
