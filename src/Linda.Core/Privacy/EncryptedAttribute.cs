namespace Linda.Core.Privacy;

/// <summary>
/// Marks a string property whose value is personal or sensitive: it is stored encrypted
/// (authenticated encryption under keys that never live in the database) and never logged.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class EncryptedAttribute : Attribute;
