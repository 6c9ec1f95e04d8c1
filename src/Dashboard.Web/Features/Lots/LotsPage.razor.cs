using Dashboard.Core.Review;
using Dashboard.Core.Sampling;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Lots;

/// <summary>The lots and the import batches not sampled yet; a lead plans a lot here.</summary>
public sealed partial class LotsPage
{
    private IReadOnlyList<LotRow> _rows = [];
    private Reviewer? _reviewer;
    private long? _batchId;
    private string? _filter;
    private decimal _aql = 1.0m;
    private bool _busy;
    private bool _interactive;

    [Inject] private LotQuery Lots { get; set; } = default!;
    [Inject] private LotService Service { get; set; } = default!;
    [Inject] private CurrentReviewer CurrentReviewer { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private Decision CanPlan => _reviewer is null
        ? Decision.Deny(CurrentReviewer.SignInToReview)
        : LotWorkflow.Check(_reviewer.Role, LotAction.Plan, LotState.NotSampled);

    protected override async Task OnInitializedAsync()
    {
        _reviewer = await CurrentReviewer.GetAsync();
        _rows = await Lots.ListAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task PlanAsync()
    {
        if (_reviewer is not { } reviewer || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var filter = _batchId is null ? QueueUrl.Parse("?" + (_filter ?? "").Trim().TrimStart('?')) : null;
            var result = await Service.PlanAsync(new LotRequest(_batchId, filter, _aql), reviewer);
            if (result.Succeeded)
            {
                Navigation.NavigateTo($"/lots/{result.LotId}");
            }
            else
            {
                Snackbar.Add(result.Message!, Severity.Warning);
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
