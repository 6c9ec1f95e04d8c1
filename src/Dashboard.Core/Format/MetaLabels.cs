namespace Dashboard.Core.Format;

/// <summary>The labels of the meta entries the parser knows, as they appear in a file.</summary>
public static class MetaLabels
{
    /// <summary>The <c>topic</c> label.</summary>
    public const string Topic = "topic";
    /// <summary>The <c>summary</c> label.</summary>
    public const string Summary = "summary";
    /// <summary>The <c>ai outline</c> label.</summary>
    public const string AiOutline = "ai outline";
    /// <summary>The <c>ai brief</c> label.</summary>
    public const string AiBrief = "ai brief";
    /// <summary>The <c>stack</c> label.</summary>
    public const string Stack = "stack";
    /// <summary>The <c>tools</c> label.</summary>
    public const string Tools = "tools";
    /// <summary>The <c>code language</c> label.</summary>
    public const string CodeLanguage = "code language";
    /// <summary>The <c>difficulty</c> label.</summary>
    public const string Difficulty = "difficulty";
    /// <summary>The <c>reading time</c> label.</summary>
    public const string ReadingTime = "reading time";
    /// <summary>The <c>view count</c> label.</summary>
    public const string ViewCount = "view count";
    /// <summary>The <c>score</c> label.</summary>
    public const string Score = "score";
    /// <summary>The <c>revision</c> label.</summary>
    public const string Revision = "revision";
    /// <summary>The <c>reference</c> label.</summary>
    public const string Reference = "reference";
    /// <summary>The <c>hash</c> label.</summary>
    public const string Hash = "hash";
    /// <summary>The <c>flags</c> label.</summary>
    public const string Flags = "flags";
    /// <summary>The <c>checklist</c> label.</summary>
    public const string Checklist = "checklist";
    /// <summary>The <c>entities</c> label.</summary>
    public const string Entities = "entities";
    /// <summary>The <c>image sources</c> label.</summary>
    public const string ImageSources = "image sources";
    /// <summary>The <c>payload</c> label.</summary>
    public const string Payload = "payload";
    /// <summary>The <c>notes</c> label.</summary>
    public const string Notes = "notes";

    /// <summary>The known labels in the order of the sample export, which is the canonical order.</summary>
    public static IReadOnlyList<string> Canonical { get; } =
    [
        Topic, Summary, AiOutline, AiBrief, Stack, Tools, CodeLanguage, Difficulty, ReadingTime, ViewCount,
        Score, Revision, Reference, Hash, Flags, Checklist, Entities, ImageSources, Payload, Notes,
    ];
}
