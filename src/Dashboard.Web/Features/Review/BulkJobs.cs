using MudBlazor;

namespace Dashboard.Web.Features.Review;

/// <summary>A bulk action running in the background: what it is, how far it got, and what it did.</summary>
public sealed class BulkJob(string title, int total)
{
    private int _processed;

    public string Title { get; } = title;

    public int Total { get; } = total;

    /// <summary>Posts handled so far (changed or refused), as the chunks report them.</summary>
    public int Processed => Volatile.Read(ref _processed);

    public BulkOutcome? Outcome { get; internal set; }

    public bool Running => Outcome is null && Failure is null;

    public string? Failure { get; internal set; }

    internal void Report(int processed) => Volatile.Write(ref _processed, processed);
}

/// <summary>
/// The reviewer's bulk actions, run in the background of their circuit so the queue stays usable
/// while one runs: progress for whoever shows it (<see cref="BulkProgress"/>), and at the end a
/// snackbar with the result and Undo, on whatever page the reviewer is by then.
/// </summary>
public sealed partial class BulkJobs(BulkReviewService bulk, ISnackbar snackbar, ILogger<BulkJobs> logger) : IDisposable
{
    private readonly CancellationTokenSource _circuitClosed = new();

    /// <summary>The latest job of this circuit, running or finished.</summary>
    public BulkJob? Current { get; private set; }

    /// <summary>Raised (on a worker thread) as a job starts, progresses and ends.</summary>
    public event Action? Changed;

    public bool IsRunning => Current is { Running: true };

    /// <summary>Starts <paramref name="plan"/> in the background; <paramref name="done"/> words the result ("Approved 412 posts").</summary>
    public BulkJob Start(BulkPlan plan, Core.Review.Reviewer reviewer, string title, Func<int, string> done)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("A bulk action is already running in this tab.");
        }

        var job = new BulkJob(title, plan.Eligible.Count);
        Current = job;
        Changed?.Invoke();
        var progress = new Reporter(processed =>
        {
            job.Report(processed);
            Changed?.Invoke();
        });
        // Not cancelled by leaving the page: a batch still has its bulk id, so even a half-done one is undone as one.
        _ = Task.Run(async () =>
        {
            try
            {
                job.Outcome = await bulk.ExecuteAsync(plan, reviewer, progress, _circuitClosed.Token);
                Report(job.Outcome, done(job.Outcome.Done), reviewer);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                job.Failure = "The bulk action stopped on an error; what was done so far is kept and can be undone from the posts' history.";
                LogFailed(logger, ex, title);
                snackbar.Add(job.Failure, Severity.Error);
            }
            catch (OperationCanceledException)
            {
                job.Failure = "The bulk action stopped when the tab closed.";
            }

            Changed?.Invoke();
        });
        return job;
    }

    private void Report(BulkOutcome outcome, string done, Core.Review.Reviewer reviewer)
    {
        var message = outcome.Refusals.Count == 0 ? done : $"{done}; {Describe(outcome.Refusals)}";
        if (outcome.Done == 0)
        {
            snackbar.Add(message, Severity.Warning);
            return;
        }

        UndoSnackbar.Add(snackbar, message, () => UndoAsync(outcome.BulkId, reviewer));
    }

    private async Task UndoAsync(Guid bulkId, Core.Review.Reviewer reviewer)
    {
        // The queue reloads by itself: the undo publishes a change per post.
        var undone = await bulk.UndoAsync(bulkId, reviewer);
        var message = $"Undone: {undone.Done:N0} {(undone.Done == 1 ? "post" : "posts")} put back";
        snackbar.Add(
            undone.Refusals.Count == 0 ? message : $"{message}; {Describe(undone.Refusals)}",
            undone.Refusals.Count == 0 ? Severity.Info : Severity.Warning);
    }

    internal static string Describe(IReadOnlyList<BulkRefusal> refusals) =>
        string.Join(", ", refusals.Select(r => $"{r.Count:N0} {r.Reason}"));

    public void Dispose()
    {
        _circuitClosed.Cancel();
        _circuitClosed.Dispose();
    }

    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bulk action {Title} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string title);
}
