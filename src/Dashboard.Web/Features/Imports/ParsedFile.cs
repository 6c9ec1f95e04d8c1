using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Imports;

namespace Dashboard.Web.Features.Imports;

/// <summary>A file read and parsed, ready to store: the post in canonical form, or why it was refused.</summary>
internal sealed record ParsedFile(ImportFile File, PreparedPost? Post, IReadOnlyList<ImportFileError> Errors)
{
    public static ParsedFile Read(ImportFile file, long maxBytes, DateTime nowUtc)
    {
        try
        {
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

                result = PostParser.Parse(buffer.AsSpan(0, read));
            }
            else
            {
                result = PostParser.Parse(stream);
            }

            if (result.Post is not { } post)
            {
                return new ParsedFile(file, null, [.. result.Errors.Select(e => new ImportFileError(file.Name, e.Line, e.Message))]);
            }

            post = ImportPolicy.Admit(post);
            var document = PostWriter.Write(post);
            return new ParsedFile(file, PreparedPost.From(post, document, PostMapping.HashOf(document), nowUtc), []);
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
