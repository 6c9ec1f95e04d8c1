using Dashboard.Core.Review;
using Dashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Overview;

public sealed partial class OverviewPage
{
    private static readonly string[] ScoreLabels =
        [.. Enumerable.Range(0, ScoreDistribution.BucketCount).Select(ScoreDistribution.BucketLabel)];

    private static readonly string[] ScorePalette = ["#3f51b5", "#00897b", "#f57c00", "#8e24aa"];

    private readonly CancellationTokenSource _disposed = new();
    private OverviewModel? _model;
    private bool _loading;
    private long? _expandedBatchId;

    private List<ChartSeries<double>> _statusSeries = [];
    private string[] _statusLabels = [];
    private IReadOnlyList<ScoreChart> _scoreCharts = [];
    private List<ChartSeries<double>> _reviewSeries = [];
    private string[] _reviewLabels = [];

    private readonly BarChartOptions _statusOptions = new()
    {
        ShowLegend = false,
        ShowValues = true,
        YAxisFormat = "N0",
        ChartPalette = ["#3f51b5"],
    };

    private readonly BarChartOptions _reviewOptions = new()
    {
        ShowLegend = false,
        YAxisFormat = "N0",
        ChartPalette = ["#2e7d32"],
    };

    [Inject] private OverviewQuery Overview { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    // Carried from the prerender to the interactive render, so the first visit queries once.
    [PersistentState] public OverviewModel? Loaded { get; set; }
    [PersistentState] public DateTime? LoadedAtUtc { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Loaded is { } loaded)
        {
            Show(loaded);
        }
        else
        {
            await RefreshAsync();
        }
    }

    private async Task RefreshAsync()
    {
        _loading = true;
        try
        {
            var model = await Overview.GetAsync(_disposed.Token);
            Show(model);
            Loaded = model;
            LoadedAtUtc = Time.GetUtcNow().UtcDateTime;
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            // The page was left while loading.
        }
        finally
        {
            _loading = false;
        }
    }

    // Chart series are built once per load: MudChart rebuilds its SVG when it gets new series.
    private void Show(OverviewModel model)
    {
        _model = model;
        _statusLabels = [.. model.Statuses.Select(s => s.Status)];
        _statusSeries = [new ChartSeries<double>([.. model.Statuses.Select(s => (double)s.Count)]) { Name = "Posts" }];
        _statusOptions.YAxisTicks = TickStep(model.Statuses.Select(s => s.Count));

        _scoreCharts = [.. model.Scores.Select((s, i) => new ScoreChart(
            s,
            [new ChartSeries<double>([.. s.Buckets.Select(b => (double)b)]) { Name = s.Score }],
            new BarChartOptions
            {
                ShowLegend = false,
                ShowValues = true,
                YAxisFormat = "N0",
                YAxisTicks = TickStep(s.Buckets),
                ChartPalette = [ScorePalette[i % ScorePalette.Length]],
            }))];

        // Thirty dates would overlap: every fifth day and today are labelled.
        _reviewLabels = [.. model.ReviewsPerDay.Select((d, i) => i % 5 == 0 || i == model.ReviewsPerDay.Count - 1 ? d.Day.ToString("MMM d") : "")];
        _reviewSeries = [new ChartSeries<double>([.. model.ReviewsPerDay.Select(d => (double)d.Reviews)]) { Name = "Reviews" }];
        _reviewOptions.YAxisTicks = TickStep(model.ReviewsPerDay.Select(d => d.Reviews));

        _expandedBatchId ??= model.Batches.FirstOrDefault(b => b.Batch.ErrorCount > 0)?.Batch.Id;
    }

    // About five grid lines whatever the counts: 1, 2 or 5 times a power of ten.
    private static int TickStep(IEnumerable<int> counts)
    {
        var target = Math.Max(1, counts.DefaultIfEmpty(0).Max() / 5.0);
        var power = Math.Pow(10, Math.Floor(Math.Log10(target)));
        var step = target <= power ? power : target <= 2 * power ? 2 * power : target <= 5 * power ? 5 * power : 10 * power;
        return (int)Math.Max(1, step);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    private static IEnumerable<SummaryCard> SummaryCards(OverviewModel model) =>
    [
        new("Total posts", model.TotalPosts, Icons.Material.Filled.Article, Color.Primary, "/?all=1", "every post", "overview-total"),
        new("In the queue", model.InQueue, Icons.Material.Filled.Inbox, Color.Warning, "/", "needs human review, not yet approved", "overview-in-queue"),
        StatusCard("Approved", ReviewStatus.Approved, Icons.Material.Filled.CheckCircle, "waiting for the index feed", model),
        StatusCard("Indexed", ReviewStatus.Indexed, Icons.Material.Filled.Public, "in the index feed", model),
    ];

    private static SummaryCard StatusCard(string title, string status, string icon, string caption, OverviewModel model) =>
        new(title, model.CountOf(status), icon, StatusChip.ColorFor(status), $"/?all=1&status={status}", caption, $"overview-{status}");

    private static IEnumerable<FlagRow> Flags(FlagCounts flags) =>
    [
        new("Needs human review", flags.NeedsHumanReview, Icons.Material.Filled.PersonSearch, Color.Warning),
        new("Has images", flags.HasImages, Icons.Material.Filled.Image, Color.Info),
        new("Image heavy", flags.ImageHeavy, Icons.Material.Filled.Collections, Color.Secondary),
        new("AI generated style", flags.AiGeneratedStyle, Icons.Material.Filled.SmartToy, Color.Error),
    ];

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private sealed record ScoreChart(ScoreDistribution Distribution, List<ChartSeries<double>> Series, BarChartOptions Options);

    private sealed record SummaryCard(string Label, int Count, string Icon, Color Color, string Href, string Hint, string TestId);

    private sealed record FlagRow(string Label, int Count, string Icon, Color Color);
}
