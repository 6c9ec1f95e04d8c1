namespace Dashboard.Core.Format;

/// <summary>The fixed pieces of text that give an alphanode export its shape.</summary>
internal static class FormatText
{
    public const string MetaMarker = "alphanode post meta";
    public const string LastLine = "Similar Posts";
    public const string ChecklistHeading = "implementation checklist";
    public const string ImageSourceSeparator = ". image source: ";
    public const string Bullet = "  • ";
    public const string RecordBullet = "    • ";
    public const string KeySeparator = ": ";

    // The sample's headings are 11-24 characters; 80 keeps short questions and titles-in-body
    // as headings while any real sentence without a final period stays a paragraph.
    public const int MaxHeadingLength = 80;

    /// <summary>True when the line holds nothing but spaces and tabs.</summary>
    public static bool IsBlank(ReadOnlySpan<char> line) => line.IndexOfAnyExcept(' ', '\t') < 0;

    /// <summary>True when the line starts with a space or a tab, so it belongs to the entry above it.</summary>
    public static bool IsIndented(ReadOnlySpan<char> line) => line.Length > 0 && (line[0] == ' ' || line[0] == '\t');

    /// <summary>The line without trailing spaces and tabs, for matching fixed lines leniently.</summary>
    public static ReadOnlySpan<char> TrimEnd(ReadOnlySpan<char> line) => line.TrimEnd(" \t");
}
