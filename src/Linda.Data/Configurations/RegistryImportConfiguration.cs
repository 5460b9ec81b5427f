using Linda.Core.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linda.Data.Configurations;

internal sealed class RegistryImportConfiguration : IEntityTypeConfiguration<RegistryImport>
{
    public void Configure(EntityTypeBuilder<RegistryImport> builder)
    {
        builder.ToTable("RegistryImports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.FileName).HasMaxLength(RegistryImport.FileNameMaxLength).IsRequired();
        builder.Property(r => r.StartedBy).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Error).HasMaxLength(RegistryImport.ErrorMaxLength);
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => r.Status);
    }
}
