using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class PostCheckRecordConfiguration : IEntityTypeConfiguration<PostCheckRecord>
{
    /// <summary>Check ids are short (<c>last-reviewed-future</c>); room for longer ones to come.</summary>
    public const int CheckIdLength = 64;

    public void Configure(EntityTypeBuilder<PostCheckRecord> builder)
    {
        builder.ToTable("PostChecks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CheckId).HasMaxLength(CheckIdLength);
        builder.Property(c => c.Severity).HasConversion<int>();

        // A check fails at most once per post (Core's CheckResult); the post page reads its rows by this index.
        builder.HasIndex(c => new { c.PostId, c.CheckId }).IsUnique();

        // The queue's "fails this check" filter and the Overview's counts start from the check.
        builder.HasIndex(c => new { c.CheckId, c.PostId });
        builder.HasOne<PostRecord>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
