using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Postgres;
using Dashboard.Web.Data.Sqlite;
using Dashboard.Web.Features.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

        // Migrate only when a migration is pending, found from the history table and the migration
        // attributes without EF: an up-to-date database then costs a command-line run no model
        // building (measured: 0.5 s of each import). EF's own Migrate also compares the model with
        // the last snapshot; the tests keep each provider's migrations in step with the model instead.
        var applied = await AppliedMigrationsAsync(cancellationToken);
        if (!KnownMigrations(connection.Provider).All(applied.Contains))
        {
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

            // On PostgreSQL, EF takes a lock for the migration: instances starting together migrate once.
            await db.Database.MigrateAsync(cancellationToken);
        }

        LogMigrated(logger, connection.Provider, DisplayName());
    }

    /// <summary>
    /// The provider's migrations not applied to the database yet, read as <see cref="MigrateAsync"/>
    /// reads them; creates nothing (a SQLite file that is not there has every migration pending).
    /// </summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        var known = KnownMigrations(connection.Provider);
        if (connection.Provider == DatabaseProvider.Sqlite && !File.Exists(new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource))
        {
            return known;
        }

        var applied = await AppliedMigrationsAsync(cancellationToken);
        return [.. known.Where(migration => !applied.Contains(migration))];
    }

    /// <summary>The provider's migrations, as EF finds them: by their attributes, in id order.</summary>
    internal static IReadOnlyList<string> KnownMigrations(DatabaseProvider provider)
    {
        var context = provider == DatabaseProvider.Postgres ? typeof(PostgresDashboardContext) : typeof(SqliteDashboardContext);
        return
        [
            .. typeof(DashboardDbContext).Assembly.GetTypes()
                .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == context)
                .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
                .OfType<string>()
                .Order(StringComparer.Ordinal),
        ];
    }

    private async Task<HashSet<string>> AppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using DbConnection db = connection.Provider == DatabaseProvider.Postgres
            ? await connection.OpenPostgresAsync(cancellationToken)
            : connection.Open();
        await using var exists = db.CreateCommand();
        exists.CommandText = connection.Provider == DatabaseProvider.Postgres
            ? "SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = '__EFMigrationsHistory' AND schemaname = current_schema()"
            : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            return applied;
        }

        await using var read = db.CreateCommand();
        read.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" """;
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
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
