namespace Linda.Core.Matching;

/// <summary>A sector word as written ("manpowr") and the word it counts as ("manpower").</summary>
/// <param name="Canonical">The canonical sector word.</param>
/// <param name="Written">The token as written, lower case.</param>
/// <param name="Edits">Typing slips between the two spellings (0 for a known variant such as "agencies").</param>
public readonly record struct SectorWord(string Canonical, string Written, int Edits);
