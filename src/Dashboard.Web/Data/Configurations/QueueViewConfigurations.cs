using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class QueueLayoutConfiguration : IEntityTypeConfiguration<QueueLayoutRecord>
{
    public void Configure(EntityTypeBuilder<QueueLayoutRecord> builder)
    {
        builder.ToTable("QueueLayouts");
        builder.HasKey(l => l.Owner);
        builder.Property(l => l.Owner).HasMaxLength(256);
        builder.Property(l => l.Columns).HasMaxLength(1000);
        builder.Property(l => l.Density).HasMaxLength(20);
    }
}

internal sealed class SavedQueueViewConfiguration : IEntityTypeConfiguration<SavedQueueViewRecord>
{
    public void Configure(EntityTypeBuilder<SavedQueueViewRecord> builder)
    {
        builder.ToTable("QueueViews");
        builder.Property(v => v.Owner).HasMaxLength(256);
        builder.Property(v => v.Name).HasMaxLength(Features.Queue.SavedViews.MaxNameLength);
        builder.Property(v => v.Query).HasMaxLength(4000);
        builder.Property(v => v.Columns).HasMaxLength(1000);
        // A reviewer's view names are their own: saving under a name again replaces that view.
        builder.HasIndex(v => new { v.Owner, v.Name }).IsUnique();
    }
}
