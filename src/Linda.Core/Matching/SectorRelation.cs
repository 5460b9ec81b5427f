namespace Linda.Core.Matching;

/// <summary>How the sector words of two names agree.</summary>
internal enum SectorRelation
{
    Equal = 0,
    /// <summary>One name's sector words are a subset of the other's ("Kazi Global" vs "Kazi Global Manpower").</summary>
    Compatible = 1,
    /// <summary>Each has a sector word the other lacks ("Riverside Recruitment" vs "Riverside Manpower").</summary>
    Conflict = 2,
}
