namespace Linda.Core.Auditing;

/// <summary>
/// Rows of this type are written by the thousand (ads from a file or a feed), so when one save writes several of
/// them the audit chain gets one event per type and kind of write, saying how many rows and which properties,
/// instead of one event per row. A save that writes a single row of the type is audited as usual, with its key.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditedInBulkAttribute : Attribute;
