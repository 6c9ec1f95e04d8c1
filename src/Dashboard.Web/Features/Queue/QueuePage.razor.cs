using Dashboard.Core.Review;
using Dashboard.Web.Components.Shared;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Web.Features.Queue;

public sealed partial class QueuePage
{
    private static readonly int[] PageSizes = [10, 25, 50, 100];

    internal static readonly IReadOnlyList<Shortcut> QueueShortcuts =
    [
        new("j / ↓", "next post in the list"),
        new("k / ↑", "previous post in the list"),
        new("Enter / o", "open the selected post"),
        new("s", "start reviewing: open the next post for you, by priority, and claim it"),
        new("/", "focus the search box"),
        new("← / →", "previous / next page"),
        new("?", "show this help"),
        new("Esc", "close this help, leave the search box"),
    ];

    private MudDataGrid<QueueRow>? _grid;
    private MudTextField<string>? _search;
    private QueueFilter _filter = new();
    private QueueFacets _facets = new([], [], [], []);
    private IReadOnlyList<QueueRow> _rows = [];
    private int _total;
    private int _selected;
    private bool _helpOpen;
    private bool _loaded;
    private bool _filtersOpen;
    private int _gridKey;
    private QueueLayout _layout = QueueLayout.Default;
    private IReadOnlyList<QueueView> _views = [];
    private KeyboardShortcuts<QueuePage>? _shortcuts;
    private readonly CancellationTokenSource _disposed = new();

    // Bulk review: the rows picked (as they were when picked) and the live reload on changes.
    private HashSet<QueueRow> _bulkSelection = new(QueueRowsBySourceId.Instance);
    private Reviewer? _reviewer;

    // Who holds this page's posts (Features/Claims), and the "Start reviewing" button the s key presses.
    private IReadOnlyDictionary<string, Claims.ClaimView> _claims = new Dictionary<string, Claims.ClaimView>();
    private Claims.StartReviewingButton? _start;
    private IDisposable? _changes;
    private Debouncer? _reload;

    [Inject] private QueueQuery Queue { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private CurrentReviewer CurrentReviewer { get; set; } = default!;
    [Inject] private PostChangeNotifier Changes { get; set; } = default!;
    [Inject] private Claims.ClaimStore ClaimStore { get; set; } = default!;
    [Inject] private QueueLayoutStore Layouts { get; set; } = default!;
    [Inject] private SavedViews SavedViews { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _reviewer = await CurrentReviewer.GetAsync();
        _filter = QueueUrl.Parse(Navigation.Uri) with { Me = _reviewer?.Name };
        _helpOpen = Navigation.Uri.Contains("help=1", StringComparison.Ordinal);
        _facets = await Queue.GetFacetsAsync(_disposed.Token);
        if (_reviewer is { } reviewer)
        {
            _layout = await Layouts.GetAsync(reviewer.Name, _disposed.Token);
            _views = await SavedViews.ListAsync(reviewer, _disposed.Token);
        }

        Navigation.LocationChanged += OnLocationChanged;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _shortcuts = await KeyboardShortcuts<QueuePage>.RegisterAsync(JS, this, "queue");
            // Posts changed by anyone (a bulk action publishes one change per post): reload once things are quiet.
            _reload = new Debouncer(TimeSpan.FromMilliseconds(500), () => InvokeAsync(ReloadGridAsync));
            _changes = Changes.Subscribe(_ =>
            {
                _reload.Trigger();
                return Task.CompletedTask;
            });
        }
    }

    private async Task ReloadGridAsync()
    {
        if (_grid is not null && !_disposed.IsCancellationRequested)
        {
            await _grid.ReloadServerData();
            StateHasChanged();
        }
    }

    private void OnSelectionChanged(HashSet<QueueRow> selection) =>
        _bulkSelection = selection.Comparer == QueueRowsBySourceId.Instance ? selection : new HashSet<QueueRow>(selection, QueueRowsBySourceId.Instance);

    private void ClearSelection() => _bulkSelection = new HashSet<QueueRow>(QueueRowsBySourceId.Instance);

    private async Task OnBulkFinishedAsync()
    {
        ClearSelection();
        await ReloadGridAsync();
    }

    private async Task<GridData<QueueRow>> LoadAsync(GridState<QueueRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var filter = _filter with
        {
            Page = state.Page,
            PageSize = state.PageSize,
            Sort = sort is null ? _filter.Sort : ToSort(sort.SortBy),
            Descending = sort?.Descending ?? _filter.Descending,
        };

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token);
        var page = await Queue.GetPageAsync(filter, linked.Token);
        _claims = await ClaimStore.HoldersAsync([.. page.Rows.Select(r => r.SourceId)], linked.Token);
        _filter = filter;
        _rows = page.Rows;
        _total = page.Total;
        _selected = Math.Clamp(_selected, 0, Math.Max(0, _rows.Count - 1));
        // The first answer puts the view in the URL as it is; every later page or sort change is a step Back returns to.
        SyncUrl(push: _loaded);
        _loaded = true;

        // The grid renders itself; the page's own markup (the total chip) needs a render too.
        StateHasChanged();
        return new GridData<QueueRow> { Items = page.Rows, TotalItems = page.Total };
    }

    private async Task ApplyAsync(QueueFilter filter)
    {
        _filter = filter with { Page = 0 };
        _selected = 0;
        SyncUrl(push: true);
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    // The URL follows the view: each filter, sort or page change is a browser history entry, so
    // Back steps through them (and stays in the app).
    private void SyncUrl(bool push)
    {
        var target = Navigation.ToAbsoluteUri("/" + QueueUrl.ToQuery(_filter)).ToString();
        if (!string.Equals(target, Navigation.Uri, StringComparison.Ordinal))
        {
            Navigation.NavigateTo(target, replace: !push);
        }
    }

    private QueueCell CellOf(QueueRow row) => new(row, PostHref(row), _claims.GetValueOrDefault(row.SourceId), _reviewer?.Name);

    private async Task ChangeLayoutAsync(QueueLayout layout)
    {
        _layout = layout;
        // The grid keeps its columns in the order they first appeared: a new grid takes the new order.
        _gridKey++;
        if (_reviewer is { } reviewer)
        {
            await Layouts.SaveAsync(reviewer.Name, layout, _disposed.Token);
        }
    }

    private async Task ChooseViewAsync(QueueView view)
    {
        if (view.Columns is { } columns)
        {
            await ChangeLayoutAsync(_layout with { Columns = columns });
        }

        // Through the URL, as a link would: a history step, applied by OnLocationChanged.
        Navigation.NavigateTo(Navigation.ToAbsoluteUri("/" + view.Query).ToString());
    }

    private async Task SaveViewAsync()
    {
        if (_reviewer is not { } reviewer)
        {
            return;
        }

        if (await SaveViewDialog.AskAsync(Dialogs, reviewer, _filter, _layout) is { } saved)
        {
            _views = await SavedViews.ListAsync(reviewer, _disposed.Token);
            Snackbar.Add($"Saved the view \"{saved.Name}\"", Severity.Success);
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        // A link with another view (pasted, or from the help button) while the page is open.
        var filter = QueueUrl.Parse(e.Location) with { Me = _reviewer?.Name };
        _helpOpen |= e.Location.Contains("help=1", StringComparison.Ordinal);
        if (filter != _filter)
        {
            // Back, Forward or a link: show that view as it was, page and sort included (a new grid
            // starts from them, as on a fresh load).
            _ = InvokeAsync(() =>
            {
                _filter = filter;
                _selected = 0;
                _gridKey++;
                StateHasChanged();
            });
        }
        else
        {
            _ = InvokeAsync(StateHasChanged);
        }
    }

    private SortDirection Direction(QueueSort column) =>
        _filter.Sort == column ? (_filter.Descending ? SortDirection.Descending : SortDirection.Ascending) : SortDirection.None;

    // The grid names a column's sort by its property (LastReviewed) or, for a score, by the score's name.
    private static QueueSort ToSort(string? column) => QueueSort.Find(column) ?? QueueSort.Default;

    private string PostHref(QueueRow row)
    {
        var index = _rows.ToList().FindIndex(r => r.SourceId == row.SourceId);
        var position = (_filter.Page * _filter.PageSize) + Math.Max(0, index);
        return PostLinks.ToPost(row.SourceId, _filter, position);
    }

    private string RowClass(QueueRow row, int index) => index == _selected ? "queue-row-selected" : string.Empty;

    private void OnRowClick(DataGridRowClickEventArgs<QueueRow> args) => _selected = args.RowIndex;

    [JSInvokable]
    public async Task OnShortcut(string key)
    {
        switch (key)
        {
            case "j" or "ArrowDown":
                _selected = Math.Min(_selected + 1, Math.Max(0, _rows.Count - 1));
                break;
            case "k" or "ArrowUp":
                _selected = Math.Max(_selected - 1, 0);
                break;
            case "Enter" or "o" when _rows.Count > 0:
                Navigation.NavigateTo(PostHref(_rows[_selected]));
                return;
            case "ArrowRight" when _grid is not null && (_filter.Page + 1) * _filter.PageSize < _total:
                _grid.NavigateTo(Page.Next);
                break;
            case "ArrowLeft" when _grid is not null && _filter.Page > 0:
                _grid.NavigateTo(Page.Previous);
                break;
            case "s" when _start is not null:
                await _start.StartAsync();
                return;
            case "/" when _search is not null:
                await _search.FocusAsync();
                break;
            case "?":
                _helpOpen = true;
                break;
            case "Escape":
                _helpOpen = false;
                break;
        }

        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        _changes?.Dispose();
        _reload?.Dispose();
        Navigation.LocationChanged -= OnLocationChanged;
        await _disposed.CancelAsync();
        _disposed.Dispose();
        if (_shortcuts is not null)
        {
            await _shortcuts.DisposeAsync();
        }
    }
}
