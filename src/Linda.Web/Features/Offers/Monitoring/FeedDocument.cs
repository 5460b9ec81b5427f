using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Linda.Core.Offers;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 document into ads: each item's title, its text (content, RSS content:encoded or
/// summary, HTML turned into plain text), its link and its publication date. DTDs are ignored and external
/// entities never fetched.
/// </summary>
public static class FeedDocument
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>The items as ads (Line = position in the feed, from 1), at most <paramref name="maxItems"/>.</summary>
    /// <exception cref="FeedFormatException">The document is not RSS 2.0 or Atom 1.0 (the message never quotes it).</exception>
    public static IReadOnlyList<IncomingAd> Read(Stream document, Uri feedAddress, int maxItems)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(document, settings);
            feed = SyndicationFeed.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FeedFormatException(e.LineNumber > 0
                ? $"The feed is not valid RSS 2.0 or Atom 1.0 (the document breaks at line {e.LineNumber})."
                : "The feed is not valid RSS 2.0 or Atom 1.0.");
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new FeedFormatException("The feed is not valid RSS 2.0 or Atom 1.0.");
        }
        var ads = new List<IncomingAd>();
        var position = 0;
        foreach (var item in feed.Items)
        {
            if (++position > maxItems)
            {
                break;
            }
            var title = HtmlText.ToPlain(item.Title?.Text);
            var body = HtmlText.ToPlain(Body(item));
            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            ads.Add(new IncomingAd(
                position,
                body.Length > 0 ? body : title,
                title.Length > 0 ? title : null,
                Link(item, feedAddress),
                published == default ? null : published.UtcDateTime,
                string.IsNullOrWhiteSpace(item.Id) ? null : item.Id));
        }
        return ads;
    }

    private static string? Body(SyndicationItem item)
    {
        if (item.Content is TextSyndicationContent { Text: { Length: > 0 } content })
        {
            return content;
        }
        // RSS feeds often put the full text in content:encoded and a teaser in the description.
        var encoded = item.ElementExtensions
            .Where(e => e.OuterName == "encoded" && e.OuterNamespace == ContentModule)
            .Select(e => e.GetObject<XElement>().Value)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return encoded ?? item.Summary?.Text;
    }

    private static string? Link(SyndicationItem item, Uri feedAddress)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        var uri = link?.GetAbsoluteUri() ?? link?.Uri;
        if (uri is not null && !uri.IsAbsoluteUri)
        {
            uri = new Uri(feedAddress, uri);
        }
        if (uri is null && Uri.TryCreate(item.Id, UriKind.Absolute, out var id))
        {
            // An RSS guid that is a permalink.
            uri = id;
        }
        return uri is not null && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
    }
}

/// <summary>A fetched feed that is not RSS 2.0 or Atom 1.0; the message says so in words and never quotes the document.</summary>
public sealed class FeedFormatException(string message) : Exception(message);
