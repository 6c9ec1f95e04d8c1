using Dashboard.Web.Features.Review;
using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Dashboard.Web.Features.Imports;

/// <summary>Import files chosen in the browser, with progress, then the batch's summary.</summary>
public sealed partial class ImportPage : IDisposable
{
    private const int MaxFiles = 5000;

    private readonly CancellationTokenSource _disposed = new();
    private ImportSummary? _summary;
    private bool _running;
    private double _percent;
    private string _stage = "";

    [Inject] private PostImporter Importer { get; set; } = default!;
    [Inject] private CurrentReviewer CurrentReviewer { get; set; } = default!;
    [Inject] private IOptions<ImportOptions> Options { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private async Task ImportAsync(IReadOnlyList<IBrowserFile>? chosen)
    {
        if (chosen is not { Count: > 0 } || _running)
        {
            return;
        }

        var reviewer = await CurrentReviewer.GetAsync();
        if (reviewer is null)
        {
            Snackbar.Add("Sign in to import.", Severity.Warning);
            return;
        }

        _running = true;
        _summary = null;
        try
        {
            // Files are read from the browser first (each at most Import:MaxFileBytes; a larger
            // one is refused by name), then imported as one batch.
            var maxBytes = Options.Value.MaxFileBytes;
            var files = new List<ImportFile>(chosen.Count);
            for (var i = 0; i < chosen.Count; i++)
            {
                var file = chosen[i];
                _stage = $"Reading {file.Name} ({i + 1} of {chosen.Count})";
                _percent = 50.0 * i / chosen.Count;
                StateHasChanged();
                if (file.Size > maxBytes)
                {
                    files.Add(new ImportFile(file.Name, () => Stream.Null, file.Size));
                    continue;
                }

                using var buffer = new MemoryStream((int)file.Size);
                await using (var stream = file.OpenReadStream(maxBytes, _disposed.Token))
                {
                    await stream.CopyToAsync(buffer, _disposed.Token);
                }

                var bytes = buffer.ToArray();
                files.Add(new ImportFile(file.Name, () => new MemoryStream(bytes, writable: false), bytes.Length));
            }

            var progress = new Progress<ImportProgress>(p =>
            {
                _stage = $"Importing: {p.Processed:N0} of {files.Count:N0} files";
                _percent = 50 + (50.0 * p.Processed / Math.Max(1, files.Count));
                _ = InvokeAsync(StateHasChanged);
            });
            _summary = await Importer.ImportAsync(files, "browser upload", reviewer.Name, progress, files.Count, _disposed.Token);
            Snackbar.Add(
                $"Batch {_summary.BatchId}: {_summary.Imported} imported, {_summary.Unchanged} unchanged, {_summary.Failed} failed",
                _summary.Failed > 0 ? Severity.Warning : Severity.Success);
        }
        catch (OperationCanceledException)
        {
            // The page was closed; what was committed stays, the rest was rolled back.
        }
        finally
        {
            _running = false;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
