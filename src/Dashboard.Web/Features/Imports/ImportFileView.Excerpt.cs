using System.Text;

namespace Dashboard.Web.Features.Imports;

public sealed partial class ImportFileView
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int LinesAround = 10;
    public const int WholeFileLines = 20;
    private const int MaxLineChars = 1_000;
    private const int FirstBytesShown = 16;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The recorded file around <paramref name="line"/> (0: the start of the whole file), or why it cannot be shown.</summary>
    internal static FileExcerpt ReadExcerpt(string recordedPath, string origin, int line)
    {
        var roots = Roots(origin);
        if (roots.Count == 0)
        {
            // Seeds and uploads name their files ("generated/...", "sample/..."); there is nothing on
            // disk. An upload's name is the client's to choose, so even a full path ("/etc/passwd")
            // is only a name here and is never opened.
            return FileExcerpt.Without(FileExcerptKind.NotOnDisk, recordedPath, $"{recordedPath} was not read from the server's disk (it came from \"{origin}\"), so there is no file to show.");
        }

        // A full path as well as a relative one must lie inside one of the batch's roots.
        var path = Resolve(recordedPath, roots, out var root);
        if (path is null || !File.Exists(path))
        {
            return FileExcerpt.Without(FileExcerptKind.Missing, path ?? recordedPath, $"The file is no longer at {path ?? recordedPath}.");
        }

        // The importer refuses links, and so does this page: a link (or a linked folder on the way)
        // could lead anywhere on the server, whatever its path says.
        if (LinkOnTheWay(root!, path) is { } link)
        {
            return FileExcerpt.Without(FileExcerptKind.Link, path, $"{link} is a symbolic link; links are not followed, so the file is not shown.");
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > MaxBytes)
            {
                return TooLarge(path, stream.Length);
            }

            bytes = ReadAtMost(stream, MaxBytes + 1);
            if (bytes.Length > MaxBytes)
            {
                return TooLarge(path, bytes.Length);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileExcerpt.Without(FileExcerptKind.Unreadable, path, $"The file at {path} could not be read: {ex.Message}");
        }

        if (bytes.Length == 0)
        {
            return FileExcerpt.Without(FileExcerptKind.Empty, path, $"The file at {path} is empty (0 bytes).");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return NotText(path, bytes);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return NotText(path, bytes);
        }

        return Excerpt(path, SplitLines(text.TrimStart('\uFEFF')), line);
    }

    private static FileExcerpt Excerpt(string path, string[] lines, int line)
    {
        var count = lines.Length;
        if (line <= 0)
        {
            var shown = Math.Min(WholeFileLines, count);
            return new FileExcerpt(
                FileExcerptKind.Text, path, Slice(lines, 1, shown, errorLine: 0), count,
                count > shown ? $"The error is about the whole file; its first {shown} of {count:N0} lines:" : "The error is about the whole file:");
        }

        if (line > count)
        {
            // A truncated file's error is often one line past its end: show the end.
            var from = Math.Max(1, count - (2 * LinesAround));
            return new FileExcerpt(
                FileExcerptKind.Text, path, Slice(lines, from, count, errorLine: 0), count,
                $"Line {line} is past the end of the file ({count:N0} {(count == 1 ? "line" : "lines")}); its last lines:");
        }

        return new FileExcerpt(
            FileExcerptKind.Text, path, Slice(lines, Math.Max(1, line - LinesAround), Math.Min(count, line + LinesAround), line), count, null);
    }

    private static List<ExcerptLine> Slice(string[] lines, int first, int last, int errorLine)
    {
        var slice = new List<ExcerptLine>(Math.Max(0, last - first + 1));
        for (var number = first; number <= last; number++)
        {
            var text = lines[number - 1];
            if (text.Length > MaxLineChars)
            {
                text = $"{text[..MaxLineChars]} … ({text.Length - MaxLineChars:N0} more characters)";
            }

            slice.Add(new ExcerptLine(number, text, number == errorLine));
        }

        return slice;
    }

    private static string[] SplitLines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd('\r');
        }

        // A final newline ends the last line; it does not start another.
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static FileExcerpt TooLarge(string path, long length) =>
        FileExcerpt.Without(FileExcerptKind.TooLarge, path, $"The file at {path} is {length:N0} bytes; files over {MaxBytes / (1024 * 1024)} MB are not shown here.");

    private static FileExcerpt NotText(string path, byte[] bytes) =>
        FileExcerpt.Without(
            FileExcerptKind.NotText,
            path,
            $"The file at {path} is not text (not valid UTF-8); first bytes: {string.Join(' ', bytes.Take(FirstBytesShown).Select(b => b.ToString("X2")))}");

    private static byte[] ReadAtMost(Stream stream, int limit)
    {
        var buffer = new byte[limit];
        var total = 0;
        int read;
        while (total < limit && (read = stream.Read(buffer, total, limit - total)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    // A command-line import records each file as typed (maybe relative to where it ran); the batch's
    // origin holds the full paths of what was typed, joined with ", ".
    private static List<string> Roots(string origin) =>
        [.. origin.Split(", ", StringSplitOptions.RemoveEmptyEntries).Where(Path.IsPathFullyQualified).Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r)))];

    // Only a file inside one of the batch's roots is taken, whatever the recorded path says.
    private static string? Resolve(string recordedPath, List<string> roots, out string? rootOfPath)
    {
        foreach (var root in roots)
        {
            for (var folder = root; folder is not null; folder = Path.GetDirectoryName(folder))
            {
                var candidate = Path.GetFullPath(recordedPath, folder);
                var inside = candidate == root || candidate.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
                if (inside && File.Exists(candidate))
                {
                    rootOfPath = root;
                    return candidate;
                }
            }
        }

        rootOfPath = null;
        return null;
    }

    // The file itself, or a folder between it and the root (the root included), that is a link.
    private static string? LinkOnTheWay(string root, string path)
    {
        for (var step = path; step is not null && step.Length >= root.Length; step = Path.GetDirectoryName(step))
        {
            if (new FileInfo(step).LinkTarget is not null)
            {
                return step;
            }
        }

        return null;
    }
}

public enum FileExcerptKind
{
    Text,
    NotOnDisk,
    Missing,
    TooLarge,
    Unreadable,
    Empty,
    NotText,
    Link,
}

/// <summary>Lines of a refused file, numbered from 1, or a note saying why there are none.</summary>
public sealed record FileExcerpt(FileExcerptKind Kind, string Path, IReadOnlyList<ExcerptLine> Lines, int LineCount, string? Note)
{
    public static FileExcerpt Without(FileExcerptKind kind, string path, string note) => new(kind, path, [], 0, note);
}

public sealed record ExcerptLine(int Number, string Text, bool IsErrorLine);
