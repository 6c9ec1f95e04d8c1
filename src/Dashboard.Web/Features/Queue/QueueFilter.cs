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
    public ScoreRange Quality { get; init; } = ScoreRange.All;
    public ScoreRange Freshness { get; init; } = ScoreRange.All;
    public ScoreRange Depth { get; init; } = ScoreRange.All;
    public ScoreRange Clarity { get; init; } = ScoreRange.All;

    /// <summary>Every post, not only those flagged needs-human-review and not yet approved.</summary>
    public bool ShowAll { get; init; }

    public QueueSort Sort { get; init; } = QueueSort.Quality;
    public bool Descending { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = DefaultPageSize;
}

/// <summary>An inclusive range of a score, 0 to 100.</summary>
public readonly record struct ScoreRange(int Min, int Max)
{
    public static readonly ScoreRange All = new(0, 100);

    public bool IsAll => Min <= 0 && Max >= 100;
}

/// <summary>The columns the queue sorts by.</summary>
public enum QueueSort
{
    Title,
    Topic,
    Difficulty,
    Quality,
    Freshness,
    Depth,
    Clarity,
    Status,
    Version,
    LastReviewed,
    ImageCount,
    ViewCount,
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
    int? Quality,
    int? Freshness,
    int? Depth,
    int? Clarity,
    string Status,
    string Version,
    DateOnly? LastReviewed,
    int ImageCount,
    long? ViewCount,
    long RowVersion);

public sealed record QueueResult(int Total, IReadOnlyList<QueueRow> Rows);

/// <summary>The values the queue's filter menus offer.</summary>
public sealed record QueueFacets(
    IReadOnlyList<string> Statuses,
    IReadOnlyList<string> Difficulties,
    IReadOnlyList<string> Stacks,
    IReadOnlyList<string> Tools);
