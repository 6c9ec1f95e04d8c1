using Dashboard.Core.Comments;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class PostCommentConfiguration : IEntityTypeConfiguration<PostComment>
{
    public void Configure(EntityTypeBuilder<PostComment> builder)
    {
        builder.ToTable("PostComments");
        builder.HasKey(c => c.Id);
        // A post's threads, and whether any is open (approval asks this).
        builder.HasIndex(c => new { c.PostId, c.ParentId, c.ResolvedAtUtc });
        builder.Property(c => c.Author).HasMaxLength(256);
        builder.Property(c => c.Body).HasMaxLength(CommentText.MaxLength * 2);
        builder.Property(c => c.Anchor).HasMaxLength(40);
        builder.Property(c => c.ResolvedBy).HasMaxLength(256);
        builder.HasOne<PostRecord>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PostComment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Mentions).WithOne().HasForeignKey(m => m.CommentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PostCommentMentionConfiguration : IEntityTypeConfiguration<PostCommentMention>
{
    public void Configure(EntityTypeBuilder<PostCommentMention> builder)
    {
        builder.ToTable("PostCommentMentions");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.CommentId, m.AccountId }).IsUnique();
        // A reviewer's unread mentions, for the header.
        builder.HasIndex(m => new { m.AccountId, m.ReadAtUtc });
        builder.HasOne<DashboardUser>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
