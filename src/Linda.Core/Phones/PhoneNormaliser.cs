using PhoneNumbers;

namespace Linda.Core.Phones;

/// <summary>Normalises phone numbers written in any common form to E.164 (libphonenumber).</summary>
public static class PhoneNormaliser
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Returns the E.164 form ("+254712345678") of <paramref name="input"/>, reading numbers without a
    /// country code as numbers of <paramref name="defaultRegion"/> (Kenya unless said otherwise), or null
    /// when the input is not a possible phone number.
    /// </summary>
    public static string? ToE164(string? input, string defaultRegion = "KE")
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return null;
        }
        try
        {
            var number = Util.Parse(input, defaultRegion);
            return Util.IsPossibleNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
