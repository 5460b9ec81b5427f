namespace Linda.Data;

/// <summary>
/// Linda cannot start or run a command as configured (no master key, a wrong one, an unknown provider). The
/// message is written for the operator and printed as one line, without a stack trace.
/// </summary>
public sealed class LindaConfigurationException(string message, Exception? innerException = null)
    : Exception(message, innerException);
