using Dashboard.Web.Data.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data;

/// <summary>
/// Everything that differs by database, chosen once at start from <c>Database:Provider</c>
/// (see <c>DataRegistration</c>): each implementation lives in its provider's folder
/// (<c>Data/Sqlite</c>, <c>Data/Postgres</c>) beside its context and migrations. Nothing else
/// asks which database it runs on.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>The value of <c>Database:Provider</c> that selects it.</summary>
    string Name { get; }

    /// <summary>The connection string as resolved at start (a relative SQLite file anchored to the content root).</summary>
    string ConnectionString { get; }

    /// <summary>The file, or the server and database, for logs: never the password.</summary>
    string DisplayName { get; }

    /// <summary>The provider's context type, whose migrations apply.</summary>
    Type ContextType { get; }

    /// <summary>Whether several app instances may share the database, so live updates must travel between them.</summary>
    bool SpansInstances { get; }

    /// <summary>The context factory, the import leases and any start-up check of the provider's own.</summary>
    void AddServices(IServiceCollection services);

    /// <summary>At start: why the database does not open, naming the setting, or null.</summary>
    string? Unreachable();

    /// <summary>Before migrating: whatever the database needs first (SQLite: its folder and page size).</summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>The migrations the database has, read without EF (empty when it has none yet).</summary>
    Task<IReadOnlySet<string>> AppliedMigrationsAsync(CancellationToken cancellationToken);

    /// <summary>Runs just before EF migrates, on the context that migrates.</summary>
    Task BeforeMigrateAsync(DashboardDbContext db, CancellationToken cancellationToken);

    /// <summary>A context for the readiness check: it fails fast and never creates what it checks.</summary>
    DashboardDbContext CreateCheckContext();

    /// <summary>The importer's reads and writes, on a connection of their own.</summary>
    Task<IPostStore> OpenPostStoreAsync(TimeProvider time, CancellationToken cancellationToken);
}

/// <summary>
/// The queries that differ by provider, composed into LINQ by the features. Each provider's
/// context (in the provider's folder) hands out its own as <see cref="DashboardDbContext.Queries"/>,
/// so a query that has a context needs nothing else.
/// </summary>
public interface IProviderQueries
{
    /// <summary>Posts whose title, topic or summary hold every word, each as a word prefix; null when there is nothing to search.</summary>
    IQueryable<long>? AllWords(DashboardDbContext db, string? input);

    /// <summary>
    /// Candidates for an exact stack or tool value, or null when the index cannot narrow them.
    /// The caller still checks the exact value.
    /// </summary>
    IQueryable<long>? ValueCandidates(DashboardDbContext db, string column, string value);

    /// <summary>Up to <paramref name="limit"/> posts holding any of the words (whole words).</summary>
    IQueryable<long> AnyWord(DashboardDbContext db, IReadOnlyList<string> words, int limit);

    /// <summary>The distinct values inside a list column (<c>Stack</c> or <c>Tools</c>), at most 500, in order.</summary>
    IQueryable<string> DistinctValues(DashboardDbContext db, string column);

    /// <summary>Whether a save failed on a unique index.</summary>
    bool IsUniqueViolation(DbUpdateException exception);
}
