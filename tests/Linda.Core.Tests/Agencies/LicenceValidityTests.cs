using Linda.Core.Agencies;

namespace Linda.Core.Tests.Agencies;

public sealed class LicenceValidityTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static AgencySanction Sanction(SanctionKind kind, DateOnly on, DateOnly? ends = null) =>
        new() { Kind = kind, EffectiveOn = on, EndsOn = ends, Reason = "synthetic" };

    [Theory]
    [InlineData("2026-11-28", LicenceState.Licensed)]
    [InlineData("2027-01-01", LicenceState.Licensed)]
    [InlineData("2026-11-27", LicenceState.Expired)]
    public void Compute_FromTheExpiryDate(string expiry, LicenceState expected)
    {
        LicenceValidity.Compute(DateOnly.Parse(expiry, System.Globalization.CultureInfo.InvariantCulture), [], Today).ShouldBe(expected);
    }

    [Fact]
    public void Compute_NoExpiry_IsUnknown() => LicenceValidity.Compute(null, [], Today).ShouldBe(LicenceState.Unknown);

    [Fact]
    public void Compute_DeregisteredBeatsAValidExpiry() =>
        LicenceValidity.Compute(Today.AddYears(1), [Sanction(SanctionKind.Deregistration, Today.AddDays(-3))], Today).ShouldBe(LicenceState.Deregistered);

    [Fact]
    public void Compute_SuspensionOnlyWhileItRuns()
    {
        var suspension = Sanction(SanctionKind.Suspension, Today.AddDays(-10), Today.AddDays(-1));
        LicenceValidity.Compute(Today.AddYears(1), [suspension], Today).ShouldBe(LicenceState.Licensed);
        LicenceValidity.Compute(Today.AddYears(1), [suspension], Today.AddDays(-5)).ShouldBe(LicenceState.Suspended);
        LicenceValidity.Compute(Today.AddYears(1), [Sanction(SanctionKind.Suspension, Today)], Today).ShouldBe(LicenceState.Suspended);
    }

    [Fact]
    public void Compute_FutureSanctionAndWarnings_DoNotChangeTheState()
    {
        LicenceValidity.Compute(Today.AddYears(1),
            [Sanction(SanctionKind.Warning, Today.AddDays(-1)), Sanction(SanctionKind.Deregistration, Today.AddDays(1))], Today)
            .ShouldBe(LicenceState.Licensed);
    }

    [Theory]
    [InlineData("RA/2025/10/24", "RA/2025/10/24")]
    [InlineData("ra-2025-10-24", "RA/2025/10/24")]
    [InlineData(" RA 2025 010 24 ", "RA/2025/10/24")]
    [InlineData("RA2025/10/24", "RA/2025/10/24")]
    [InlineData("NA/2023/12/1", "NA/2023/12/1")]
    public void LicenceNumbers_Normalise_AnySeparatorsAndCase(string input, string expected) =>
        LicenceNumbers.Normalise(input).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("RIVERSIDE")]
    [InlineData("////")]
    public void LicenceNumbers_Normalise_NotALicence(string? input) => LicenceNumbers.Normalise(input).ShouldBeNull();
}
