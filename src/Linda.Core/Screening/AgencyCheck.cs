using Linda.Core.Agencies;
using Linda.Core.Matching;

namespace Linda.Core.Screening;

/// <summary>The registry's answer for an agency named in an offer: the verdict and the agency it rests on, if any.</summary>
public sealed record AgencyCheck(Verdict Verdict, string? RegisteredName, string? LicenceNumber, LicenceState? State);
