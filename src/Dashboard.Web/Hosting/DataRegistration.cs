using Dashboard.Web.Data;
using Dashboard.Web.Features.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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

        var connectionString = ResolveConnectionString(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(new DashboardConnection(connectionString));
        builder.Services.AddDbContextFactory<DashboardDbContext>(options => options.UseSqlite(connectionString));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PostImporter>();
        builder.Services.AddSingleton<DatabaseSetup>();
        return builder;
    }

    /// <summary>
    /// Reads <c>ConnectionStrings:Dashboard</c> and anchors a relative SQLite file to the content
    /// root: SQLite resolves it against the working folder, which is not where the app lives.
    /// </summary>
    public static string ResolveConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is empty; set it in appsettings.json or the environment variable ConnectionStrings__{ConnectionStringName}.");
        }

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
}

/// <summary>The resolved connection string, for the ADO.NET bulk paths.</summary>
public sealed record DashboardConnection(string ConnectionString)
{
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }
}
