using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.ToTable("Lots");
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Filter).HasMaxLength(2000);
        builder.Property(l => l.LotCode).HasMaxLength(1);
        builder.Property(l => l.PlanCode).HasMaxLength(1);
        builder.Property(l => l.Aql).HasPrecision(6, 3);
        builder.Property(l => l.PlannedBy).HasMaxLength(256);
        builder.Property(l => l.DecidedBy).HasMaxLength(256);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.Plan);
        // One lot per import batch: its page shows one state.
        builder.HasIndex(l => l.ImportBatchId).IsUnique();
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(l => l.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LotPostConfiguration : IEntityTypeConfiguration<LotPost>
{
    public void Configure(EntityTypeBuilder<LotPost> builder)
    {
        builder.ToTable("LotPosts");
        builder.HasKey(m => new { m.LotId, m.PostId });
        // "Next" asks of a post whether it is in a sampling lot's sample.
        builder.HasIndex(m => new { m.PostId, m.InSample });
        builder.HasOne<Lot>().WithMany(l => l.Posts).HasForeignKey(m => m.LotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PostRecord>().WithMany().HasForeignKey(m => m.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
