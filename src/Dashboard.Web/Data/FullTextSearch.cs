namespace Dashboard.Web.Data;

/// <summary>The SQLite FTS5 index behind the queue's text search.</summary>
internal static class FullTextSearch
{
    public const string CreateSql = """
        CREATE VIRTUAL TABLE PostSearch USING fts5(Title, Topic, Summary, content='Posts', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER Posts_SearchInsert AFTER INSERT ON Posts BEGIN
            INSERT INTO PostSearch(rowid, Title, Topic, Summary) VALUES (new.Id, new.Title, new.Topic, new.Summary);
        END;
        CREATE TRIGGER Posts_SearchDelete AFTER DELETE ON Posts BEGIN
            INSERT INTO PostSearch(PostSearch, rowid, Title, Topic, Summary) VALUES ('delete', old.Id, old.Title, old.Topic, old.Summary);
        END;
        CREATE TRIGGER Posts_SearchUpdate AFTER UPDATE OF Title, Topic, Summary ON Posts BEGIN
            INSERT INTO PostSearch(PostSearch, rowid, Title, Topic, Summary) VALUES ('delete', old.Id, old.Title, old.Topic, old.Summary);
            INSERT INTO PostSearch(rowid, Title, Topic, Summary) VALUES (new.Id, new.Title, new.Topic, new.Summary);
        END;
        """;

    public const string DropSql = """
        DROP TRIGGER IF EXISTS Posts_SearchUpdate;
        DROP TRIGGER IF EXISTS Posts_SearchDelete;
        DROP TRIGGER IF EXISTS Posts_SearchInsert;
        DROP TABLE IF EXISTS PostSearch;
        """;
}
