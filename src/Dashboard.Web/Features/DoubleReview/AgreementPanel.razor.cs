using System.Globalization;
using Dashboard.Core.Agreement;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.DoubleReview;

public sealed partial class AgreementPanel : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private AgreementPeriod _period = AgreementPeriod.Week;
    private AgreementReport? _report;
    private bool _mayRead;
    private bool _loading;

    [Inject] private DoubleReviewQuery Query { get; set; } = default!;
    [Inject] private CurrentReviewer Current { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _mayRead = await Current.GetAsync() is { } reviewer && Core.Review.DoubleReview.MaySeeVotes(reviewer.Role);
        if (_mayRead)
        {
            await LoadAsync();
        }
    }

    private async Task OnPeriodChangedAsync(string name)
    {
        _period = AgreementPeriod.Parse(name) ?? AgreementPeriod.Week;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loading = true;
        try
        {
            _report = await Query.AgreementAsync(_period, _disposed.Token);
        }
        finally
        {
            _loading = false;
        }
    }

    private static string Figure(AgreementFigure figure) => figure.Value is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static string Share(AgreementFigure figure) => figure.ObservedAgreement is { } share ? share.ToString("P0", CultureInfo.InvariantCulture) : "–";

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
