using Linda.Core.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linda.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("Agencies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.LicenceNumber).HasMaxLength(64).IsRequired();
        builder.Property(a => a.LicenceKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => a.LicenceKey).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(Agency.NameMaxLength).IsRequired();
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.Website).HasMaxLength(300);
        builder.Property(a => a.ServiceType).HasMaxLength(100);
        builder.Property(a => a.RegistryStatus).HasMaxLength(50);
        builder.HasMany(a => a.Sanctions).WithOne().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Aliases).WithOne().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Contacts).WithOne().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Destinations).WithOne().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgencySanctionConfiguration : IEntityTypeConfiguration<AgencySanction>
{
    public void Configure(EntityTypeBuilder<AgencySanction> builder)
    {
        builder.ToTable("AgencySanctions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Reason).HasMaxLength(AgencySanction.ReasonMaxLength).IsRequired();
        builder.Property(s => s.RecordedBy).HasMaxLength(64);
        builder.HasIndex(s => s.AgencyId);
    }
}

internal sealed class AgencyHistoryEntryConfiguration : IEntityTypeConfiguration<AgencyHistoryEntry>
{
    public void Configure(EntityTypeBuilder<AgencyHistoryEntry> builder)
    {
        builder.ToTable("AgencyHistory");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Change).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.From).HasMaxLength(300);
        builder.Property(h => h.To).HasMaxLength(300);
        builder.Property(h => h.Source).HasMaxLength(200);
        builder.HasOne<Agency>().WithMany().HasForeignKey(h => h.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.AgencyId, h.OccurredAt });
    }
}

internal sealed class IrisMilestoneConfiguration : IEntityTypeConfiguration<IrisMilestone>
{
    public void Configure(EntityTypeBuilder<IrisMilestone> builder)
    {
        builder.ToTable("IrisMilestones");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Stage).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Note).HasMaxLength(IrisMilestone.NoteMaxLength);
        builder.Property(m => m.RecordedBy).HasMaxLength(64);
        builder.HasOne<Agency>().WithMany().HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.AgencyId, m.Stage });
    }
}

internal sealed class AgencyAliasConfiguration : IEntityTypeConfiguration<AgencyAlias>
{
    public void Configure(EntityTypeBuilder<AgencyAlias> builder)
    {
        builder.ToTable("AgencyAliases");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(Agency.NameMaxLength).IsRequired();
        builder.Property(a => a.AddedBy).HasMaxLength(64);
        builder.HasIndex(a => a.AgencyId);
    }
}

internal sealed class AgencyContactConfiguration : IEntityTypeConfiguration<AgencyContact>
{
    public void Configure(EntityTypeBuilder<AgencyContact> builder)
    {
        builder.ToTable("AgencyContacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Value).HasMaxLength(300).IsRequired();
        builder.Property(c => c.AddedBy).HasMaxLength(64);
        builder.HasIndex(c => new { c.AgencyId, c.Kind, c.Value }).IsUnique();
        builder.HasIndex(c => c.Value);
    }
}

internal sealed class AgencyDestinationConfiguration : IEntityTypeConfiguration<AgencyDestination>
{
    public void Configure(EntityTypeBuilder<AgencyDestination> builder)
    {
        builder.ToTable("AgencyDestinations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Country).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(d => d.AddedBy).HasMaxLength(64);
        builder.HasIndex(d => new { d.AgencyId, d.Country }).IsUnique();
    }
}

internal sealed class AgencyFeedbackConfiguration : IEntityTypeConfiguration<AgencyFeedback>
{
    public void Configure(EntityTypeBuilder<AgencyFeedback> builder)
    {
        builder.ToTable("AgencyFeedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Reference).HasMaxLength(20).IsRequired();
        builder.HasIndex(f => f.Reference).IsUnique();
        builder.Property(f => f.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.Language).HasMaxLength(5).IsRequired();
        builder.HasOne<Agency>().WithMany().HasForeignKey(f => f.AgencyId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(f => f.AgencyNameGiven).HasMaxLength(Agency.NameMaxLength).IsRequired();
        builder.Property(f => f.LicenceNumberGiven).HasMaxLength(64);
        builder.Property(f => f.DestinationCountry).HasMaxLength(3).IsFixedLength();
        builder.Property(f => f.DestinationCity).HasMaxLength(AgencyFeedback.CityMaxLength);
        builder.Property(f => f.FeeAmount).HasPrecision(14, 2);
        builder.Property(f => f.FeeCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(f => f.FeePaidTo).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.SalaryPromised).HasPrecision(14, 2);
        builder.Property(f => f.SalaryCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(f => f.ContactPhoneIndex).HasMaxLength(64);
        builder.Property(f => f.TextIndex).HasMaxLength(64);
        builder.Property(f => f.SourceIndex).HasMaxLength(64);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.RejectionReason).HasMaxLength(AgencyFeedback.ReasonMaxLength);
        builder.Property(f => f.ModeratedBy).HasMaxLength(64);
        builder.HasIndex(f => new { f.AgencyId, f.Status });
        builder.HasIndex(f => new { f.Status, f.ReceivedAt });
        builder.HasIndex(f => f.ContactPhoneIndex);
        builder.HasIndex(f => f.TextIndex);
        builder.HasIndex(f => new { f.SourceIndex, f.ReceivedAt });
    }
}
