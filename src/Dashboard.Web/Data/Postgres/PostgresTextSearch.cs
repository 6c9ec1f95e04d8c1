namespace Dashboard.Web.Data.Postgres;

/// <summary>
/// PostgreSQL's full-text search behind the queue's search box: a stored, generated
/// <c>tsvector</c> over title, topic and summary with a GIN index. PostgreSQL keeps it in step
/// on every insert (the importer's COPY included) and update, so nothing else maintains it. The
/// <c>simple</c> configuration lower-cases and does not stem, as the SQLite index does.
/// </summary>
internal static class PostgresTextSearch
{
    public const string CreateSql = """
        ALTER TABLE "Posts" ADD COLUMN "Search" tsvector GENERATED ALWAYS AS (
            to_tsvector('simple'::regconfig, coalesce("Title", '') || ' ' || coalesce("Topic", '') || ' ' || coalesce("Summary", ''))) STORED;
        CREATE INDEX "IX_Posts_Search" ON "Posts" USING GIN ("Search");
        """;

    public const string DropSql = """
        DROP INDEX IF EXISTS "IX_Posts_Search";
        ALTER TABLE "Posts" DROP COLUMN IF EXISTS "Search";
        """;
}
