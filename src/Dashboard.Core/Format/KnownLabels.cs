namespace Dashboard.Core.Format;

/// <summary>How a meta entry lays out its value.</summary>
internal enum EntryShape
{
    /// <summary><c>&lt;label&gt;&lt;value&gt;</c> on one line.</summary>
    Scalar,

    /// <summary>The label alone, then <c>  • item</c> lines.</summary>
    List,

    /// <summary>The label alone, then <c>  • key: value</c> lines.</summary>
    Map,

    /// <summary>The label alone, then <c>    • key: value</c> lines grouped into records.</summary>
    Records,
}

/// <summary>
/// Matches a meta line against the known labels. No known label is a prefix of another, so at
/// most one can match a line, and no scalar label is a prefix of a list or map label, so a line
/// that equals a list label can never be read as a scalar with a value.
/// </summary>
internal static class KnownLabels
{
    /// <summary>Every known label with its shape; an id is an index into this array.</summary>
    public static readonly (string Label, EntryShape Shape)[] All =
    [
        (MetaLabels.Topic, EntryShape.Scalar),
        (MetaLabels.Summary, EntryShape.Scalar),
        (MetaLabels.AiOutline, EntryShape.Map),
        (MetaLabels.AiBrief, EntryShape.Scalar),
        (MetaLabels.Stack, EntryShape.List),
        (MetaLabels.Tools, EntryShape.List),
        (MetaLabels.CodeLanguage, EntryShape.Scalar),
        (MetaLabels.Difficulty, EntryShape.Scalar),
        (MetaLabels.ReadingTime, EntryShape.Scalar),
        (MetaLabels.ViewCount, EntryShape.Scalar),
        (MetaLabels.Score, EntryShape.Map),
        (MetaLabels.Revision, EntryShape.Map),
        (MetaLabels.Reference, EntryShape.Scalar),
        (MetaLabels.Hash, EntryShape.Scalar),
        (MetaLabels.Flags, EntryShape.Map),
        (MetaLabels.Checklist, EntryShape.List),
        (MetaLabels.Entities, EntryShape.Records),
        (MetaLabels.ImageSources, EntryShape.Records),
        (MetaLabels.Payload, EntryShape.Map),
        (MetaLabels.Notes, EntryShape.List),
    ];

    public static int Count => All.Length;

    /// <summary>The id of the list, map or records label the line consists of (trailing blanks allowed), or -1.</summary>
    public static int MatchStructured(ReadOnlySpan<char> line)
    {
        var trimmed = FormatText.TrimEnd(line);
        for (var id = 0; id < All.Length; id++)
        {
            if (All[id].Shape != EntryShape.Scalar && trimmed.SequenceEqual(All[id].Label))
            {
                return id;
            }
        }

        return -1;
    }

    /// <summary>The id of the scalar label the line starts with, or -1.</summary>
    public static int MatchScalar(ReadOnlySpan<char> line)
    {
        for (var id = 0; id < All.Length; id++)
        {
            if (All[id].Shape == EntryShape.Scalar && line.StartsWith(All[id].Label))
            {
                return id;
            }
        }

        return -1;
    }
}
