using Dashboard.Web.Data;
using Dashboard.Web.Features.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.Web.Hosting;

/// <summary>Creates and migrates the database, and gives an empty one its first posts.</summary>
public sealed partial class DatabaseSetup(
    IDbContextFactory<DashboardDbContext> contexts,
    DashboardConnection connection,
    PostImporter importer,
    IOptions<SeedOptions> seedOptions,
    ILogger<DatabaseSetup> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            await PrepareSqliteFileAsync(cancellationToken);
        }

        // On PostgreSQL, EF takes a lock for the migration: instances starting together migrate once.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (connection.Provider == DatabaseProvider.Postgres)
        {
            // The PostgreSQL provider reads the history table before creating it, and logs that
            // expected failure as an error on every new database; the table made first (as EF
            // makes it) keeps a first start's log clean.
            await db.Database.ExecuteSqlRawAsync(
                """CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" ("MigrationId" character varying(150) NOT NULL PRIMARY KEY, "ProductVersion" character varying(32) NOT NULL)""",
                cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers (the queue) go on while an import writes; the setting lives in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogMigrated(logger, connection.Provider, DisplayName());
    }

    private async Task PrepareSqliteFileAsync(CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;
        if (Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // A new database gets 16 KiB pages before its first table: a post row (about 4.5 KB with
        // its document) then fits one page instead of spilling into overflow pages, which
        // measured twice as fast for bulk inserts. SQLite ignores this on an existing database.
        await using var setup = connection.Open();
        await using var pragma = setup.CreateCommand();
        pragma.CommandText = "PRAGMA page_size=16384; PRAGMA journal_mode=WAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }

    // The file, or the server and database: never the password.
    private string DisplayName() => connection.Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnectionStringBuilder(connection.ConnectionString) is var pg ? $"{pg.Host}:{pg.Port}/{pg.Database}" : ""
        : new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;

    /// <summary>On an empty database: the sample export and a generated batch, so a new user sees a queue.</summary>
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        var seed = seedOptions.Value;
        if (!seed.OnFirstRun)
        {
            return;
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Posts.AnyAsync(cancellationToken) || await db.ImportBatches.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        var files = new List<ImportFile> { SampleData.SampleFile() };
        files.AddRange(SampleData.Generated(seed.GeneratedPosts, seed.RandomSeed));
        var summary = await importer.ImportAsync(files, "first-run sample data", "system", cancellationToken: cancellationToken);
        LogSeeded(logger, summary.Imported, summary.Failed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Provider} database {Database} is migrated")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "First run: imported {Imported} sample posts ({Failed} refused)")]
    private static partial void LogSeeded(ILogger logger, int imported, int failed);
}
