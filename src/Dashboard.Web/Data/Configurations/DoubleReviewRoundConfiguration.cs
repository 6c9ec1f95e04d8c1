using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class DoubleReviewRoundConfiguration : IEntityTypeConfiguration<DoubleReviewRound>
{
    public void Configure(EntityTypeBuilder<DoubleReviewRound> builder)
    {
        builder.ToTable("DoubleReviews");
        builder.Property(r => r.FirstReviewer).HasMaxLength(256);
        builder.Property(r => r.SecondReviewer).HasMaxLength(256);
        builder.Property(r => r.ResolvedBy).HasMaxLength(256);
        builder.Property(r => r.FirstVerdict).HasMaxLength(64);
        builder.Property(r => r.SecondVerdict).HasMaxLength(64);
        builder.Property(r => r.ResolvedVerdict).HasMaxLength(64);
        builder.Property(r => r.FirstNote).HasMaxLength(4000);
        builder.Property(r => r.SecondNote).HasMaxLength(4000);
        // A post has at most one open round; the filtered index is the same SQL on both providers.
        builder.HasIndex(r => r.PostId).IsUnique().HasFilter("\"ClosedAtUtc\" IS NULL").HasDatabaseName("IX_DoubleReviews_OpenPerPost");
        // The Overview's agreement reads second reviews by time.
        builder.HasIndex(r => r.SecondAtUtc);
        builder.HasOne<PostRecord>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
