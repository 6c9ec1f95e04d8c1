using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => b.StartedAtUtc);
        builder.HasMany(b => b.Errors).WithOne().HasForeignKey(e => e.ImportBatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
