using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.Aging;

public sealed partial class AgingPanel : IDisposable
{
    private static readonly (int Hours, string Label)[] Periods = [(24, "last 24 hours"), (24 * 7, "last 7 days"), (24 * 30, "last 30 days")];

    private readonly CancellationTokenSource _disposed = new();
    private IReadOnlyList<StatusAging> _buckets = [];
    private IReadOnlyList<ReviewerPace> _paces = [];
    private int _periodHours = 24 * 7;

    [Inject] private AgingQuery Aging { get; set; } = default!;

    private int Overdue => _buckets.Sum(b => b.Overdue);

    protected override async Task OnInitializedAsync()
    {
        _buckets = await Aging.BucketsAsync(_disposed.Token);
        _paces = await Aging.ThroughputAsync(TimeSpan.FromHours(_periodHours), _disposed.Token);
    }

    private async Task OnPeriodChangedAsync(int hours)
    {
        _periodHours = hours;
        _paces = await Aging.ThroughputAsync(TimeSpan.FromHours(hours), _disposed.Token);
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
