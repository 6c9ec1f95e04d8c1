using Dashboard.Web.Data.Configurations;
using Dashboard.Web.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data;

/// <summary>
/// The product's one database: posts, imports, review history, accounts, API tokens and the
/// data protection keys. One model for both providers; each provider has a context type of its
/// own (<see cref="Sqlite.SqliteDashboardContext"/>, <see cref="Postgres.PostgresDashboardContext"/>)
/// only so that each keeps its own migrations. The app asks for this type.
/// </summary>
public abstract class DashboardDbContext(DbContextOptions options) : IdentityDbContext<DashboardUser>(options), IDataProtectionKeyContext
{
    public DbSet<PostRecord> Posts => Set<PostRecord>();
    public DbSet<PostConflict> PostConflicts => Set<PostConflict>();
    public DbSet<PostHistoryEntry> PostHistory => Set<PostHistoryEntry>();
    public DbSet<PostClaim> PostClaims => Set<PostClaim>();
    public DbSet<PostCheckRecord> PostChecks => Set<PostCheckRecord>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportError> ImportErrors => Set<ImportError>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<PostComment> PostComments => Set<PostComment>();
    public DbSet<PostCommentMention> PostCommentMentions => Set<PostCommentMention>();
    public DbSet<PostSignature> PostSignatures => Set<PostSignature>();
    public DbSet<NearCopyState> NearCopyState => Set<NearCopyState>();
    public DbSet<QueueLayoutRecord> QueueLayouts => Set<QueueLayoutRecord>();
    public DbSet<SavedQueueViewRecord> QueueViews => Set<SavedQueueViewRecord>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookEventRecord> WebhookEvents => Set<WebhookEventRecord>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<Lot> Lots => Set<Lot>();
    public DbSet<LotPost> LotPosts => Set<LotPost>();

    /// <summary>Shared by every app instance, so a cookie signed by one is read by the others.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
        modelBuilder.Entity<PostRecord>(new PostRecordConfiguration(QueueIndexesNameTheId).Configure);
    }

    /// <summary>The provider's own SQL for what EF cannot write the same way on both (text search, list values, unique violations).</summary>
    public abstract IProviderQueries Queries { get; }

    /// <summary>
    /// Whether each queue index names the Id tiebreak as its last column. SQLite appends its row id
    /// to every index itself, so naming it only makes the index larger (measured: a tenth slower
    /// imports); PostgreSQL needs it named to read a queue page from the index alone.
    /// </summary>
    protected virtual bool QueueIndexesNameTheId => false;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampRowVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampRowVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // One row version scheme for both providers (SQLite has no row version type): the token is the value read plus one, so a stale
    // writer's UPDATE ... WHERE RowVersion = @original matches no row and EF reports the conflict.
    private void StampRowVersions()
    {
        foreach (var entry in ChangeTracker.Entries<PostRecord>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.RowVersion = entry.OriginalValues.GetValue<long>(nameof(PostRecord.RowVersion)) + 1;
                entry.Entity.UpdatedAtUtc = DateTime.UtcNow;
            }
        }
    }
}
