using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Imports;

/// <summary>The importer's PostgreSQL path: new posts go in by COPY, chunk by chunk.</summary>
public class PostgresImportTests
{
    [Fact]
    public async Task New_posts_are_written_through_copy_and_importing_them_again_leaves_every_post_unchanged()
    {
        TestStorage.SkipOnSqlite("COPY is the PostgreSQL store's bulk path");
        await using var db = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Import:ChunkSize"] = "500" });
        // Records the statement behind every insert into Posts, as the server saw it.
        Execute(db, """
            CREATE TABLE "PostWrites" ("Statement" text NOT NULL);
            CREATE FUNCTION record_post_write() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN INSERT INTO "PostWrites" VALUES (current_query()); RETURN NULL; END $$;
            CREATE TRIGGER record_post_write AFTER INSERT ON "Posts" FOR EACH STATEMENT EXECUTE FUNCTION record_post_write();
            """);
        var files = TestFiles.Generate(0, 1200).Select(f => f.ToImport()).ToList();

        var first = await db.ImportAsync(files);
        var writes = Statements(db);
        var again = await db.ImportAsync(files);

        Assert.Equal((1200, 0, 0, 0, 0), (first.Imported, first.Updated, first.Unchanged, first.Conflicts, first.Failed));
        Assert.InRange(writes.Count, 1, 3);
        Assert.All(writes, w => Assert.StartsWith("COPY \"Posts\"", w, StringComparison.Ordinal));
        Assert.Equal((0, 0, 1200, 0, 0), (again.Imported, again.Updated, again.Unchanged, again.Conflicts, again.Failed));
        Assert.Equal(writes, Statements(db));
        Assert.Equal(1200, db.Storage.Scalar("""SELECT count(*) FROM "Posts" WHERE "Search" IS NOT NULL"""));
    }

    private static void Execute(TestDatabase db, string sql)
    {
        using var connection = db.Storage.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Statements(TestDatabase db)
    {
        using var connection = db.Storage.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Statement" FROM "PostWrites" """;
        using var reader = command.ExecuteReader();
        var statements = new List<string>();
        while (reader.Read())
        {
            statements.Add(reader.GetString(0));
        }

        return statements;
    }
}
