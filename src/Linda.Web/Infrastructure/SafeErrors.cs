namespace Linda.Web.Infrastructure;

/// <summary>
/// What a background job may log about a failure: exception types only. A message (a database error quoting the
/// failing row, a parser quoting a line) can carry imported or fetched content, so it never reaches a log.
/// </summary>
public static class SafeErrors
{
    /// <summary>The exception's type and its inner exceptions' types, outermost first: "DbUpdateException &lt; PostgresException".</summary>
    public static string Types(Exception e)
    {
        var types = new List<string>();
        for (Exception? current = e; current is not null && types.Count < 5; current = current.InnerException)
        {
            types.Add(current.GetType().Name);
        }
        return string.Join(" < ", types);
    }
}
