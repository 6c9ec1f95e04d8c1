using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("WebhookEndpoints");
        builder.Property(e => e.Url).HasMaxLength(2048);
        builder.Property(e => e.Secret).HasMaxLength(128);
        builder.Property(e => e.Events).HasMaxLength(1024);
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.DisabledReason).HasMaxLength(1024);
        builder.Property(e => e.LeaseOwner).HasMaxLength(128);
    }
}

internal sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEventRecord>
{
    public void Configure(EntityTypeBuilder<WebhookEventRecord> builder)
    {
        builder.ToTable("WebhookEvents");
        builder.Property(e => e.Type).HasMaxLength(64);
        // The dispatcher reads the events not yet fanned out, oldest first.
        builder.HasIndex(e => new { e.FannedOut, e.Id });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.Property(d => d.LastError).HasMaxLength(1024);
        // One delivery per event and endpoint: two instances fanning out the same event cannot both commit.
        builder.HasIndex(d => new { d.EndpointId, d.EventId }).IsUnique();
        builder.HasIndex(d => new { d.EndpointId, d.Status, d.NextAttemptUtc });
        builder.HasIndex(d => d.EventId);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WebhookEventRecord>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
