using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class PostClaimConfiguration : IEntityTypeConfiguration<PostClaim>
{
    public void Configure(EntityTypeBuilder<PostClaim> builder)
    {
        builder.ToTable("PostClaims");
        // The post is the key: the database itself refuses a second claim on it.
        builder.HasKey(c => c.PostId);
        builder.Property(c => c.PostId).ValueGeneratedNever();
        builder.Property(c => c.ClaimedBy).HasMaxLength(256);
        builder.HasIndex(c => c.ClaimedBy);
        builder.HasOne<PostRecord>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
