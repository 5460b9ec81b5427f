using System.ComponentModel.DataAnnotations;
using Linda.Core.Offers;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>An RSS or Atom feed an officer adds, with its limits written once.</summary>
public sealed class FeedForm
{
    public const int MinPollMinutes = 5;

    /// <summary>A day.</summary>
    public const int MaxPollMinutes = 1440;

    [Required(ErrorMessage = "Give the feed a name.")]
    [StringLength(AdSource.NameMaxLength, ErrorMessage = "The name can have at most 200 characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the feed's address.")]
    [StringLength(AdSource.FeedUrlMaxLength, ErrorMessage = "The address can have at most 2,000 characters.")]
    [Display(Name = "Feed address (RSS 2.0 or Atom 1.0)")]
    public string Address { get; set; } = "";

    [Range(MinPollMinutes, MaxPollMinutes, ErrorMessage = "Poll every 5 to 1,440 minutes (a day).")]
    [Display(Name = "Poll every (minutes)")]
    public int PollMinutes { get; set; } = 60;

    /// <summary>
    /// What is wrong with the address beyond its presence and length, or null. Checked by the page whatever the other
    /// fields hold (an <see cref="IValidatableObject"/> would stay silent while another field is wrong).
    /// </summary>
    public static string? AddressProblem(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > AdSource.FeedUrlMaxLength)
        {
            return null;
        }
        if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            return "Enter an address that starts with http:// or https://.";
        }
        // It would be stored and shown in clear.
        return uri.UserInfo.Length > 0 ? "Do not put a user name or password in the address." : null;
    }
}
