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

        // The queue always filters on these two; the sortable columns get their own indexes.
        builder.HasIndex(p => new { p.NeedsHumanReview, p.Status });
        builder.HasIndex(p => p.Quality);
        builder.HasIndex(p => p.Freshness);
        builder.HasIndex(p => p.Depth);
        builder.HasIndex(p => p.Clarity);
        builder.HasIndex(p => p.ViewCount);
        builder.HasIndex(p => p.LastReviewed);
        builder.HasIndex(p => p.Title);
        builder.HasIndex(p => p.Topic);
        builder.HasIndex(p => new { p.VersionMajor, p.VersionMinor, p.VersionPatch });
    }
}
