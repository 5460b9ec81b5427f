namespace Linda.Core.Matching;

/// <summary>The verdict on a query with the matches behind it.</summary>
/// <param name="Verdict">The answer.</param>
/// <param name="Matches">
/// The agencies the verdict rests on, best first, at most five: the same agency (or agencies) for licensed,
/// expired and suspended-or-deregistered; the agencies the query resembles or whose contact it uses for a look-alike.
/// </param>
/// <param name="AlsoSimilar">Other agencies with similar names, best first, at most five; never accused.</param>
public sealed record AgencyVerification(Verdict Verdict, IReadOnlyList<AgencyMatch> Matches, IReadOnlyList<AgencyMatch> AlsoSimilar);
