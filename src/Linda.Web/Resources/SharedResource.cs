namespace Linda.Web.Resources;

/// <summary>
/// The one resource set for every user-facing string. Keys are the English text;
/// SharedResource.sw.resx holds Kiswahili. A missing translation shows the English.
/// </summary>
public sealed class SharedResource;
