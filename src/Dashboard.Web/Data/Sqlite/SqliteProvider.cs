using System.Globalization;
using Dashboard.Web.Data.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data.Sqlite;

/// <summary>The embedded default: one SQLite file (WAL), its migrations in this folder.</summary>
public sealed class SqliteProvider : IDatabaseProvider
{
    private SqliteProvider(string connectionString) => ConnectionString = connectionString;

    public const string ProviderName = "Sqlite";

    public string Name => ProviderName;

    public string ConnectionString { get; }

    public string DisplayName => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public Type ContextType => typeof(SqliteDashboardContext);

    public bool SpansInstances => false;

    /// <summary>
    /// A relative file is anchored to the content root: SQLite resolves it against the working
    /// folder, which is not where the app lives.
    /// </summary>
    public static SqliteProvider Create(string configured, string contentRoot)
    {
        SqliteConnectionStringBuilder sqlite;
        try
        {
            sqlite = new SqliteConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"ConnectionStrings:{DashboardConnection.Name} is not a valid SQLite connection string: {ex.Message}", ex);
        }

        if (sqlite.DataSource is { Length: > 0 } file && file != ":memory:" && !file.StartsWith("file:", StringComparison.Ordinal)
            && !Path.IsPathRooted(file))
        {
            sqlite.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
        }

        // Bulk writers wait for each other instead of failing with "database is locked".
        if (sqlite.DefaultTimeout < 60)
        {
            sqlite.DefaultTimeout = 60;
        }

        return new SqliteProvider(sqlite.ToString());
    }

    public void AddServices(IServiceCollection services)
    {
        services.AddDbContextFactory<SqliteDashboardContext>(options => options.UseSqlite(ConnectionString));
        services.AddSingleton<IDbContextFactory<DashboardDbContext>, DashboardContextFactory<SqliteDashboardContext>>();
        services.AddSingleton<IRunningImports, SqliteImportLease>();
    }

    // Opening is left to the first use: SQLite creates the file.
    public string? Unreachable() => null;

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        if (Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // A new database gets 16 KiB pages before its first table: a post row (about 4.5 KB with
        // its document) then fits one page instead of spilling into overflow pages, which
        // measured twice as fast for bulk inserts. SQLite ignores this on an existing database.
        await using var setup = Open();
        await using var pragma = setup.CreateCommand();
        pragma.CommandText = "PRAGMA page_size=16384; PRAGMA journal_mode=WAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlySet<string>> AppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        // Opening a file that is not there would create it: a check must not.
        if (!File.Exists(new SqliteConnectionStringBuilder(ConnectionString).DataSource))
        {
            return new HashSet<string>();
        }

        await using var db = Open();
        await using var exists = db.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            return new HashSet<string>();
        }

        return await MigrationHistory.ReadAsync(db, cancellationToken);
    }

    public Task BeforeMigrateAsync(DashboardDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    // Read-only: a check must not create the file it is asked about.
    public DashboardDbContext CreateCheckContext()
    {
        var readOnly = new SqliteConnectionStringBuilder(ConnectionString) { Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = 5 }.ToString();
        return new SqliteDashboardContext(new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite(readOnly).Options);
    }

    public Task<IPostStore> OpenPostStoreAsync(TimeProvider time, CancellationToken cancellationToken) =>
        Task.FromResult<IPostStore>(new SqlitePostStore(Open(), time));

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }
}
