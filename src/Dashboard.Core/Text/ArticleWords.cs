using Dashboard.Core.Format;

namespace Dashboard.Core.Text;

/// <summary>
/// A post's article as running text, for comparing two articles word by word: its prose,
/// headings and list items, one block a line; figures and code are left out, since a word diff
/// of them says little.
/// </summary>
public static class ArticleWords
{
    /// <summary>The article of <paramref name="post"/> as the word diff and the clusters read it.</summary>
    public static string Of(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return string.Join('\n', post.Body.Select(block => block switch
        {
            Paragraph paragraph => paragraph.Text,
            Heading heading => heading.Text,
            BulletList list => string.Join('\n', list.Items),
            _ => null,
        }).OfType<string>());
    }
}
