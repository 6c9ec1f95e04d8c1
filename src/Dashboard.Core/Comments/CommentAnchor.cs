using System.Globalization;

namespace Dashboard.Core.Comments;

/// <summary>What a comment is about, besides the post as a whole.</summary>
public enum AnchorKind
{
    /// <summary>A paragraph of the article, counted from 1 among its paragraphs.</summary>
    Paragraph,

    /// <summary>An item of the checklist, counted from 1.</summary>
    ChecklistItem,
}

/// <summary>
/// A place in a post a comment is anchored to, written <c>paragraph:3</c> or <c>checklist:2</c>
/// (how it is stored and how the API takes it).
/// </summary>
/// <param name="Kind">Paragraph or checklist item.</param>
/// <param name="Number">Which one, counted from 1.</param>
public sealed record CommentAnchor(AnchorKind Kind, int Number)
{
    private const string ParagraphName = "paragraph";
    private const string ChecklistName = "checklist";

    /// <summary>The anchor as written: <c>paragraph:3</c>, <c>checklist:2</c>.</summary>
    public override string ToString() => $"{(Kind == AnchorKind.Paragraph ? ParagraphName : ChecklistName)}:{Number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"paragraph 3", "checklist item 2": the anchor in words.</summary>
    public string Label => Kind == AnchorKind.Paragraph ? $"paragraph {Number}" : $"checklist item {Number}";

    /// <summary>The anchor <paramref name="text"/> writes, or null with the reason it is not one.</summary>
    public static CommentAnchor? Parse(string text, out string? error)
    {
        var parts = text.Trim().Split(':');
        var kind = parts[0].Trim().ToLowerInvariant() switch
        {
            ParagraphName => AnchorKind.Paragraph,
            ChecklistName => AnchorKind.ChecklistItem,
            _ => (AnchorKind?)null,
        };
        if (parts.Length != 2 || kind is null || !int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            error = $"\"{text}\" is not an anchor; write paragraph:N or checklist:N, counting from 1.";
            return null;
        }

        error = null;
        return new CommentAnchor(kind.Value, number);
    }

    /// <summary>Null when the post has this place (<paramref name="paragraphs"/> paragraphs, <paramref name="checklistItems"/> items), else why not.</summary>
    public string? CheckAgainst(int paragraphs, int checklistItems)
    {
        var (count, what) = Kind == AnchorKind.Paragraph ? (paragraphs, "paragraphs") : (checklistItems, "checklist items");
        return Number <= count ? null : $"The anchor {this} names {Label}, but the post has {count} {what}.";
    }
}
