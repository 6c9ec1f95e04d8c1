namespace Dashboard.Core.Format;

/// <summary>
/// One alphanode post: its title, its body as blocks and its meta entries, typed.
/// Immutable; use <c>with</c> expressions to change it.
/// </summary>
public sealed record Post
{
    /// <summary>The first line of the file.</summary>
    public required string Title { get; init; }

    /// <summary>The body blocks between the title and the meta section, in order.</summary>
    public IReadOnlyList<BodyBlock> Body { get; init; } = [];

    /// <summary>Every meta entry, typed; see <see cref="PostMeta"/>.</summary>
    public required PostMeta Meta { get; init; }

    /// <summary>The post's identity: the payload's source id.</summary>
    public string SourceId => Meta.Payload?.SourceId ?? string.Empty;
}

/// <summary>A block of the article body.</summary>
public abstract record BodyBlock;

/// <summary>One line of prose.</summary>
public sealed record Paragraph(string Text) : BodyBlock;

/// <summary>A short line with no final period, such as <c>implementation checklist</c>.</summary>
public sealed record Heading(string Text) : BodyBlock;

/// <summary>An image: its alt text line, then <c>&lt;alt&gt;. image source: &lt;source&gt;</c>.</summary>
public sealed record Figure(string AltText, string Source) : BodyBlock;

/// <summary>Lines of the form <c>  • item</c>.</summary>
public sealed record BulletList(IReadOnlyList<string> Items) : BodyBlock;
