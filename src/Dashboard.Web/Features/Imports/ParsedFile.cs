using System.Text;
using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Imports;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Features.Imports;

/// <summary>A file read and parsed, ready to store: the post in canonical form, or why it was refused.</summary>
internal sealed record ParsedFile(ImportFile File, PreparedPost? Post, IReadOnlyList<ImportFileError> Errors)
{
    public static ParsedFile Read(ImportFile file, ImportOptions settings, CheckContext checks, DateTime nowUtc)
    {
        long maxBytes = settings.MaxFileBytes;
        var rules = settings.Rules;
        try
        {
            if (file.Refusal is { } refusal)
            {
                return Failed(file, refusal);
            }

            if (file.Length > maxBytes)
            {
                return Failed(file, $"the file is {file.Length:N0} bytes; the largest accepted is {maxBytes:N0} bytes (setting Import:MaxFileBytes)");
            }

            using var stream = file.Open();
            ParseResult result;
            if (file.Length is null)
            {
                // Unknown length (an upload, an embedded file): read at most one byte past the limit.
                var buffer = new byte[Math.Min(maxBytes + 1, PostParser.MaxStreamBytes + 1L)];
                var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                if (read > maxBytes)
                {
                    return Failed(file, $"the file is larger than {maxBytes:N0} bytes, the largest accepted (setting Import:MaxFileBytes)");
                }

                result = PostParser.Parse(buffer.AsSpan(0, read), rules);
            }
            else
            {
                result = PostParser.Parse(stream, rules);
            }

            if (result.Post is not { } post)
            {
                return new ParsedFile(file, null, [.. result.Errors.Select(e => new ImportFileError(file.Name, e.Line, e.Message))]);
            }

            // Checked as the file says it, before admission: a file claiming "approved" while it asks
            // for a person contradicts itself, though it is stored as "in review".
            var failed = PostChecks.Run(post, checks);
            var admitted = ImportPolicy.Admit(post);
            var fileHash = ReferenceEquals(admitted, post) ? null : PostMapping.HashOf(PostWriter.Write(post));
            post = admitted;
            var document = PostWriter.Write(post);

            // Written canonically a post can grow (a checklist the body lacked is added to it): what
            // is stored must be no larger than a file the import accepts, so its export imports again.
            var documentBytes = Encoding.UTF8.GetByteCount(document);
            if (documentBytes > maxBytes)
            {
                return Failed(file, $"written as a complete export the post is {documentBytes:N0} bytes; the largest accepted is {maxBytes:N0} bytes (setting Import:MaxFileBytes)");
            }

            return new ParsedFile(file, PreparedPost.From(post, document, PostMapping.HashOf(document), nowUtc, failed) with { FileHash = fileHash }, []);
        }
        catch (IOException ex)
        {
            return Failed(file, $"the file could not be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return Failed(file, $"the file could not be read: {ex.Message}");
        }
    }

    private static ParsedFile Failed(ImportFile file, string message) =>
        new(file, null, [new ImportFileError(file.Name, 0, message)]);
}
