using System.Globalization;

namespace Linda.Web.Features.Admin;

/// <summary>How the admin pages write times: UTC, to the second, the same for every viewer and in every export.</summary>
public static class AdminFormat
{
    public static string Utc(DateTime? utc, string none = "never") =>
        utc is { } value ? value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : none;

    public static string Utc(DateTimeOffset? utc, string none = "never") => Utc(utc?.UtcDateTime, none);

    public static string OnOff(bool value) => value ? "on" : "off";
}
