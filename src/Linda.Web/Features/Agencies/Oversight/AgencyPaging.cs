using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>
/// Paging of the lists on an agency's page. Each list has its own query parameter, so that turning the page of one
/// keeps the others where they were; a page number out of range or not a number shows the nearest page.
/// </summary>
public sealed record AgencyPaging(string Parameter, int Page, int PageCount, int Total, int PageSize)
{
    public int Skip => (Page - 1) * PageSize;

    public int First => Total == 0 ? 0 : Skip + 1;

    public static AgencyPaging For(HttpRequest request, string parameter, int total, int pageSize)
    {
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        var asked = int.TryParse(request.Query[parameter].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        return new AgencyPaging(parameter, Math.Clamp(asked, 1, pages), pages, total, pageSize);
    }

    /// <summary>The same page with this list on <paramref name="page"/>, scrolled to <paramref name="fragment"/>.</summary>
    public string Link(HttpRequest request, int page, string fragment)
    {
        var query = request.Query.Where(q => q.Key != Parameter).ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        if (page > 1)
        {
            query[Parameter] = page.ToString(CultureInfo.InvariantCulture);
        }
        return QueryHelpers.AddQueryString(request.Path, query) + "#" + fragment;
    }
}
