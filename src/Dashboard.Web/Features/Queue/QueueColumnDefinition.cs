using Dashboard.Web.Features.Claims;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.Queue;

/// <summary>What a queue cell may show besides its row: the link to the post and who holds it.</summary>
public sealed record QueueCell(QueueRow Row, string Href, ClaimView? Claim, string? Viewer);

/// <summary>
/// One column the queue can show: its key (in the layout, saved views and the URL of nothing
/// else), its title, the sort it offers, whether a new reviewer sees it, and its cell.
/// The grid, the column chooser, the phone's cards and the saved layouts all read
/// <see cref="QueueColumns.All"/>.
/// </summary>
public sealed record QueueColumnDefinition(string Key, string Title, QueueSort? Sort, bool ShownByDefault, RenderFragment<QueueCell> Cell)
{
    /// <summary>A column every layout keeps (the title is the row's link).</summary>
    public bool Required { get; init; }

    /// <summary>The cell's CSS class (the title's one-line ellipsis).</summary>
    public string? CellClass { get; init; }

    /// <summary>The column's fixed width (a CSS length), so the compact queue's widths do not follow its headers' controls; null: the title's, set by the page's CSS.</summary>
    public string? Width { get; init; }

    /// <summary>The style of the column's header and cells.</summary>
    public string? Style => Width is { } width ? $"width:{width};min-width:{width};max-width:{width};overflow:hidden;text-overflow:ellipsis" : null;
}
