namespace Linda.Web.Infrastructure;

/// <summary>
/// Text for a cell of an exported CSV. A cell that starts with = + - @, a tab or a carriage return is read as a
/// formula by Excel and LibreOffice (CSV injection, OWASP): such text is prefixed with an apostrophe, which the
/// spreadsheet shows as plain text. Only text that came from outside (names, licence numbers) needs it; numbers
/// Linda formats itself are written as they are, so that a negative number stays a number.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Safe(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;
}
