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
