using Dashboard.Web.Data.Imports;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Web.Data.Postgres;

/// <summary>The scale-out provider: one PostgreSQL database for several app instances, its migrations in this folder.</summary>
public sealed class PostgresProvider : IDatabaseProvider
{
    private PostgresProvider(string connectionString) => ConnectionString = connectionString;

    public const string ProviderName = "Postgres";

    public string Name => ProviderName;

    public string ConnectionString { get; }

    public string DisplayName => new NpgsqlConnectionStringBuilder(ConnectionString) is var pg ? $"{pg.Host}:{pg.Port}/{pg.Database}" : "";

    public Type ContextType => typeof(PostgresDashboardContext);

    public bool SpansInstances => true;

    public static PostgresProvider Create(string configured)
    {
        NpgsqlConnectionStringBuilder postgres;
        try
        {
            postgres = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"ConnectionStrings:{DashboardConnection.Name} is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }

        if (string.IsNullOrEmpty(postgres.Host))
        {
            throw new InvalidOperationException($"ConnectionStrings:{DashboardConnection.Name} names no Host; a PostgreSQL connection string needs Host=...;Database=...;Username=...");
        }

        return new PostgresProvider(postgres.ToString());
    }

    public void AddServices(IServiceCollection services)
    {
        services.AddDbContextFactory<PostgresDashboardContext>(options => options.UseNpgsql(ConnectionString));
        services.AddSingleton<IDbContextFactory<DashboardDbContext>, DashboardContextFactory<PostgresDashboardContext>>();
        services.AddSingleton<IRunningImports, PostgresImportLease>();
    }

    public string? Unreachable() => PostgresReachable.Check(ConnectionString);

    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IReadOnlySet<string>> AppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand(
            "SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = '__EFMigrationsHistory' AND schemaname = current_schema()", db);
        if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0)
        {
            return new HashSet<string>();
        }

        return await MigrationHistory.ReadAsync(db, cancellationToken);
    }

    // The PostgreSQL provider reads the history table before creating it, and logs that expected
    // failure as an error on every new database; the table made first (as EF makes it) keeps a
    // first start's log clean.
    public Task BeforeMigrateAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            """CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" ("MigrationId" character varying(150) NOT NULL PRIMARY KEY, "ProductVersion" character varying(32) NOT NULL)""",
            cancellationToken);

    public DashboardDbContext CreateCheckContext()
    {
        var postgres = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 5, Pooling = false }.ToString();
        return new PostgresDashboardContext(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql(postgres).Options);
    }

    public async Task<IPostStore> OpenPostStoreAsync(TimeProvider time, CancellationToken cancellationToken) =>
        new PostgresPostStore(await OpenAsync(cancellationToken), time);

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
