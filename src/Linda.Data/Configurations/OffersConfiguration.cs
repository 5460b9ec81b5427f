using Linda.Core.Agencies;
using Linda.Core.Intake;
using Linda.Core.Offers;
using Linda.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linda.Data.Configurations;

internal sealed class AdSourceConfiguration : IEntityTypeConfiguration<AdSource>
{
    public void Configure(EntityTypeBuilder<AdSource> builder)
    {
        builder.ToTable("AdSources");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(AdSource.NameMaxLength).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.FeedUrl).HasMaxLength(AdSource.FeedUrlMaxLength);
        builder.Property(s => s.LastError).HasMaxLength(AdSource.ErrorMaxLength);
        builder.Property(s => s.ETag).HasMaxLength(200);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.Kind, s.Enabled, s.NextPollAt });
    }
}

internal sealed class JobAdConfiguration : IEntityTypeConfiguration<JobAd>
{
    public void Configure(EntityTypeBuilder<JobAd> builder)
    {
        builder.ToTable("JobAds");
        builder.HasKey(a => a.Id);
        builder.HasOne<AdSource>().WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Url).HasMaxLength(JobAd.UrlMaxLength);
        builder.Property(a => a.UrlHash).HasMaxLength(64);
        builder.HasIndex(a => a.UrlHash).IsUnique();
        builder.Property(a => a.Title).HasMaxLength(JobAd.TitleMaxLength);
        builder.Property(a => a.Text).HasMaxLength(Linda.Core.Screening.OfferInput.MaxTextLength).IsRequired();
        builder.HasIndex(a => a.SimBand0);
        builder.HasIndex(a => a.SimBand1);
        builder.HasIndex(a => a.SimBand2);
        builder.HasIndex(a => a.SimBand3);
        builder.Property(a => a.Risk).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.FlagCodes).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.ClaimedAgencies).HasMaxLength(1000);
        builder.Property(a => a.Destinations).HasMaxLength(200);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => a.AgencyId);
        builder.HasIndex(a => a.OperationId);
        builder.Property(a => a.Label).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.LabelledById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(a => a.LabelNote).HasMaxLength(JobAd.NoteMaxLength);
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.AgencyEscalatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.Label, a.Score });
        builder.HasIndex(a => a.LastSeenAt);
    }
}

internal sealed class AdIdentifierConfiguration : IEntityTypeConfiguration<AdIdentifier>
{
    public void Configure(EntityTypeBuilder<AdIdentifier> builder)
    {
        builder.ToTable("AdIdentifiers");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasMaxLength(20).IsRequired();
        builder.Property(i => i.Value).HasMaxLength(AdIdentifier.ValueMaxLength).IsRequired();
        builder.HasOne<JobAd>().WithMany().HasForeignKey(i => i.AdId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.AdId, i.Kind, i.Value }).IsUnique();
        builder.HasIndex(i => new { i.Kind, i.Value });
    }
}

internal sealed class AdOperationConfiguration : IEntityTypeConfiguration<AdOperation>
{
    public void Configure(EntityTypeBuilder<AdOperation> builder)
    {
        builder.ToTable("AdOperations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.HighestRisk).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(o => new { o.HighestScore, o.AdCount });
    }
}
