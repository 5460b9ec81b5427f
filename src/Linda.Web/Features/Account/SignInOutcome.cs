using Linda.Core.Auditing;
using Linda.Data;
using Linda.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Linda.Web.Features.Account;

/// <summary>
/// What every sign-in step (password, authenticator code, recovery code) does with Identity's answer:
/// audit it against the account, stamp the last sign-in, and say what the person sees.
/// </summary>
public sealed class SignInOutcome(LindaDbContext db, UserManager<StaffUser> users)
{
    public const string LockedOut = "This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator.";
    public const string NotAllowed = "This account cannot sign in. Ask an administrator.";

    /// <summary>Records the result; returns null when the person is signed in, else the message to show.</summary>
    public async Task<string?> RecordAsync(SignInResult result, StaffUser user, string failedMessage, string? secondFactor = null)
    {
        var actor = db.CurrentActor.As(user);
        var subject = user.Id.ToString();
        if (result.Succeeded)
        {
            db.Audit(AuditActions.SignIn, nameof(StaffUser), subject, secondFactor is null ? null : $"second-factor:{secondFactor}", actor);
            user.LastSignInAt = db.UtcNow;
            await users.UpdateAsync(user);
            return null;
        }
        var (action, message) = result switch
        {
            { IsLockedOut: true } => (AuditActions.SignInLockedOut, LockedOut),
            { IsNotAllowed: true } => (AuditActions.SignInNotAllowed, NotAllowed),
            _ => (AuditActions.SignInFailed, failedMessage),
        };
        await db.AuditNowAsync(action, nameof(StaffUser), subject, actor);
        return message;
    }
}
