using Dashboard.Core.Format;

namespace Dashboard.Core.Checks;

/// <summary>
/// The lines of the article as <see cref="PostWriter"/> lays it out, which is the document the
/// dashboard stores: the title on line 1, a blank line, then each block followed by a blank line.
/// Computed only when a check fails, so passing posts pay nothing for it.
/// </summary>
internal static class ArticleLayout
{
    private const int FirstBlockLine = 3;

    /// <summary>
    /// The 1-based line of block <paramref name="index"/>; <paramref name="item"/> moves to a list's
    /// item (0-based) or a figure's source line (1).
    /// </summary>
    public static int LineOf(Post post, int index, int item = 0)
    {
        var checklist = post.Meta.Checklist;
        var line = FirstBlockLine;
        var afterChecklistHeading = false;
        for (var i = 0; i < post.Body.Count && i <= index; i++)
        {
            var block = post.Body[i];
            if (afterChecklistHeading)
            {
                // The writer puts the meta checklist here, in place of the list the body had.
                afterChecklistHeading = false;
                if (block is BulletList)
                {
                    if (i == index)
                    {
                        return line + item;
                    }

                    line += ListLines(checklist!.Count);
                    continue;
                }

                line += ListLines(checklist!.Count);
            }

            if (i == index)
            {
                return line + item;
            }

            line += block switch
            {
                Figure => 3,
                BulletList list => ListLines(list.Items.Count),
                _ => 2,
            };
            afterChecklistHeading = checklist is not null && BodyWriter.IsChecklistHeading(block);
        }

        return line;
    }

    // An empty list writes nothing, not even its blank line.
    private static int ListLines(int items) => items == 0 ? 0 : items + 1;
}
