namespace Linda.Core.Reference;

public sealed record County(string Code, string Name);

/// <summary>Kenya's 47 counties with their official codes (First Schedule, Constitution of Kenya 2010).</summary>
public static class KenyaCounties
{
    public static readonly IReadOnlyList<County> All =
    [
        new("001", "Mombasa"), new("002", "Kwale"), new("003", "Kilifi"), new("004", "Tana River"),
        new("005", "Lamu"), new("006", "Taita-Taveta"), new("007", "Garissa"), new("008", "Wajir"),
        new("009", "Mandera"), new("010", "Marsabit"), new("011", "Isiolo"), new("012", "Meru"),
        new("013", "Tharaka-Nithi"), new("014", "Embu"), new("015", "Kitui"), new("016", "Machakos"),
        new("017", "Makueni"), new("018", "Nyandarua"), new("019", "Nyeri"), new("020", "Kirinyaga"),
        new("021", "Murang'a"), new("022", "Kiambu"), new("023", "Turkana"), new("024", "West Pokot"),
        new("025", "Samburu"), new("026", "Trans Nzoia"), new("027", "Uasin Gishu"), new("028", "Elgeyo-Marakwet"),
        new("029", "Nandi"), new("030", "Baringo"), new("031", "Laikipia"), new("032", "Nakuru"),
        new("033", "Narok"), new("034", "Kajiado"), new("035", "Kericho"), new("036", "Bomet"),
        new("037", "Kakamega"), new("038", "Vihiga"), new("039", "Bungoma"), new("040", "Busia"),
        new("041", "Siaya"), new("042", "Kisumu"), new("043", "Homa Bay"), new("044", "Migori"),
        new("045", "Kisii"), new("046", "Nyamira"), new("047", "Nairobi City"),
    ];

    public static County? Find(string? code) => All.FirstOrDefault(c => c.Code == code);
}
