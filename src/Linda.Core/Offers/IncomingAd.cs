namespace Linda.Core.Offers;

/// <summary>
/// One ad as a file line or a feed item gave it, before it is checked: every path into ad monitoring (upload, feed,
/// command line) hands these to the same ingestion.
/// </summary>
/// <param name="Line">Where it came from: the file's line number (1 = the first line), or the item's position in a feed.</param>
/// <param name="Text">The ad's text (required).</param>
/// <param name="Title">The ad's title, if the source has one.</param>
/// <param name="Url">The ad's address as published.</param>
/// <param name="PublishedAt">When the source says it was published, in UTC.</param>
/// <param name="ExternalId">The source's own id for the ad (a feed item's guid, a file's id column).</param>
public sealed record IncomingAd(int Line, string? Text, string? Title = null, string? Url = null, DateTime? PublishedAt = null, string? ExternalId = null);

/// <summary>An ad that was not taken, and why (the reason never repeats the ad's content).</summary>
public sealed record AdRejection(int Line, string Reason);
