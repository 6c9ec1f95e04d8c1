using Dashboard.Web.Data;
using Dashboard.Web.Data.Postgres;
using Dashboard.Web.Data.Sqlite;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Features.NearCopies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

public static class DataRegistration
{
    public const string ConnectionStringName = DashboardConnection.Name;

    /// <summary>
    /// The providers, one line each: the <c>Database:Provider</c> value that selects it and how it
    /// is made from the configured connection string and the content root.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, Func<string, string, IDatabaseProvider>> Providers =
        new Dictionary<string, Func<string, string, IDatabaseProvider>>(StringComparer.Ordinal)
        {
            [SqliteProvider.ProviderName] = SqliteProvider.Create,
            [PostgresProvider.ProviderName] = (configured, _) => PostgresProvider.Create(configured),
        };

    /// <summary>Registers options, the provider chosen by <c>Database:Provider</c>, and the import services.</summary>
    public static IHostApplicationBuilder AddDashboardData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddDashboardChecks();
        builder.Services.AddOptions<Features.Aging.DueDaysOptions>().BindConfiguration(Features.Aging.DueDaysOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // A stand-in that nothing opens, while the start-up check reports what is wrong.
        IDatabaseProvider provider = SqliteProvider.Create("Data Source=:memory:", builder.Environment.ContentRootPath);
        try
        {
            if (ResolveProvider(builder.Configuration, builder.Environment.ContentRootPath) is { } resolved)
            {
                provider = resolved;
                builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseReachable>();
            }
        }
        catch (InvalidOperationException ex)
        {
            // Thrown here, before the host is built, it would end the app with a stack trace: the
            // start-up check reports it instead, one line naming the key, with any other wrong setting.
            builder.Services.AddOptions<DatabaseOptions>().Validate(_ => false, ex.Message);
        }

        builder.Services.AddSingleton<IDatabaseProvider>(provider);
        builder.Services.AddSingleton(new DashboardConnection(provider.ConnectionString));
        provider.AddServices(builder.Services);

        // Identity's stores and the data protection key ring ask for the context per scope.
        builder.Services.AddScoped<DashboardDbContext>(services => services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddNearCopies();
        builder.Services.AddSingleton<PostImporter>();
        builder.Services.AddSingleton<DatabaseSetup>();
        return builder;
    }

    /// <summary>Reads <c>Database:Provider</c> and <c>ConnectionStrings:Dashboard</c>; an unknown provider is left to the options validation, which names the key.</summary>
    internal static IDatabaseProvider? ResolveProvider(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is empty; set it in appsettings.json or the environment variable ConnectionStrings__{ConnectionStringName}.");
        }

        var name = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] ?? new DatabaseOptions().Provider;
        if (Providers.TryGetValue(name, out var create))
        {
            return create(configured, contentRoot);
        }

        // An empty value is reported by the option's own Required check.
        return name.Length == 0 ? null : throw new InvalidOperationException($"Database:Provider must be {string.Join(" or ", Providers.Keys)}.");
    }
}
