using System.ComponentModel.DataAnnotations;
using Linda.Core.Offers;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>An RSS or Atom feed an officer adds, with its limits written once.</summary>
public sealed class FeedForm : IValidatableObject
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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Address) || Address.Length > AdSource.FeedUrlMaxLength)
        {
            yield break;
        }
        if (!Uri.TryCreate(Address.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            yield return new ValidationResult("Enter an address that starts with http:// or https://.", [nameof(Address)]);
        }
        else if (uri.UserInfo.Length > 0)
        {
            // It would be stored and shown in clear.
            yield return new ValidationResult("Do not put a user name or password in the address.", [nameof(Address)]);
        }
    }
}
