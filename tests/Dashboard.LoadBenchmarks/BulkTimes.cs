using System.Diagnostics;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Bulk actions at volume (issue 18, item 3: at least 1,000 posts/s with their history rows, never
/// holding other reviewers up for more than 100 ms): every imported post put in review, then one
/// bulk approval of all of them as a lead, while another reviewer keeps reading queue pages and
/// bumping one post's version; then its undo. The floor, in the same run: one plain set-based
/// UPDATE of the same rows' status.
/// </summary>
internal static class BulkTimes
{
    public static void Run(BenchDatabase database, int count)
    {
        using var host = database.CreateHost();
        var contexts = host.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        var bulk = host.Services.GetRequiredService<BulkReviewService>();
        var reviews = host.Services.GetRequiredService<ReviewService>();
        var queue = host.Services.GetRequiredService<QueueQuery>();
        var lead = new Reviewer("bench.lead", Role.Lead);
        var editor = new Reviewer("bench.editor", Role.Editor);

        // The floor: the same rows' status in one set-based statement (no document, no checks, no history).
        var floor = Stopwatch.StartNew();
        using (var db = contexts.CreateDbContext())
        {
            db.Posts.ExecuteUpdate(s => s.SetProperty(p => p.Status, ReviewStatus.InReview).SetProperty(p => p.InQueue, PostMapping.IsInQueue(true, ReviewStatus.InReview)).SetProperty(p => p.NeedsHumanReview, true));
        }

        floor.Stop();
        var all = new QueueFilter { Status = ReviewStatus.InReview };
        var plan = bulk.DryRunAsync(new BulkRequest(BulkAction.Approve, null, all), lead).GetAwaiter().GetResult();
        // The other reviewer's post: one the bulk action leaves alone (the last eligible is taken out of the plan).
        var other = plan.Eligible[^1];
        plan = plan with { Eligible = [.. plan.Eligible.Take(plan.Eligible.Count - 1)] };

        using var stop = new CancellationTokenSource();
        var otherTimes = new List<double>();
        var background = Task.Run(async () =>
        {
            var version = other.RowVersion;
            while (!stop.IsCancellationRequested)
            {
                var clock = Stopwatch.StartNew();
                await queue.GetPageAsync(new QueueFilter());
                var bumped = await reviews.BumpVersionAsync(other.SourceId, version, VersionBump.Patch, editor);
                version = bumped.Succeeded ? bumped.RowVersion : version;
                otherTimes.Add(clock.Elapsed.TotalMilliseconds);
                await Task.Delay(20);
            }
        });

        var chunkTimes = new List<double>();
        var sinceChunk = Stopwatch.StartNew();
        var progress = new Reporter(_ =>
        {
            chunkTimes.Add(sinceChunk.Elapsed.TotalMilliseconds);
            sinceChunk.Restart();
        });
        var execute = Stopwatch.StartNew();
        var outcome = bulk.ExecuteAsync(plan, lead, progress).GetAwaiter().GetResult();
        execute.Stop();
        stop.Cancel();
        background.GetAwaiter().GetResult();

        int history;
        using (var db = contexts.CreateDbContext())
        {
            history = db.PostHistory.Count(h => h.BulkId == outcome.BulkId);
        }

        var undo = Stopwatch.StartNew();
        var undone = bulk.UndoAsync(outcome.BulkId, lead).GetAwaiter().GetResult();
        undo.Stop();

        chunkTimes.Sort();
        otherTimes.Sort();
        Console.WriteLine($"bulk approve: {outcome.Done:N0} posts ({history:N0} history rows, {outcome.Refusals.Sum(r => r.Count):N0} refused) in {execute.Elapsed.TotalSeconds:N2} s = {outcome.Done / execute.Elapsed.TotalSeconds:N0} posts/s; " +
            $"chunks of {BulkReviewService.ChunkSize}: median {chunkTimes[chunkTimes.Count / 2]:N0} ms, longest {chunkTimes[^1]:N0} ms");
        Console.WriteLine($"        another reviewer meanwhile (a queue page and a version bump, {otherTimes.Count:N0} times): median {otherTimes[otherTimes.Count / 2]:N1} ms, p95 {otherTimes[(int)(otherTimes.Count * 0.95)]:N1} ms, longest {otherTimes[^1]:N1} ms");
        Console.WriteLine($"        undo: {undone.Done:N0} posts put back in {undo.Elapsed.TotalSeconds:N2} s = {undone.Done / undo.Elapsed.TotalSeconds:N0} posts/s");
        Console.WriteLine($"        floor: one set-based UPDATE of the {count:N0} rows' status: {floor.Elapsed.TotalMilliseconds:N0} ms");
    }

    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
