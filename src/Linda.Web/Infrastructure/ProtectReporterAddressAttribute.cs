namespace Linda.Web.Infrastructure;

/// <summary>
/// Marks a public endpoint where people report something without an account: the audit log records what was
/// written but not the network address it came from, because the address could identify the reporter.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ProtectReporterAddressAttribute : Attribute;
