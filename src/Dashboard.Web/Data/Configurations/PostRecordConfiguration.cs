using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class PostRecordConfiguration : IEntityTypeConfiguration<PostRecord>
{
    public void Configure(EntityTypeBuilder<PostRecord> builder)
    {
        builder.ToTable("Posts");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.SourceId).IsUnique();
        builder.Property(p => p.SourceId).HasMaxLength(200);
        builder.Property(p => p.Status).HasMaxLength(50);
        builder.Property(p => p.Version).HasMaxLength(300);
        builder.Property(p => p.ContentHash).HasMaxLength(64);
        builder.Property(p => p.RowVersion).IsConcurrencyToken();
        builder.OwnsMany(p => p.Entities, entities => entities.ToJson());

        // Stored as 0/1 through a converter so EF writes "InQueue = 1": SQLite uses an index for
        // an equality, not for a bare boolean column in WHERE (measured: 46 ms -> 0.1 ms a page).
        builder.Property(p => p.InQueue).HasConversion<int>();

        // Each sortable column is indexed behind InQueue, so a queue page (WHERE InQueue ORDER BY
        // column, Id LIMIT/OFFSET) walks one index; the row id is the index's own tiebreak.
        builder.HasIndex(p => new { p.InQueue, p.Quality });
        builder.HasIndex(p => new { p.InQueue, p.Freshness });
        builder.HasIndex(p => new { p.InQueue, p.Depth });
        builder.HasIndex(p => new { p.InQueue, p.Clarity });
        builder.HasIndex(p => new { p.InQueue, p.ViewCount });
        builder.HasIndex(p => new { p.InQueue, p.LastReviewed });
        builder.HasIndex(p => new { p.InQueue, p.Title });
        builder.HasIndex(p => new { p.InQueue, p.Topic });
        builder.HasIndex(p => new { p.InQueue, p.Status });
        builder.HasIndex(p => new { p.InQueue, p.Difficulty });
        builder.HasIndex(p => new { p.InQueue, p.ImageCount });
        builder.HasIndex(p => new { p.InQueue, p.VersionMajor, p.VersionMinor, p.VersionPatch });

        // The index feed pages through approved posts in source-id order.
        builder.HasIndex(p => new { p.Status, p.SourceId });
    }
}
