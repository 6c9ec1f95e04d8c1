using Dashboard.Core.Review;
using Dashboard.Core.Sampling;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Lots;

/// <summary>One lot: its state, plan, sample and decisions, defect rate, and the lead's accept or reject with progress.</summary>
public sealed partial class LotPage : IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private LotView? _lot;
    private Reviewer? _reviewer;
    private RejectionReason _reason = RejectionReason.LowQuality;
    private string? _note;
    private bool _busy;
    private bool _interactive;
    private int _done;
    private int _total;

    [Parameter] public long Id { get; set; }

    [Inject] private LotQuery Lots { get; set; } = default!;
    [Inject] private LotService Service { get; set; } = default!;
    [Inject] private CurrentReviewer CurrentReviewer { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private Decision CanAccept => Check(LotAction.Accept);

    private Decision CanReject => Check(LotAction.Reject);

    private Decision Check(LotAction action) => (_reviewer, _lot) switch
    {
        (null, _) => Decision.Deny(CurrentReviewer.SignInToReview),
        (_, null) => Decision.Deny("No such lot."),
        var (reviewer, lot) => LotWorkflow.Check(reviewer.Role, action, lot.State, lot.Plan, lot.Tally),
    };

    protected override async Task OnParametersSetAsync()
    {
        _reviewer = await CurrentReviewer.GetAsync();
        _lot = await Lots.ReadAsync(Id, _closing.Token);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private static string VerdictText(LotView lot) => lot.Verdict switch
    {
        LotVerdict.Accept => $"Every sample post is decided: {lot.Tally.Defects} defects, at most Ac {lot.Plan.Acceptance}. The lot can be accepted.",
        LotVerdict.Reject => $"{lot.Tally.Defects} defects, at least Re {lot.Plan.Rejection}: the lot is to be rejected.",
        _ => $"{lot.Tally.SampleSize - lot.Tally.Decided} sample posts are still to be decided (they come first in Start reviewing).",
    };

    private Task AcceptAsync() => RunAsync((reviewer, progress) => Service.AcceptAsync(Id, reviewer, progress, _closing.Token));

    private Task RejectAsync(LotRejectionMode mode) =>
        RunAsync((reviewer, progress) => Service.RejectAsync(Id, new LotRejection(mode, _reason, _note), reviewer, progress, _closing.Token));

    private async Task RunAsync(Func<Reviewer, IProgress<int>, Task<LotResult>> decide)
    {
        if (_reviewer is not { } reviewer || _lot is not { } lot || _busy)
        {
            return;
        }

        (_busy, _done, _total) = (true, 0, lot.Plan.LotSize);
        try
        {
            var progress = new Progress<int>(done => InvokeAsync(() =>
            {
                _done = done;
                StateHasChanged();
            }));
            var result = await decide(reviewer, progress);
            Snackbar.Add(result.Succeeded ? $"Lot {result.Outcome}." : result.Message!, result.Succeeded ? Severity.Success : Severity.Warning);
            _lot = await Lots.ReadAsync(Id, _closing.Token);
        }
        finally
        {
            _busy = false;
        }
    }

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }
}
