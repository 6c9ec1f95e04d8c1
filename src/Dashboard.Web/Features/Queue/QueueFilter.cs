using System.Text.Json.Serialization;
using Dashboard.Core.Format;

namespace Dashboard.Web.Features.Queue;

/// <summary>What the queue shows: the filter, the sort and the page. It round-trips through the URL.</summary>
public sealed record QueueFilter
{
    public const int DefaultPageSize = 25;

    public string? Search { get; init; }
    public string? Status { get; init; }
    public string? Difficulty { get; init; }
    public string? Stack { get; init; }
    public string? Tool { get; init; }

    /// <summary>Only posts failing this check (a <see cref="Dashboard.Core.Checks.Check.Id"/>), or any error-severity check (<see cref="Checks.CheckFilterValue.AnyError"/>).</summary>
    public string? Check { get; init; }

    /// <summary>A range per score of <see cref="ScoreFields.All"/>; each score's whole range unless narrowed.</summary>
    public ScoreRanges Scores { get; init; } = ScoreRanges.All;

    /// <summary>Only the members of this near-copy cluster (its id: the representative's post id).</summary>
    public long? Cluster { get; init; }

    /// <summary>Only posts in a near-copy cluster of at least this many posts; 1 (the default) for every post.</summary>
    public int MinClusterSize { get; init; } = 1;

    /// <summary>Only posts with an open import conflict (a newer file waiting beside reviewers' work), wherever they are in the workflow.</summary>
    public bool Conflicts { get; init; }

    /// <summary>Every post, not only those flagged needs-human-review and not yet approved.</summary>
    public bool ShowAll { get; init; }

    /// <summary>Only posts assigned to this account; <see cref="AssigneeFilter.Me"/> or <see cref="AssigneeFilter.None"/> .</summary>
    public string? Assignee { get; init; }

    /// <summary>Who "me" is for <see cref="Assignee"/>: the signed-in reviewer, set by whoever asks; never in the URL.</summary>
    [JsonIgnore]
    public string? Me { get; init; }

    /// <summary>Only posts that have waited in their status more than this many days.</summary>
    public int? WaitingDays { get; init; }

    /// <summary>Only posts past their status's due time (Review:DueDays).</summary>
    public bool Overdue { get; init; }

    public QueueSort Sort { get; init; } = QueueSort.Default;
    public bool Descending { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>This filter with <paramref name="score"/> narrowed to <paramref name="range"/>.</summary>
    public QueueFilter With(ScoreField score, ScoreRange range) => this with { Scores = Scores.With(score, range) };
}

/// <summary>
/// One line of the queue: only what the grid shows, never the post's body. The row version is
/// kept so that a bulk action on selected rows can tell which posts changed since they were picked.
/// </summary>
public sealed record QueueRow(
    string SourceId,
    string Title,
    string? Topic,
    string? Difficulty,
    [property: JsonIgnore] ScoreValues Scores,
    string Status,
    string Version,
    DateOnly? LastReviewed,
    int ImageCount,
    long? ViewCount,
    int CheckErrors,
    int CheckWarnings,
    long RowVersion,
    string? Assignee,
    DateTime StatusSinceUtc,
    int ClusterSize = 1)
{
    /// <summary>The scores as the API writes them: one member per score, by its name (<c>"quality": 87</c>).</summary>
    [JsonExtensionData]
    public Dictionary<string, object?> ScoreMembers => ScoreFields.All.ToDictionary(s => s.Name, s => (object?)Scores[s]);
}

public sealed record QueueResult(int Total, IReadOnlyList<QueueRow> Rows);

/// <summary>The values the queue's filter menus offer.</summary>
public sealed record QueueFacets(
    IReadOnlyList<string> Statuses,
    IReadOnlyList<string> Difficulties,
    IReadOnlyList<string> Stacks,
    IReadOnlyList<string> Tools);
