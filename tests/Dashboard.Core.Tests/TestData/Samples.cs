using System.Text;

namespace Dashboard.Core.Tests.TestData;

/// <summary>The real export shipped with the tests, and helpers to derive awkward variants from it.</summary>
internal static class Samples
{
    public const string FileName = "000_d6f1fc0046c3bdf7.txt";

    private static readonly Lazy<byte[]> SampleBytes = new(() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", FileName)));

    public static byte[] Bytes => SampleBytes.Value;

    public static string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>The 1-based line number of the first line that starts with <paramref name="prefix"/>.</summary>
    public static int LineOf(string text, string prefix)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, line => line.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line starts with \"{prefix}\"");
        return index + 1;
    }

    /// <summary>The text with the first line starting with <paramref name="prefix"/> replaced by <paramref name="replacement"/> lines.</summary>
    public static string ReplaceLine(string text, string prefix, params string[] replacement)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.FindIndex(line => line.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line starts with \"{prefix}\"");
        lines.RemoveAt(index);
        lines.InsertRange(index, replacement);
        return string.Join('\n', lines);
    }

    /// <summary>The text with a meta entry (its label line and its item lines) removed.</summary>
    public static string RemoveEntry(string text, string label)
    {
        var lines = text.Split('\n').ToList();
        var marker = lines.IndexOf("alphanode post meta");
        var index = lines.FindIndex(marker, line => line == label || line.StartsWith(label, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no entry \"{label}\"");
        var end = index + 1;
        while (end < lines.Count && lines[end].StartsWith(' '))
        {
            end++;
        }

        lines.RemoveRange(index, end - index);
        return string.Join('\n', lines);
    }

    /// <summary>The text with the item lines of a list or map entry removed, leaving its label alone.</summary>
    public static string EmptyEntry(string text, string label)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.IndexOf(label, lines.IndexOf("alphanode post meta"));
        Assert.True(index >= 0, $"no entry \"{label}\"");
        while (index + 1 < lines.Count && lines[index + 1].StartsWith(' '))
        {
            lines.RemoveAt(index + 1);
        }

        return string.Join('\n', lines);
    }

    /// <summary>The text with <paramref name="lines"/> inserted before the first line starting with <paramref name="prefix"/>.</summary>
    public static string InsertBefore(string text, string prefix, params string[] lines)
    {
        var all = text.Split('\n').ToList();
        var index = all.FindIndex(line => line.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line starts with \"{prefix}\"");
        all.InsertRange(index, lines);
        return string.Join('\n', all);
    }
}
