using Linda.Core.Intake;
using Linda.Data;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Staff;

/// <summary>The signed-in user's in-app notifications (P1 alerts, escalations), newest first; each can be marked read.</summary>
public sealed class NotificationsModel(LindaDbContext db) : PageModel
{
    public const int Limit = 100;

    public IReadOnlyList<StaffNotification> Items { get; private set; } = [];

    public int Unread { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.StaffId();
        Items = await db.StaffNotifications.AsNoTracking().Where(n => n.UserId == me)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Limit).ToListAsync(ct);
        Unread = await db.StaffNotifications.CountAsync(n => n.UserId == me && n.ReadAt == null, ct);
    }

    /// <summary>Marks one notification read, or all of them when no id is given; only the user's own.</summary>
    public async Task<IActionResult> OnPostReadAsync(Guid? notificationId, CancellationToken ct)
    {
        var me = User.StaffId();
        var unread = await db.StaffNotifications
            .Where(n => n.UserId == me && n.ReadAt == null && (notificationId == null || n.Id == notificationId))
            .ToListAsync(ct);
        var now = db.UtcNow;
        foreach (var notification in unread)
        {
            notification.ReadAt = now;
        }
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }
}

/// <summary>The unread count shown in the staff header.</summary>
public sealed class UnreadNotifications(LindaDbContext db)
{
    public Task<int> CountAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Task.FromResult(0);
        }
        var me = user.StaffId();
        return db.StaffNotifications.CountAsync(n => n.UserId == me && n.ReadAt == null, ct);
    }
}
