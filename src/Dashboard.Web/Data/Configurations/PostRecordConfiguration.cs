using System.Linq.Expressions;
using Dashboard.Core.Format;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

/// <summary>
/// The Posts table. Not an <c>IEntityTypeConfiguration</c>: it takes a provider's choice
/// (<paramref name="queueIndexesNameTheId"/>, see <see cref="DashboardDbContext"/>), so the
/// context applies it itself.
/// </summary>
internal sealed class PostRecordConfiguration(bool queueIndexesNameTheId)
{
    public void Configure(EntityTypeBuilder<PostRecord> builder)
    {
        builder.ToTable("Posts");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.SourceId).IsUnique();
        // The import rules refuse a longer value by line, from the same limits.
        builder.Property(p => p.SourceId).HasMaxLength(FieldLimits.SourceId);
        builder.Property(p => p.Status).HasMaxLength(FieldLimits.Status);
        builder.Property(p => p.Version).HasMaxLength(FieldLimits.Version);
        // SHA-256 as hex: computed, always 64 characters.
        builder.Property(p => p.ContentHash).HasMaxLength(64);
        builder.Property(p => p.RowVersion).IsConcurrencyToken();
        builder.OwnsMany(p => p.Entities, entities => entities.ToJson());

        // Stored as 0/1 through a converter so EF writes "InQueue = 1": SQLite uses an index for
        // an equality, not for a bare boolean column in WHERE (measured: 46 ms -> 0.1 ms a page).
        builder.Property(p => p.InQueue).HasConversion<int>();

        // Each sortable column is indexed behind InQueue and ahead of the Id tiebreak, so a queue
        // page (WHERE InQueue ORDER BY column, Id LIMIT/OFFSET) walks one index. SQLite has the row
        // id at the end of every index already; PostgreSQL needs it named (measured there: page
        // 2,000 of 100,000 posts 102 ms -> 6 ms).
        foreach (var score in ScoreFields.All)
        {
            builder.IndexerProperty<int?>(score.Column());
            QueueIndex(builder, [nameof(PostRecord.InQueue), score.Column()]);
        }

        QueueIndex(builder, p => new { p.InQueue, p.ViewCount });
        QueueIndex(builder, p => new { p.InQueue, p.LastReviewed });
        QueueIndex(builder, p => new { p.InQueue, p.Title });
        QueueIndex(builder, p => new { p.InQueue, p.Topic });
        QueueIndex(builder, p => new { p.InQueue, p.Status });
        QueueIndex(builder, p => new { p.InQueue, p.Difficulty });
        QueueIndex(builder, p => new { p.InQueue, p.ImageCount });
        QueueIndex(builder, p => new { p.InQueue, p.VersionMajor, p.VersionMinor, p.VersionPatch });
        QueueIndex(builder, p => new { p.InQueue, p.CheckErrors });
        QueueIndex(builder, p => new { p.InQueue, p.ClusterSize });
        builder.Property(p => p.ClusterSize).HasDefaultValue(1);
        QueueIndex(builder, p => new { p.InQueue, p.AssigneeName });
        QueueIndex(builder, p => new { p.InQueue, p.StatusSinceUtc });

        // A cluster's members, for the Clusters page and the cluster filter.
        builder.HasIndex(p => p.ClusterId);

        // The Clusters page: representatives only (the clustering stores the cluster's id and size on
        // each member, the id being the representative's), largest first, in the page's own order.
        builder.HasIndex(p => new { p.ClusterSize, p.Id }, "IX_Posts_Representatives")
            .IsDescending(true, false)
            .HasFilter("\"ClusterId\" = \"Id\"");

        // The check filter's "any error" on every post (the queue's view has (InQueue, CheckErrors)): failing posts only.
        builder.HasIndex(p => p.CheckErrors, "IX_Posts_FailingChecks").HasFilter("\"CheckErrors\" > 0");

        // The index feed pages through approved posts in source-id order.
        builder.HasIndex(p => new { p.Status, p.SourceId });
    }

    private void QueueIndex(EntityTypeBuilder<PostRecord> builder, Expression<Func<PostRecord, object?>> columns) =>
        QueueIndex(builder, [.. ((NewExpression)columns.Body).Members!.Select(m => m.Name)]);

    private void QueueIndex(EntityTypeBuilder<PostRecord> builder, List<string> names)
    {
        if (queueIndexesNameTheId)
        {
            names.Add(nameof(PostRecord.Id));
        }

        builder.HasIndex([.. names]);
    }
}
