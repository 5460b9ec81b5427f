namespace Linda.Core.Auditing;

/// <summary>The names of audited actions, stable because they are filtered on and exported.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignInLockedOut = "sign-in-locked-out";
    public const string SignInNotAllowed = "sign-in-not-allowed";
    public const string SignOut = "sign-out";
    public const string TwoFactorEnabled = "2fa-enabled";
    public const string TwoFactorReset = "2fa-reset";
    public const string RecoveryCodesGenerated = "2fa-recovery-codes-generated";
    public const string RecoveryCodeUsed = "2fa-recovery-code-used";
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Read = "read";
    public const string Export = "export";

    /// <summary>An officer opened a feedback report, seeing its decrypted text and contact.</summary>
    public const string FeedbackRead = "feedback.read";

    public static readonly IReadOnlyList<string> All =
    [
        SignIn, SignInFailed, SignInLockedOut, SignInNotAllowed, SignOut, TwoFactorEnabled, TwoFactorReset,
        RecoveryCodesGenerated, RecoveryCodeUsed, Created, Updated, Deleted, Read, Export, FeedbackRead,
    ];
}
