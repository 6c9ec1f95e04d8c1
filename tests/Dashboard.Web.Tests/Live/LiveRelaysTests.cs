using Dashboard.Web.Data;
using Dashboard.Web.Data.Imports;
using Dashboard.Web.Features.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Live;

/// <summary>Each provider whose database spans instances gets its own relay, never another's.</summary>
public sealed class LiveRelaysTests
{
    [Fact]
    public void A_provider_that_spans_instances_without_a_relay_of_its_own_is_refused_not_given_PostgreSQLs()
    {
        var services = new ServiceCollection();

        var refused = Assert.Throws<InvalidOperationException>(() => services.AddLiveRelay(new Provider("Elsewhere", spansInstances: true)));

        Assert.Contains("Elsewhere", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IPostChangeRelay));
    }

    [Fact]
    public void A_provider_of_one_instance_gets_no_relay()
    {
        var services = new ServiceCollection();

        services.AddLiveRelay(new Provider("Embedded", spansInstances: false));

        Assert.Empty(services);
    }

    [Fact]
    public void PostgreSQL_gets_its_publisher_and_listener()
    {
        var services = new ServiceCollection();

        services.AddLiveRelay(new Provider(Data.Postgres.PostgresProvider.ProviderName, spansInstances: true));

        Assert.Contains(services, d => d.ServiceType == typeof(PostgresLivePublisher));
        Assert.Contains(services, d => d.ServiceType == typeof(PostgresLiveListener));
    }

    // Only the two members the relay choice reads; the rest is never called.
    private sealed class Provider(string name, bool spansInstances) : IDatabaseProvider
    {
        public string Name => name;

        public bool SpansInstances => spansInstances;

        public string ConnectionString => throw new NotSupportedException();

        public string DisplayName => throw new NotSupportedException();

        public Type ContextType => throw new NotSupportedException();

        public void AddServices(IServiceCollection services) => throw new NotSupportedException();

        public string? Unreachable() => throw new NotSupportedException();

        public Task PrepareAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlySet<string>> AppliedMigrationsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task BeforeMigrateAsync(DashboardDbContext db, CancellationToken cancellationToken) => throw new NotSupportedException();

        public DashboardDbContext CreateCheckContext() => throw new NotSupportedException();

        public Task<IPostStore> OpenPostStoreAsync(TimeProvider time, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
