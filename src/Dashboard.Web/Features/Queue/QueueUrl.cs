using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Features.Queue;

/// <summary>
/// The queue's filter, sort and page as URL query parameters, so a copied link reproduces
/// the view: <c>/?q=cache&amp;status=drafted&amp;quality=60-100&amp;sort=clarity&amp;desc=1&amp;page=3</c>.
/// Each parameter is a row of <see cref="QueueUrlParameters.All"/>.
/// </summary>
public static class QueueUrl
{
    /// <summary>The parameter of <see cref="QueueFilter.Conflicts"/>.</summary>
    public const string ConflictsParameter = "conflicts";

    public static QueueFilter Parse(string uri)
    {
        var queryStart = uri.IndexOf('?', StringComparison.Ordinal);
        var query = queryStart < 0 ? [] : QueryHelpers.ParseQuery(uri[queryStart..]);
        var filter = new QueueFilter();
        foreach (var parameter in QueueUrlParameters.All)
        {
            if (query.TryGetValue(parameter.Name, out var value) && !StringValues.IsNullOrEmpty(value))
            {
                filter = parameter.Read(filter, value.ToString());
            }
        }

        return filter;
    }

    /// <summary>The query string for <paramref name="filter"/>, defaults left out, starting with <c>?</c> (or empty).</summary>
    public static string ToQuery(QueueFilter filter)
    {
        var parts = QueueUrlParameters.All
            .Select(parameter => new KeyValuePair<string, string?>(parameter.Name, parameter.Write(filter)))
            .Where(part => !string.IsNullOrEmpty(part.Value))
            .ToList();
        return parts.Count == 0 ? string.Empty : QueryString.Create(parts).ToString();
    }
}
