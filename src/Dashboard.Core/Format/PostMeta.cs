namespace Dashboard.Core.Format;

/// <summary>
/// The meta section of a post. Known entries are typed properties (null or empty when the
/// file lacks them); <see cref="Order"/> keeps the order of the entries as they appeared,
/// and <see cref="Unknown"/> keeps entries whose label the parser does not know, verbatim.
/// </summary>
public sealed record PostMeta
{
    /// <summary>The <c>topic</c> scalar.</summary>
    public string? Topic { get; init; }
    /// <summary>The <c>summary</c> scalar.</summary>
    public string? Summary { get; init; }
    /// <summary>The <c>ai outline</c> map.</summary>
    public IReadOnlyList<MetaPair>? AiOutline { get; init; }
    /// <summary>The <c>ai brief</c> scalar.</summary>
    public string? AiBrief { get; init; }
    /// <summary>The <c>stack</c> list.</summary>
    public IReadOnlyList<string>? Stack { get; init; }
    /// <summary>The <c>tools</c> list.</summary>
    public IReadOnlyList<string>? Tools { get; init; }
    /// <summary>The <c>code language</c> scalar.</summary>
    public string? CodeLanguage { get; init; }
    /// <summary>The <c>difficulty</c> scalar (beginner, intermediate, advanced in the generator's output).</summary>
    public string? Difficulty { get; init; }
    /// <summary>The <c>reading time</c> scalar, in minutes.</summary>
    public int? ReadingTime { get; init; }
    /// <summary>The <c>view count</c> scalar; 64-bit because real exports exceed 32 bits.</summary>
    public long? ViewCount { get; init; }
    /// <summary>The <c>score</c> map.</summary>
    public Scores? Score { get; init; }
    /// <summary>The <c>revision</c> map.</summary>
    public Revision? Revision { get; init; }
    /// <summary>The <c>reference</c> scalar, such as <c>anp-ref-002829-7966</c>.</summary>
    public string? Reference { get; init; }
    /// <summary>The <c>hash</c> scalar: stored, never verified (the algorithm is unknown).</summary>
    public string? Hash { get; init; }
    /// <summary>The <c>flags</c> map.</summary>
    public Flags? Flags { get; init; }
    /// <summary>The <c>checklist</c> list; the body repeats it under its "implementation checklist" heading.</summary>
    public IReadOnlyList<string>? Checklist { get; init; }
    /// <summary>The <c>entities</c> list of records.</summary>
    public IReadOnlyList<Entity>? Entities { get; init; }
    /// <summary>The <c>image sources</c> list of records.</summary>
    public IReadOnlyList<ImageSource>? ImageSources { get; init; }
    /// <summary>The <c>payload</c> map: the post's provenance and identity.</summary>
    public Payload? Payload { get; init; }
    /// <summary>The <c>notes</c> list, written by the generator.</summary>
    public IReadOnlyList<string>? Notes { get; init; }

    /// <summary>Entries whose label the parser does not know, kept verbatim to be written back.</summary>
    public IReadOnlyList<UnknownMetaEntry> Unknown { get; init; } = [];

    /// <summary>
    /// The order in which the entries appeared: known labels (such as <c>"view count"</c>) and,
    /// for unknown entries, <c>"?" + index into <see cref="Unknown"/></c>. Entries set on the
    /// model but missing here are written after these, in the canonical order of <see cref="MetaLabels.Canonical"/>.
    /// </summary>
    public IReadOnlyList<string> Order { get; init; } = [];
}

/// <summary>A key and value of a map entry, such as <c>context: for a content heavy programming website</c>.</summary>
public sealed record MetaPair(string Key, string Value);

/// <summary>The scores <see cref="ScoreFields"/> describes, and any other keys the map carried.</summary>
public sealed record Scores(int Quality, int Freshness, int Depth, int Clarity)
{
    /// <summary>The scores from their values in the order of <see cref="ScoreFields.All"/>.</summary>
    internal Scores(ReadOnlySpan<int> values)
        : this(values[0], values[1], values[2], values[3])
    {
    }

    /// <summary>Keys the parser does not know, kept in order after the known ones.</summary>
    public IReadOnlyList<MetaPair> Extra { get; init; } = [];
}

/// <summary>The revision block: status, semantic version, last reviewed.</summary>
public sealed record Revision(string Status, SemVersion Version, DateOnly? LastReviewed)
{
    /// <summary>Keys the parser does not know, kept in order after the known ones.</summary>
    public IReadOnlyList<MetaPair> Extra { get; init; } = [];
}

/// <summary>The flags map; each flag is 0 or 1 in the file.</summary>
public sealed record Flags(bool AiGeneratedStyle, bool HasImages, bool ImageHeavy, bool NeedsHumanReview)
{
    /// <summary>Keys the parser does not know, kept in order after the known ones.</summary>
    public IReadOnlyList<MetaPair> Extra { get; init; } = [];
}

/// <summary>One record of <c>entities</c>.</summary>
public sealed record Entity(string Name, string Type);

/// <summary>One record of <c>image sources</c>.</summary>
public sealed record ImageSource(string Source, string Url, string Caption);

/// <summary>The payload map: where the post came from.</summary>
public sealed record Payload(string SourceId, string? Generator, int? Paragraphs, string? Scenario, long? Seed)
{
    /// <summary>Keys the parser does not know, kept in order after the known ones.</summary>
    public IReadOnlyList<MetaPair> Extra { get; init; } = [];
}

/// <summary>A meta entry whose label is unknown: its first line and the lines under it, verbatim.</summary>
public sealed record UnknownMetaEntry(string Line, IReadOnlyList<string> ItemLines);
