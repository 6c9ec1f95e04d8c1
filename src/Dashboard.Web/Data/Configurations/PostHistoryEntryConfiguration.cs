using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class PostHistoryEntryConfiguration : IEntityTypeConfiguration<PostHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PostHistoryEntry> builder)
    {
        builder.ToTable("PostHistory");
        builder.HasKey(h => h.Id);
        builder.HasIndex(h => new { h.PostId, h.AtUtc });
        builder.HasIndex(h => h.AtUtc);
        builder.HasIndex(h => h.BulkId);
        builder.HasOne<PostRecord>().WithMany().HasForeignKey(h => h.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
