using Dashboard.Core.Format;

namespace Dashboard.Core.Checks;

/// <summary>A post with what its checks share: the article's words are read once, on first use.</summary>
internal sealed class CheckInput(Post post, CheckContext context)
{
    private ArticleText? _text;

    public Post Post { get; } = post;

    public PostMeta Meta => Post.Meta;

    public CheckOptions Options => Context.Options;

    public CheckContext Context { get; } = context;

    public ArticleText Text => _text ??= ArticleText.Read(Post.Body);

    /// <summary>The canonical document's line of the article's block at <paramref name="block"/> (and its item or second line).</summary>
    public int LineOf(int block, int item = 0) => ArticleLayout.LineOf(Post, block, item);
}
