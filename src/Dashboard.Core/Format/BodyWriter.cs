using System.Text;

namespace Dashboard.Core.Format;

/// <summary>Writes body blocks, each followed by a blank line.</summary>
internal static class BodyWriter
{
    /// <summary>
    /// Writes <paramref name="body"/>. When <paramref name="checklist"/> is set, the list right after
    /// each <c>implementation checklist</c> heading is written from it (inserted when the body has
    /// none there, left out when it is empty): the meta checklist is the one source of truth.
    /// </summary>
    public static void Write(IReadOnlyList<BodyBlock> body, IReadOnlyList<string>? checklist, StringBuilder builder)
    {
        var afterChecklistHeading = false;
        for (var i = 0; i < body.Count; i++)
        {
            var block = body[i];
            if (afterChecklistHeading)
            {
                afterChecklistHeading = false;
                WriteList(checklist!, builder);
                if (block is BulletList)
                {
                    continue;
                }
            }

            WriteBlock(block, builder);
            afterChecklistHeading = checklist is not null && IsChecklistHeading(block);
        }

        if (afterChecklistHeading)
        {
            WriteList(checklist!, builder);
        }
    }

    /// <summary>True for the heading the body's copy of the checklist sits under.</summary>
    public static bool IsChecklistHeading(BodyBlock block) =>
        block is Heading { Text: FormatText.ChecklistHeading };

    private static void WriteBlock(BodyBlock block, StringBuilder builder)
    {
        switch (block)
        {
            case Paragraph paragraph:
                builder.Append(paragraph.Text).Append('\n').Append('\n');
                break;
            case Heading heading:
                builder.Append(heading.Text).Append('\n').Append('\n');
                break;
            case Figure figure:
                builder.Append(figure.AltText).Append('\n')
                    .Append(figure.AltText).Append(FormatText.ImageSourceSeparator).Append(figure.Source).Append('\n').Append('\n');
                break;
            case BulletList list:
                WriteList(list.Items, builder);
                break;
        }
    }

    // An empty list writes nothing at all, not even its blank line: the body cannot show "no items".
    private static void WriteList(IReadOnlyList<string> items, StringBuilder builder)
    {
        if (items.Count == 0)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            builder.Append(FormatText.Bullet).Append(items[i]).Append('\n');
        }

        builder.Append('\n');
    }
}
