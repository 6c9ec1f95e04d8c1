namespace Dashboard.Core.Format;

/// <summary>Changes a post's checklist in the two places the export shows it.</summary>
public static class PostChecklistExtensions
{
    /// <summary>
    /// A copy of <paramref name="post"/> whose meta checklist is <paramref name="checklist"/> and whose
    /// body shows the same items under its <c>implementation checklist</c> heading (replacing the list
    /// there, inserting one when there is none, removing it when the checklist is empty). A body
    /// without that heading is left as it is. <see cref="PostWriter"/> applies the same rule when
    /// writing, so this only keeps the in-memory post consistent with what would be exported.
    /// </summary>
    public static Post WithChecklist(this Post post, IReadOnlyList<string> checklist)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(checklist);
        var items = checklist.ToArray();
        var body = new List<BodyBlock>(post.Body.Count + 1);
        var afterChecklistHeading = false;
        foreach (var block in post.Body)
        {
            if (afterChecklistHeading)
            {
                afterChecklistHeading = false;
                AddList(items, body);
                if (block is BulletList)
                {
                    continue;
                }
            }

            body.Add(block);
            afterChecklistHeading = BodyWriter.IsChecklistHeading(block);
        }

        if (afterChecklistHeading)
        {
            AddList(items, body);
        }

        return post with { Body = body, Meta = post.Meta with { Checklist = items } };
    }

    private static void AddList(string[] items, List<BodyBlock> body)
    {
        if (items.Length > 0)
        {
            body.Add(new BulletList(items));
        }
    }
}
