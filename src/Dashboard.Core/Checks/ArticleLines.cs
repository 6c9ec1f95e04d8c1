using Dashboard.Core.Format;

namespace Dashboard.Core.Checks;

/// <summary>From a check's <see cref="CheckPlace.Line"/> back to the article's block, for a page that shows blocks, not lines.</summary>
public static class ArticleLines
{
    /// <summary>
    /// The index in <see cref="Post.Body"/> of the block that holds the stored document's 1-based
    /// <paramref name="line"/>, or null when the line is before the article's first block.
    /// </summary>
    public static int? BlockAt(Post post, int line)
    {
        ArgumentNullException.ThrowIfNull(post);
        int? found = null;
        for (var i = 0; i < post.Body.Count && ArticleLayout.LineOf(post, i) <= line; i++)
        {
            found = i;
        }

        return found;
    }
}
