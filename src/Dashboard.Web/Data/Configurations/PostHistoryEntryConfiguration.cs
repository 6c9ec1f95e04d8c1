using Dashboard.Core.Review;
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

        // Stored as its number. The import stores write their rows without naming a kind: the
        // column's default says what those are. The app never writes Unknown, so EF leaves it out
        // of an INSERT only when a row of its own forgot to set one, and the default applies.
        builder.Property(h => h.Kind).HasConversion<int>().HasDefaultValue(HistoryKind.ImportedRevision).HasSentinel(HistoryKind.Unknown);
        builder.HasOne<PostRecord>().WithMany().HasForeignKey(h => h.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
