using Linda.Core.Intake;
using Linda.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linda.Data.Configurations;

internal sealed class SignalConfiguration : IEntityTypeConfiguration<Signal>
{
    public void Configure(EntityTypeBuilder<Signal> builder)
    {
        builder.ToTable("Signals");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Reference).HasMaxLength(20).IsRequired();
        builder.HasIndex(s => s.Reference).IsUnique();
        builder.Property(s => s.FollowUpCodeHash).HasMaxLength(64);
        builder.Property(s => s.IdempotencyKeyHash).HasMaxLength(64);
        builder.HasIndex(s => s.IdempotencyKeyHash).IsUnique();
        builder.Property(s => s.RequestFingerprint).HasMaxLength(64);
        builder.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Language).HasMaxLength(5).IsRequired();
        builder.Property(s => s.ReporterRelation).HasMaxLength(20);
        builder.Property(s => s.Categories).HasMaxLength(300).IsRequired();
        builder.Property(s => s.Country).HasMaxLength(3).IsFixedLength();
        builder.Property(s => s.County).HasMaxLength(3).IsFixedLength();
        builder.Property(s => s.AgencyName).HasMaxLength(200);
        builder.HasOne<Linda.Core.Agencies.Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(s => s.PersonPhoneIndex).HasMaxLength(64);
        builder.HasIndex(s => s.PersonPhoneIndex);
        builder.Property(s => s.ReporterPhoneIndex).HasMaxLength(64);
        builder.HasIndex(s => s.ReporterPhoneIndex);
        builder.Property(s => s.ContactChannel).HasMaxLength(20);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.Property(s => s.CodeWordHash).HasMaxLength(64);
        builder.Property(s => s.CallType).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.SuggestedUrgency).HasConversion<string>().HasMaxLength(2);
        builder.Property(s => s.SuggestedReasons).HasMaxLength(500).IsRequired();
        builder.Property(s => s.ConfirmedUrgency).HasConversion<string>().HasMaxLength(2);
        builder.Property(s => s.OverrideReason).HasMaxLength(500);
        builder.Ignore(s => s.Urgency);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.CloseReason).HasMaxLength(Signal.CloseReasonMaxLength);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.ClaimedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Signal>().WithMany().HasForeignKey(s => s.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.Status, s.ReceivedAt });
        builder.HasIndex(s => new { s.Status, s.EscalatedAt });
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Reference).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.PersonPhoneIndex).HasMaxLength(64);
        builder.HasIndex(c => c.PersonPhoneIndex);
        builder.Property(c => c.Status).HasMaxLength(20).IsRequired();
        builder.HasOne<Linda.Core.Organisations.Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.OrganisationId);
    }
}

internal sealed class StaffNotificationConfiguration : IEntityTypeConfiguration<StaffNotification>
{
    public void Configure(EntityTypeBuilder<StaffNotification> builder)
    {
        builder.ToTable("StaffNotifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Kind).HasMaxLength(30).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(300).IsRequired();
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => new { n.SignalId, n.Kind });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasMaxLength(40).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
