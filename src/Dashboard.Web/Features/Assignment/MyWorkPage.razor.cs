using Dashboard.Core.Review;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Assignment;

/// <summary>The signed-in reviewer's own posts, longest waiting first, with their counts.</summary>
public sealed partial class MyWorkPage : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private MudTable<QueueRow>? _table;
    private Reviewer? _reviewer;
    private MyWorkCounts? _counts;
    private QueueFilter _filter = new();

    [Inject] private CurrentReviewer CurrentReviewer { get; set; } = default!;
    [Inject] private MyWork Work { get; set; } = default!;
    [Inject] private QueueQuery Queue { get; set; } = default!;

    private string QueueHref => "/" + QueueUrl.ToQuery(_filter);

    protected override async Task OnInitializedAsync()
    {
        _reviewer = await CurrentReviewer.GetAsync();
        if (_reviewer is { } reviewer)
        {
            _filter = MyWork.FilterFor(reviewer.Name);
            _counts = await Work.CountsAsync(reviewer.Name, _disposed.Token);
        }
    }

    private async Task<TableData<QueueRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token);
        _filter = _filter with { Page = state.Page, PageSize = state.PageSize };
        var page = await Queue.GetPageAsync(_filter, linked.Token);
        return new TableData<QueueRow> { Items = page.Rows, TotalItems = page.Total };
    }

    private string PostHref(QueueRow row) => PostLinks.ToPost(row.SourceId, _filter, _filter.Page * _filter.PageSize);

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
