using Dashboard.Web.Features.Imports;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// The file parts of a multipart upload, each copied as it arrives to a file of its own in a
/// temporary folder (the importer reads files in parallel; a request body can be read only
/// once, in order). A part larger than the per-file limit is not kept: it is read to its end
/// and handed on with its real length, so the importer refuses it by name as too large.
/// </summary>
internal sealed class UploadedFiles : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"dashboard-upload-{Guid.NewGuid():N}");
    private readonly List<ImportFile> _files = [];

    private UploadedFiles() => Directory.CreateDirectory(_folder);

    public IReadOnlyList<ImportFile> Files => _files;

    public static async Task<UploadedFiles> ReadAsync(HttpRequest request, string boundary, long maxFileBytes, CancellationToken cancellationToken)
    {
        var upload = new UploadedFiles();
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.DispositionType.Equals("form-data")
                    && (disposition.FileNameStar.HasValue || disposition.FileName.HasValue))
                {
                    await upload.KeepAsync(FileNameOf(disposition), section.Body, maxFileBytes, cancellationToken);
                }
            }

            return upload;
        }
        catch
        {
            upload.Dispose();
            throw;
        }
    }

    private async Task KeepAsync(string name, Stream body, long maxFileBytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_folder, $"{_files.Count:D6}.txt");
        long length = 0;
        var buffer = new byte[81920];
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (length + read <= maxFileBytes)
                {
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                length += read;
            }
        }

        _files.Add(new ImportFile(name, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), length));
    }

    // The client's name, for messages only: never a path on this machine.
    private static string FileNameOf(ContentDispositionHeaderValue disposition)
    {
        var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).ToString();
        name = Path.GetFileName(name.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(name) ? "(unnamed file)" : name;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp clean-up.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
