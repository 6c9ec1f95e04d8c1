using System.Globalization;
using Dashboard.Core.Format;
using Dashboard.Core.Review;

namespace Dashboard.Web.Features.Queue;

/// <summary>What a queue URL parameter's value is, for whoever describes it (the OpenAPI document).</summary>
public enum QueueValueKind
{
    Text,

    /// <summary>One of <see cref="QueueValueShape.Choices"/>.</summary>
    Choice,
    Integer,

    /// <summary>On when <c>1</c> or <c>true</c>; <see cref="QueueUrl.ToQuery"/> writes <c>1</c>.</summary>
    Flag,

    /// <summary>Text of the form <see cref="QueueValueShape.Pattern"/> (a score's <c>min-max</c>, a wait).</summary>
    Pattern,
}

/// <summary>The shape of a parameter's value: its kind, and the choices, bounds or pattern it must keep to.</summary>
public sealed record QueueValueShape(QueueValueKind Kind, IReadOnlyList<string>? Choices = null, long? Minimum = null, long? Maximum = null, string? Pattern = null);

/// <summary>
/// One query parameter of the queue's URL: its name, what it means, the shape of its value, an
/// example, how it is read into a <see cref="QueueFilter"/> and written back. <see cref="QueueUrl"/>
/// parses and writes the URL from <see cref="QueueUrlParameters.All"/>, and the API's document
/// declares the same rows, so a new filter is one row here.
/// </summary>
public sealed record QueueUrlParameter(
    string Name, string Description, QueueValueShape Shape, string Example, Func<QueueFilter, string, QueueFilter> Read, Func<QueueFilter, string?> Write);

/// <summary>Every parameter of the queue's URL, in the order <see cref="QueueUrl.ToQuery"/> writes them.</summary>
public static class QueueUrlParameters
{
    public const int MaxPageSize = 200;

    private static readonly QueueValueShape Text = new(QueueValueKind.Text);
    private static readonly QueueValueShape Flag = new(QueueValueKind.Flag);

    public static IReadOnlyList<QueueUrlParameter> All { get; } =
    [
        new("q", "Words in the title, topic or summary; each must start a word.", Text, "cache",
            (f, v) => f with { Search = v }, f => f.Search),
        new("status", "Only posts with this status.", new(QueueValueKind.Choice, ReviewStatus.All), ReviewStatus.Drafted,
            (f, v) => f with { Status = v }, f => f.Status),
        new("difficulty", "Only posts with this difficulty.", Text, "intermediate",
            (f, v) => f with { Difficulty = v }, f => f.Difficulty),
        new("stack", "Only posts with this stack entry.", Text, "python",
            (f, v) => f with { Stack = v }, f => f.Stack),
        new("tool", "Only posts with this tool.", Text, "docker",
            (f, v) => f with { Tool = v }, f => f.Tool),
        new("check", $"Only posts failing this check ({string.Join(", ", Dashboard.Core.Checks.Check.All.Select(c => c.Id))}), or {Checks.CheckFilterValue.AnyError}: failing any check of error severity.",
            new(QueueValueKind.Choice, [.. Dashboard.Core.Checks.Check.All.Select(c => c.Id), Checks.CheckFilterValue.AnyError]), Checks.CheckFilterValue.AnyError,
            (f, v) => f with { Check = Checks.CheckFilterValue.Known(v) }, f => f.Check),
        .. ScoreFields.All.Select(Score),
        new("assignee", $"Only posts assigned to this account (its user name); {AssigneeFilter.Me}: to the caller; {AssigneeFilter.Mine}: assigned to or claimed by the caller (My work); {AssigneeFilter.None}: to nobody.",
            Text, AssigneeFilter.Me, (f, v) => f with { Assignee = v }, f => f.Assignee),
        new("waiting", $"A number N: only posts that have waited in their status more than N days; {WaitingFilter.Overdue}: only posts past their status's due time (Review:DueDays).",
            new(QueueValueKind.Pattern, Pattern: $"^([0-9]+|{WaitingFilter.Overdue})$"), "3",
            (f, v) => f with
            {
                WaitingDays = int.TryParse(v, CultureInfo.InvariantCulture, out var days) && days >= 0 ? days : null,
                Overdue = v == WaitingFilter.Overdue,
            },
            f => f.Overdue ? WaitingFilter.Overdue : f.WaitingDays?.ToString(CultureInfo.InvariantCulture)),
        new("cluster", "Only the members of this near-copy cluster (its id, as clusterId in a post).", new(QueueValueKind.Integer, Minimum: 1), "12",
            (f, v) => f with { Cluster = long.TryParse(v, CultureInfo.InvariantCulture, out var cluster) && cluster > 0 ? cluster : null },
            f => f.Cluster?.ToString(CultureInfo.InvariantCulture)),
        new("minclustersize", "Only posts in a near-copy cluster of at least this many posts (2 or more).", new(QueueValueKind.Integer, Minimum: 2), "2",
            (f, v) => f with { MinClusterSize = int.TryParse(v, CultureInfo.InvariantCulture, out var size) && size > 1 ? size : 1 },
            f => f.MinClusterSize > 1 ? f.MinClusterSize.ToString(CultureInfo.InvariantCulture) : null),
        new(QueueUrl.ConflictsParameter, "true (or 1): only posts with an open import conflict (a newer file waiting beside reviewers' work), whatever their status.", Flag, "true",
            (f, v) => f with { Conflicts = IsOn(v) }, f => f.Conflicts ? "1" : null),
        new("all", "true (or 1): every post, not only those needing review.", Flag, "true",
            (f, v) => f with { ShowAll = IsOn(v) }, f => f.ShowAll ? "1" : null),
        new("sort", $"The column to sort by (default {QueueSort.Default.Name}).", new(QueueValueKind.Choice, [.. QueueSort.All.Select(s => s.Name)]), "clarity",
            (f, v) => f with { Sort = QueueSort.Find(v) ?? QueueSort.Default }, f => f.Sort == QueueSort.Default ? null : f.Sort.Name),
        new("desc", "true (or 1): sort descending.", Flag, "true",
            (f, v) => f with { Descending = IsOn(v) }, f => f.Descending ? "1" : null),
        new("page", "The page, from 1.", new(QueueValueKind.Integer, Minimum: 1), "2",
            (f, v) => f with { Page = int.TryParse(v, CultureInfo.InvariantCulture, out var page) && page > 1 ? page - 1 : 0 },
            f => f.Page > 0 ? (f.Page + 1).ToString(CultureInfo.InvariantCulture) : null),
        new("size", $"Rows per page (default {QueueFilter.DefaultPageSize}).", new(QueueValueKind.Integer, Minimum: 1, Maximum: MaxPageSize), "50",
            (f, v) => f with { PageSize = int.TryParse(v, CultureInfo.InvariantCulture, out var size) && size is > 0 and <= MaxPageSize ? size : QueueFilter.DefaultPageSize },
            f => f.PageSize != QueueFilter.DefaultPageSize ? f.PageSize.ToString(CultureInfo.InvariantCulture) : null),
    ];

    private static bool IsOn(string value) => value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase);

    // One parameter per score, by the score's name: quality=60-100.
    private static QueueUrlParameter Score(ScoreField score) => new(
        score.Name,
        $"Only posts whose {score.Label} is in min-max ({score.Min}-{score.Max}).",
        new(QueueValueKind.Pattern, Pattern: "^[0-9]+-[0-9]+$"),
        $"{(score.Min + score.Max) / 2}-{score.Max}",
        (f, v) => ParseRange(v, score) is { } range ? f.With(score, range) : f,
        f => f.Scores[score] is var range && range.Covers(score) ? null : $"{range.Min}-{range.Max}");

    private static ScoreRange? ParseRange(string text, ScoreField score)
    {
        if (text.Split('-') is [var a, var b]
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
