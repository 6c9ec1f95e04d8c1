namespace Dashboard.Core.Format;

/// <summary>
/// Reads the body between the title and the meta marker. Every non-blank line lands in some
/// block, so nothing a real export holds is rejected or lost: a line that fits no other rule
/// is a paragraph. Each rule looks at the line alone (or a figure's two lines), never at what
/// surrounds it, which is what makes the writer's output read back as the same blocks.
/// </summary>
internal static class BodyReader
{
    public static IReadOnlyList<BodyBlock> Read(LineTable lines, int from, int to)
    {
        var blocks = new List<BodyBlock>(16);
        var i = from;
        while (i < to)
        {
            if (lines.IsBlank(i))
            {
                i++;
                continue;
            }

            var line = lines[i];
            if (line.StartsWith(FormatText.Bullet))
            {
                i = ReadList(lines, i, to, blocks);
            }
            else if (i + 1 < to && IsImageSourceLine(lines[i + 1], line))
            {
                var source = lines.GetString(i + 1, line.Length + FormatText.ImageSourceSeparator.Length);
                blocks.Add(new Figure(lines.GetString(i), source));
                i += 2;
            }
            else
            {
                var text = lines.GetString(i);
                blocks.Add(IsHeading(line) ? new Heading(text) : new Paragraph(text));
                i++;
            }
        }

        return blocks;
    }

    /// <summary>A heading is a short line with no final period that does not start indented.</summary>
    public static bool IsHeading(ReadOnlySpan<char> line) =>
        line.Length <= FormatText.MaxHeadingLength && line[^1] != '.' && !FormatText.IsIndented(line);

    private static bool IsImageSourceLine(ReadOnlySpan<char> next, ReadOnlySpan<char> alt) =>
        next.StartsWith(alt) && next[alt.Length..].StartsWith(FormatText.ImageSourceSeparator);

    // Bullet lines separated only by blank lines form one list: two lists in a row could not be
    // told apart once written, and a stray blank line inside a list is not worth rejecting a file.
    private static int ReadList(LineTable lines, int i, int to, List<BodyBlock> blocks)
    {
        var items = new List<string>(8);
        while (i < to)
        {
            if (lines.IsBlank(i))
            {
                var next = i + 1;
                while (next < to && lines.IsBlank(next))
                {
                    next++;
                }

                if (next == to || !lines[next].StartsWith(FormatText.Bullet))
                {
                    break;
                }

                i = next;
            }

            if (!lines[i].StartsWith(FormatText.Bullet))
            {
                break;
            }

            items.Add(lines.GetString(i, FormatText.Bullet.Length));
            i++;
        }

        blocks.Add(new BulletList(items));
        return i;
    }
}
