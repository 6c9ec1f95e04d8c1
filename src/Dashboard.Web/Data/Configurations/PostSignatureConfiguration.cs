using Dashboard.Core.Clustering;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class PostSignatureConfiguration : IEntityTypeConfiguration<PostSignature>
{
    public void Configure(EntityTypeBuilder<PostSignature> builder)
    {
        builder.HasKey(s => s.PostId);
        builder.Property(s => s.Signature).HasMaxLength(MinHashSignature.ByteLength);
        builder.Property(s => s.Pending).HasDefaultValue(true);
        builder.HasIndex(s => s.Pending);
        builder.HasOne<PostRecord>().WithOne().HasForeignKey<PostSignature>(s => s.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NearCopyStateConfiguration : IEntityTypeConfiguration<NearCopyState>
{
    public void Configure(EntityTypeBuilder<NearCopyState> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new NearCopyState { Id = NearCopyState.TheRow, Runs = 0 });
    }
}
