using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Imports;

public sealed partial class ImportErrorsPage
{
    private readonly CancellationTokenSource _disposed = new();
    private ImportErrorView? _view;
    private bool _loading = true;

    [Parameter] public long BatchId { get; set; }
    [Parameter] public long ErrorId { get; set; }

    [Inject] private ImportFileView Files { get; set; } = default!;

    // Parameters, not initialisation: Previous / Next reuse this component with other ids.
    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        try
        {
            _view = await Files.GetAsync(BatchId, ErrorId, _disposed.Token);
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

    private string? ErrorHref(long? errorId) => errorId is { } id ? $"/imports/{BatchId}/errors/{id}" : null;

    private static Severity NoteSeverity(FileExcerptKind kind) => kind switch
    {
        FileExcerptKind.Text => Severity.Info,
        FileExcerptKind.NotText or FileExcerptKind.Empty => Severity.Warning,
        _ => Severity.Normal,
    };

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
