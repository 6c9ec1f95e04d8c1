namespace Dashboard.Web.Data.Postgres;

/// <summary>
/// PostgreSQL's full-text search behind the queue's search box: a stored, generated
/// <c>tsvector</c> over title, topic and summary with a GIN index. PostgreSQL keeps it in step
/// on every insert (the importer's COPY included) and update, so nothing else maintains it.
/// It finds the same words as the SQLite index (FTS5's unicode61 tokenizer with
/// remove_diacritics): punctuation splits words, so "asp.net" is "asp" and "net" where
/// PostgreSQL's parser would keep one token; the <see cref="Configuration"/> lower-cases, drops
/// accents (the <c>unaccent</c> extension) and does not stem.
/// </summary>
internal static class PostgresTextSearch
{
    /// <summary>The text search configuration that the column and every query use.</summary>
    public const string Configuration = "dashboard_words";

    /// <summary>The configuration; the extension is trusted, so the database's owner may create it.</summary>
    public const string WordsConfigurationSql = $"""
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE TEXT SEARCH CONFIGURATION {Configuration} (COPY = pg_catalog.simple);
        ALTER TEXT SEARCH CONFIGURATION {Configuration}
            ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
            WITH unaccent, simple;
        """;

    public const string WordsConfigurationDropSql = $"DROP TEXT SEARCH CONFIGURATION IF EXISTS {Configuration};";

    /// <summary>The column and its index since the SearchWords migration.</summary>
    public const string WordsCreateSql = $"""
        ALTER TABLE "Posts" ADD COLUMN "Search" tsvector GENERATED ALWAYS AS (
            to_tsvector('{Configuration}'::regconfig, regexp_replace(
                coalesce("Title", '') || ' ' || coalesce("Topic", '') || ' ' || coalesce("Summary", ''), '[[:punct:]]+', ' ', 'g'))) STORED;
        CREATE INDEX "IX_Posts_Search" ON "Posts" USING GIN ("Search");
        """;

    /// <summary>The column and its index as the InitialCreate migration made them (PostgreSQL's own word parser, accents kept).</summary>
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
