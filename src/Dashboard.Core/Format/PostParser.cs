using System.Buffers;

namespace Dashboard.Core.Format;

/// <summary>
/// Reads alphanode post exports into <see cref="Post"/>s.
/// </summary>
/// <remarks>
/// <para>
/// The parser never throws for any file content: every way a file can be wrong comes back as
/// <see cref="ParseResult.Errors"/>, each with the 1-based line that shows it. It is lenient
/// about layout (CR, LF or CRLF line endings, a byte-order mark, extra blank lines, a final
/// newline) and strict about values (scores, flags, versions, dates, numbers), so a file it
/// accepts always writes back in the canonical form of <see cref="PostWriter"/>, and a canonical
/// file writes back byte for byte.
/// </para>
/// <para>Decisions for the awkward cases (each one tested):</para>
/// <list type="bullet">
/// <item>CRLF and lone CR are line endings, read like LF; a UTF-8 byte-order mark is stripped.</item>
/// <item>Empty files, files with a NUL byte or invalid UTF-8, and files without the
/// <c>alphanode post meta</c> line or the final <c>Similar Posts</c> line (truncated) are rejected.</item>
/// <item>Unknown meta labels are kept verbatim, in place, and written back. A line that starts with a
/// known scalar label is that scalar (the format glues label and value), unless it has items below it.</item>
/// <item>A list or map label with no items is an empty list. Every entry may be missing (null) except
/// <c>payload</c> with its <c>source id</c>, the post's identity; a non-empty title is required too.</item>
/// <item>Markup and script in text are kept verbatim: the parser does not sanitise, the UI escapes.</item>
/// <item>View count and seed are 64-bit; reading time and paragraphs 32-bit; larger numbers, scores
/// outside 0-100, flags other than 0/1, versions that are not semantic, dates not yyyy-MM-dd, and a
/// known label twice are errors naming the line, the field and the value.</item>
/// </list>
/// <para>The full table is in <c>IMPORT-DECISIONS.md</c> beside this file.</para>
/// </remarks>
public static class PostParser
{
    /// <summary>The most <see cref="Parse(Stream, ImportRules)"/> reads: posts are a few kilobytes, so more is not a post.</summary>
    public const int MaxStreamBytes = 16 * 1024 * 1024;

    /// <summary>Parses text already decoded; a leading byte-order mark is ignored.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="rules">What the dashboard requires of a file it stores (at import); null reads any well-formed file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult Parse(string text, ImportRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PostPartsReader.Read(text, rules);
    }

    /// <summary>Parses the bytes of a file, which must be UTF-8 (with or without a byte-order mark).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="rules">What the dashboard requires of a file it stores (at import); null reads any well-formed file.</param>
    public static ParseResult Parse(ReadOnlySpan<byte> utf8, ImportRules? rules = null)
    {
        var errors = new ErrorList();
        var text = TextInput.Decode(utf8, errors);
        return text is null ? ParseResult.Failure(errors.ToList()) : PostPartsReader.Read(text, rules);
    }

    /// <summary>Reads <paramref name="stream"/> to its end (at most <see cref="MaxStreamBytes"/>) and parses it.</summary>
    /// <remarks>I/O errors from the stream are not file content and pass through as exceptions.</remarks>
    /// <param name="stream">The file.</param>
    /// <param name="rules">What the dashboard requires of a file it stores (at import); null reads any well-formed file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ParseResult Parse(Stream stream, ImportRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(StartSize(stream));
        try
        {
            var length = 0;
            int read;
            while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length > MaxStreamBytes)
                {
                    return TooLarge();
                }

                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length);
                }
            }

            return Parse(buffer.AsSpan(0, length), rules);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads <paramref name="stream"/> asynchronously (at most <see cref="MaxStreamBytes"/>) and parses it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static Task<ParseResult> ParseAsync(Stream stream, CancellationToken cancellationToken = default) =>
        ParseAsync(stream, null, cancellationToken);

    /// <summary>Reads <paramref name="stream"/> asynchronously (at most <see cref="MaxStreamBytes"/>) and parses it.</summary>
    /// <param name="stream">The file.</param>
    /// <param name="rules">What the dashboard requires of a file it stores (at import); null reads any well-formed file.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static async Task<ParseResult> ParseAsync(Stream stream, ImportRules? rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(StartSize(stream));
        try
        {
            var length = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length > MaxStreamBytes)
                {
                    return TooLarge();
                }

                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length);
                }
            }

            return Parse(buffer.AsSpan(0, length), rules);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int StartSize(Stream stream)
    {
        // One byte more than the file so the read that returns 0 needs no second buffer.
        var known = stream.CanSeek ? stream.Length - stream.Position + 1 : 16 * 1024;
        return (int)Math.Clamp(known, 256, MaxStreamBytes + 1L);
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxStreamBytes + 1));
        buffer.AsSpan(0, length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        return bigger;
    }

    private static ParseResult TooLarge() =>
        ParseResult.Failure([new ParseError(1, $"the file is larger than {MaxStreamBytes / (1024 * 1024)} MiB; a post is a few kilobytes, so this is not one")]);
}
