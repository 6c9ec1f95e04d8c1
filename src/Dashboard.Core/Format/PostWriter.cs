using System.Buffers;
using System.Text;

namespace Dashboard.Core.Format;

/// <summary>
/// Writes posts in the canonical form of the export: LF line endings, no byte-order mark, no
/// final newline; the title, a blank line, the body blocks each followed by a blank line,
/// <c>alphanode post meta</c>, a blank line, the meta entries, a blank line, <c>Similar Posts</c>.
/// </summary>
/// <remarks>
/// For every canonical file, writing what <see cref="PostParser"/> read gives the same bytes, and
/// for every file the parser accepts, writing is stable: write(parse(write(parse(x)))) equals
/// write(parse(x)). Meta entries follow <see cref="PostMeta.Order"/>, then any others in the
/// order of <see cref="MetaLabels.Canonical"/>. The list under the <c>implementation checklist</c>
/// heading is always written from <see cref="PostMeta.Checklist"/> (when the post has one), so
/// an exported post never shows two different checklists. Text fields are written as they are:
/// they must not hold line breaks.
/// </remarks>
public static class PostWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static StringBuilder? s_threadBuilder;

    /// <summary>The post as canonical text.</summary>
    public static string Write(Post post)
    {
        var builder = RentBuilder();
        Write(post, builder);
        var text = builder.ToString();
        ReturnBuilder(builder);
        return text;
    }

    /// <summary>Appends the post's canonical text to <paramref name="builder"/>.</summary>
    public static void Write(Post post, StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append(post.Title).Append('\n').Append('\n');
        BodyWriter.Write(post.Body, post.Meta.Checklist, builder);
        builder.Append(FormatText.MetaMarker).Append('\n').Append('\n');
        MetaWriter.Write(post.Meta, builder);
        builder.Append('\n').Append(FormatText.LastLine);
    }

    /// <summary>Writes the post's canonical text to <paramref name="writer"/>.</summary>
    public static void Write(Post post, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var builder = RentBuilder();
        Write(post, builder);
        foreach (var chunk in builder.GetChunks())
        {
            writer.Write(chunk.Span);
        }

        ReturnBuilder(builder);
    }

    /// <summary>Writes the post as UTF-8 (no byte-order mark) to <paramref name="destination"/>.</summary>
    public static void Write(Post post, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var builder = RentBuilder();
        Write(post, builder);
        var encoder = Utf8NoBom.GetEncoder();
        foreach (var chunk in builder.GetChunks())
        {
            encoder.Convert(chunk.Span, destination, flush: false, out _, out _);
        }

        encoder.Convert([], destination, flush: true, out _, out _);
        ReturnBuilder(builder);
    }

    /// <summary>Writes the post as UTF-8 (no byte-order mark) to <paramref name="stream"/>.</summary>
    public static void Write(Post post, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new ArrayBufferWriter<byte>(8 * 1024);
        Write(post, buffer);
        stream.Write(buffer.WrittenSpan);
    }

    /// <summary>The post as UTF-8 bytes (no byte-order mark), as a file would hold them.</summary>
    public static byte[] WriteUtf8(Post post)
    {
        var builder = RentBuilder();
        Write(post, builder);
        var encoder = Utf8NoBom.GetEncoder();
        var count = 0;
        foreach (var chunk in builder.GetChunks())
        {
            count += encoder.GetByteCount(chunk.Span, flush: false);
        }

        count += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = new byte[count];
        var written = 0;
        foreach (var chunk in builder.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        ReturnBuilder(builder);
        return bytes;
    }

    // A post is a few kilobytes: one builder per thread, reused, saves growing a new one each time.
    private static StringBuilder RentBuilder()
    {
        var builder = s_threadBuilder ?? new StringBuilder(8 * 1024);
        s_threadBuilder = null;
        return builder;
    }

    private static void ReturnBuilder(StringBuilder builder)
    {
        if (builder.Capacity <= 256 * 1024)
        {
            builder.Clear();
            s_threadBuilder = builder;
        }
    }
}
