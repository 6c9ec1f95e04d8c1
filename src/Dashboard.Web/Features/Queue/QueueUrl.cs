using System.Globalization;
using Dashboard.Core.Format;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Features.Queue;

/// <summary>
/// The queue's filter, sort and page as URL query parameters, so a copied link reproduces
/// the view: <c>/?q=cache&amp;status=drafted&amp;quality=60-100&amp;sort=clarity&amp;desc=1&amp;page=3</c>.
/// </summary>
public static class QueueUrl
{
    /// <summary>The parameter of <see cref="QueueFilter.Conflicts"/>.</summary>
    public const string ConflictsParameter = "conflicts";

    public static QueueFilter Parse(string uri)
    {
        var queryStart = uri.IndexOf('?', StringComparison.Ordinal);
        var query = queryStart < 0 ? [] : QueryHelpers.ParseQuery(uri[queryStart..]);
        string? Get(string name) => query.TryGetValue(name, out var value) && !StringValues.IsNullOrEmpty(value) ? value.ToString() : null;

        var filter = new QueueFilter
        {
            Search = Get("q"),
            Status = Get("status"),
            Difficulty = Get("difficulty"),
            Stack = Get("stack"),
            Tool = Get("tool"),
            Check = Checks.CheckFilterValue.Known(Get("check")),
            Cluster = long.TryParse(Get("cluster"), CultureInfo.InvariantCulture, out var cluster) && cluster > 0 ? cluster : null,
            MinClusterSize = int.TryParse(Get("minclustersize"), CultureInfo.InvariantCulture, out var minClusterSize) && minClusterSize > 1 ? minClusterSize : 1,
            ShowAll = Get("all") == "1",
            Conflicts = Get(ConflictsParameter) == "1",
            Assignee = Get("assignee"),
            WaitingDays = int.TryParse(Get("waiting"), CultureInfo.InvariantCulture, out var days) && days >= 0 ? days : null,
            Overdue = Get("waiting") == WaitingFilter.Overdue,
            Sort = QueueSort.Find(Get("sort")) ?? QueueSort.Default,
            Descending = Get("desc") == "1",
            Page = int.TryParse(Get("page"), CultureInfo.InvariantCulture, out var page) && page > 1 ? page - 1 : 0,
            PageSize = int.TryParse(Get("size"), CultureInfo.InvariantCulture, out var size) && size is > 0 and <= 200 ? size : QueueFilter.DefaultPageSize,
        };

        // One parameter per score, by the score's name: quality=60-100.
        foreach (var score in ScoreFields.All)
        {
            if (ParseRange(Get(score.Name), score) is { } range)
            {
                filter = filter.With(score, range);
            }
        }

        return filter;
    }

    /// <summary>The query string for <paramref name="filter"/>, defaults left out, starting with <c>?</c> (or empty).</summary>
    public static string ToQuery(QueueFilter filter)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(new(name, value));
            }
        }

        Add("q", filter.Search);
        Add("status", filter.Status);
        Add("difficulty", filter.Difficulty);
        Add("stack", filter.Stack);
        Add("tool", filter.Tool);
        Add("check", filter.Check);
        foreach (var score in ScoreFields.All)
        {
            var range = filter.Scores[score];
            Add(score.Name, range.Covers(score) ? null : $"{range.Min}-{range.Max}");
        }

        Add("assignee", filter.Assignee);
        Add("waiting", filter.Overdue ? WaitingFilter.Overdue : filter.WaitingDays?.ToString(CultureInfo.InvariantCulture));
        Add("cluster", filter.Cluster?.ToString(CultureInfo.InvariantCulture));
        Add("minclustersize", filter.MinClusterSize > 1 ? filter.MinClusterSize.ToString(CultureInfo.InvariantCulture) : null);
        Add(ConflictsParameter, filter.Conflicts ? "1" : null);
        Add("all", filter.ShowAll ? "1" : null);
        Add("sort", filter.Sort == QueueSort.Default ? null : filter.Sort.Name);
        Add("desc", filter.Descending ? "1" : null);
        Add("page", filter.Page > 0 ? (filter.Page + 1).ToString(CultureInfo.InvariantCulture) : null);
        Add("size", filter.PageSize != QueueFilter.DefaultPageSize ? filter.PageSize.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? string.Empty : QueryString.Create(parts).ToString();
    }

    private static ScoreRange? ParseRange(string? text, ScoreField score)
    {
        if (text?.Split('-') is [var a, var b]
            && int.TryParse(a, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(b, CultureInfo.InvariantCulture, out var max))
        {
            min = Math.Clamp(min, score.Min, score.Max);
            max = Math.Clamp(max, score.Min, score.Max);
            return min <= max ? new ScoreRange(min, max) : new ScoreRange(max, min);
        }

        return null;
    }
}
