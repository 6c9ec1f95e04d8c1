using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class PostConflictConfiguration : IEntityTypeConfiguration<PostConflict>
{
    public void Configure(EntityTypeBuilder<PostConflict> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.PostId, c.ContentHash });
        builder.HasOne<PostRecord>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(c => c.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}
