using Dashboard.Web.Data;
using Dashboard.Web.Data.Postgres;
using Dashboard.Web.Data.Sqlite;
using Dashboard.Web.Features.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.Web.Hosting;

public static class DataRegistration
{
    public const string ConnectionStringName = "Dashboard";

    /// <summary>Registers options, the DbContext factory and the import/export services.</summary>
    public static IHostApplicationBuilder AddDashboardData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        DashboardConnection connection;
        try
        {
            connection = ResolveConnection(builder.Configuration, builder.Environment.ContentRootPath);
            if (connection.Provider == DatabaseProvider.Postgres)
            {
                builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, PostgresReachable>();
            }
        }
        catch (InvalidOperationException ex)
        {
            // Thrown here, before the host is built, it would end the app with a stack trace: the
            // start-up check reports it instead, one line naming the key, with any other wrong setting.
            builder.Services.AddOptions<DatabaseOptions>().Validate(_ => false, ex.Message);
            connection = Unusable(builder.Configuration);
        }

        builder.Services.AddSingleton(connection);
        if (connection.Provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddDbContextFactory<PostgresDashboardContext>(options => options.UseNpgsql(connection.ConnectionString));
            builder.Services.AddSingleton<IDbContextFactory<DashboardDbContext>, DashboardContextFactory<PostgresDashboardContext>>();
            builder.Services.AddSingleton<IRunningImports, PostgresImportLease>();
        }
        else
        {
            builder.Services.AddDbContextFactory<SqliteDashboardContext>(options => options.UseSqlite(connection.ConnectionString));
            builder.Services.AddSingleton<IDbContextFactory<DashboardDbContext>, DashboardContextFactory<SqliteDashboardContext>>();
            builder.Services.AddSingleton<IRunningImports, SqliteImportLease>();
        }

        // Identity's stores and the data protection key ring ask for the context per scope.
        builder.Services.AddScoped<DashboardDbContext>(services => services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PostImporter>();
        builder.Services.AddSingleton<DatabaseSetup>();
        return builder;
    }

    /// <summary>
    /// Reads <c>Database:Provider</c> and <c>ConnectionStrings:Dashboard</c>. A relative SQLite file
    /// is anchored to the content root: SQLite resolves it against the working folder, which is
    /// not where the app lives.
    /// </summary>
    public static DashboardConnection ResolveConnection(IConfiguration configuration, string contentRoot)
    {
        var provider = ProviderOf(configuration);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is empty; set it in appsettings.json or the environment variable ConnectionStrings__{ConnectionStringName}.");
        }

        return provider == DatabaseProvider.Postgres
            ? new DashboardConnection(ResolvePostgres(configured), provider)
            : new DashboardConnection(ResolveSqlite(configured, contentRoot), provider);
    }

    // An unknown provider is left to the options validation, which stops the app naming the key.
    private static DatabaseProvider ProviderOf(IConfiguration configuration) =>
        configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] == nameof(DatabaseProvider.Postgres)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    // Stands in for a connection string the start-up check refuses: nothing opens it.
    private static DashboardConnection Unusable(IConfiguration configuration) =>
        ProviderOf(configuration) == DatabaseProvider.Postgres
            ? new DashboardConnection("Host=localhost", DatabaseProvider.Postgres)
            : new DashboardConnection("Data Source=:memory:", DatabaseProvider.Sqlite);

    private static string ResolveSqlite(string configured, string contentRoot)
    {
        SqliteConnectionStringBuilder sqlite;
        try
        {
            sqlite = new SqliteConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not a valid SQLite connection string: {ex.Message}", ex);
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

        return sqlite.ToString();
    }

    private static string ResolvePostgres(string configured)
    {
        NpgsqlConnectionStringBuilder postgres;
        try
        {
            postgres = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }

        if (string.IsNullOrEmpty(postgres.Host))
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} names no Host; a PostgreSQL connection string needs Host=...;Database=...;Username=...");
        }

        return postgres.ToString();
    }
}

/// <summary>Which database the app runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The resolved connection string and its provider, for the ADO.NET bulk paths.</summary>
public sealed record DashboardConnection(string ConnectionString, DatabaseProvider Provider = DatabaseProvider.Sqlite)
{
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public async Task<NpgsqlConnection> OpenPostgresAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
