using System.Data.Common;
using Dashboard.Web.Data.Postgres;
using Dashboard.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Web.Tests.TestSupport;

/// <summary>
/// A database of a test's own. On SQLite (the default) a file under the temp folder; when
/// <c>DASHBOARD_TEST_POSTGRES</c> holds a connection string (a role with CREATEDB), a new
/// PostgreSQL database copied from a template that is migrated once per test run, dropped on dispose.
/// Every host a test builds takes its settings from here, so the whole suite runs on either provider.
/// </summary>
public sealed class TestStorage : IAsyncDisposable
{
    public const string PostgresVariable = "DASHBOARD_TEST_POSTGRES";

    private readonly string? _postgresDatabase;

    private TestStorage(string provider, string connectionString, string? filePath, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        FilePath = filePath;
        _postgresDatabase = postgresDatabase;
    }

    public static bool IsPostgres => PostgresTemplate.Server is not null;

    /// <summary>The <c>Database:Provider</c> value: <c>Sqlite</c> or <c>Postgres</c>.</summary>
    public string Provider { get; }

    /// <summary>What the tests put in <c>ConnectionStrings:Dashboard</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? FilePath { get; }

    /// <summary>The settings that point a host at this database, as configuration keys.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ConnectionStrings:Dashboard"] = ConnectionString,
        ["Database:Provider"] = Provider,
    };

    /// <summary>The same settings as environment variables, for the program run as a child process.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    /// <summary>Stops the calling test on PostgreSQL: for the few tests about SQLite itself.</summary>
    public static void SkipOnPostgres(string why)
    {
        if (IsPostgres)
        {
            Assert.Skip($"SQLite only: {why}");
        }
    }

    /// <summary>Stops the calling test on SQLite: for tests of what only the PostgreSQL path does.</summary>
    public static void SkipOnSqlite(string why)
    {
        if (!IsPostgres)
        {
            Assert.Skip($"PostgreSQL only ({PostgresVariable} is not set): {why}");
        }
    }

    /// <summary>
    /// A database with every migration applied (on SQLite: a file that does not exist yet, which
    /// the host migrates). <paramref name="sqliteFile"/> chooses the file; <paramref name="migrated"/>
    /// false gives an empty PostgreSQL database, for tests about what happens before migrating.
    /// </summary>
    public static async Task<TestStorage> CreateAsync(string? sqliteFile = null, bool migrated = true)
    {
        if (PostgresTemplate.Server is not { } server)
        {
            return Sqlite(sqliteFile ?? Path.Combine(Path.GetTempPath(), $"dashboard-web-tests-{Guid.NewGuid():N}.db"));
        }

        var ct = Xunit.TestContext.Current.CancellationToken;
        var name = $"dashboard_test_{Guid.NewGuid():N}";
        var template = migrated ? await PostgresTemplate.NameAsync(ct) : "template0";
        await PostgresTemplate.ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", ct);
        return new TestStorage(PostgresProvider.ProviderName, PostgresTemplate.ForDatabase(server, name), null, name);
    }

    /// <summary>
    /// The SQLite file <paramref name="file"/> (not created yet), whatever <c>DASHBOARD_TEST_POSTGRES</c>
    /// says: for an app that runs on SQLite only, as the browser tests' does.
    /// </summary>
    public static TestStorage Sqlite(string file) => new(SqliteProvider.ProviderName, $"Data Source={file}", file, null);

    /// <summary>An open ADO.NET connection to the database, for tests that read what the program wrote.</summary>
    public DbConnection Open()
    {
        DbConnection connection = Provider == PostgresProvider.ProviderName ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The first column of the first row; write identifiers in double quotes, which both providers read.</summary>
    public long Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Nothing was written yet: no SQLite file, or a PostgreSQL database without a table.</summary>
    public async Task<bool> IsUntouchedAsync()
    {
        if (Provider == SqliteProvider.ProviderName)
        {
            return !File.Exists(FilePath);
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Xunit.TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        return (long)(await command.ExecuteScalarAsync(Xunit.TestContext.Current.CancellationToken))! == 0;
    }

    /// <summary>Whether the database is there: the SQLite file, or the PostgreSQL database on the server.</summary>
    public async Task<bool> ExistsAsync()
    {
        if (Provider == SqliteProvider.ProviderName)
        {
            return File.Exists(FilePath);
        }

        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresTemplate.Server) { Pooling = false }.ToString());
        await admin.OpenAsync(Xunit.TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
        command.Parameters.AddWithValue("name", _postgresDatabase!);
        return await command.ExecuteScalarAsync(Xunit.TestContext.Current.CancellationToken) is not null;
    }

    /// <summary>Deletes the database (the file and its WAL, or drops it on the server), leaving open connections broken.</summary>
    public async Task RemoveAsync()
    {
        if (_postgresDatabase is not null)
        {
            // The pool's idle connections would outlive the database; FORCE ends whatever a host
            // under test still has open.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            await PostgresTemplate.ExecuteAsync(PostgresTemplate.Server!, $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", CancellationToken.None);
            return;
        }

        // Every pool: the host's read-only health check opens the file under a connection string of its own.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(FilePath + suffix);
        }
    }

    public async ValueTask DisposeAsync() => await RemoveAsync();

    /// <summary>The migrated template every test database on PostgreSQL is copied from.</summary>
    private static class PostgresTemplate
    {
        // Any constant: the lock that keeps two test runs on one server from building the same template.
        private const long BuildLock = 0x64617368746d706c;

        private static readonly SemaphoreSlim Gate = new(1, 1);
        private static string? _name;

        /// <summary>The server's connection string from <c>DASHBOARD_TEST_POSTGRES</c>, or null to stay on SQLite.</summary>
        public static string? Server { get; } =
            System.Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

        /// <summary>
        /// A per-test database's connection string: a small pool, since each test has its own
        /// database and the server's connections are shared by every test running at once.
        /// </summary>
        public static string ForDatabase(string server, string database) =>
            new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 10, ConnectionIdleLifetime = 30 }.ToString();

        /// <summary>
        /// Named after the latest migration, so a schema change makes a new template. Built under a
        /// different name and renamed when complete: a run stopped midway leaves no half-migrated template.
        /// </summary>
        public static async Task<string> NameAsync(CancellationToken ct)
        {
            if (_name is not null)
            {
                return _name;
            }

            await Gate.WaitAsync(ct);
            try
            {
                if (_name is not null)
                {
                    return _name;
                }

                var server = Server!;
                var latest = LatestMigration(server);
                var name = $"dashboard_tests_template_{latest}".ToLowerInvariant();
                await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
                await admin.OpenAsync(ct);
                await ExecuteAsync(admin, $"SELECT pg_advisory_lock({BuildLock})", ct);
                try
                {
                    if (!await ExistsAsync(admin, name, ct))
                    {
                        var building = name + "_building";
                        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)", ct);
                        await ExecuteAsync(admin, $"CREATE DATABASE \"{building}\" TEMPLATE template0", ct);
                        await MigrateAsync(new NpgsqlConnectionStringBuilder(server) { Database = building, Pooling = false }.ToString(), ct);
                        await ExecuteAsync(admin, $"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"", ct);
                    }
                }
                finally
                {
                    await ExecuteAsync(admin, $"SELECT pg_advisory_unlock({BuildLock})", CancellationToken.None);
                }

                _name = name;
                return name;
            }
            finally
            {
                Gate.Release();
            }
        }

        public static async Task ExecuteAsync(string server, string sql, CancellationToken ct)
        {
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
            await admin.OpenAsync(ct);
            await ExecuteAsync(admin, sql, ct);
        }

        private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(ct);
        }

        private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string database, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            command.Parameters.AddWithValue("name", database);
            return await command.ExecuteScalarAsync(ct) is not null;
        }

        private static string LatestMigration(string server)
        {
            using var db = Context(server);
            return db.Database.GetMigrations().Last();
        }

        private static async Task MigrateAsync(string connectionString, CancellationToken ct)
        {
            await using var db = Context(connectionString);
            await db.Database.MigrateAsync(ct);
        }

        private static PostgresDashboardContext Context(string connectionString) =>
            new(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql(connectionString).Options);
    }
}
