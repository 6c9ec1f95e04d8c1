using Dashboard.Core.Format;

namespace Dashboard.Core.Tests.TestData;

/// <summary>Builds posts for tests, starting from the real sample so every entry is realistic.</summary>
internal sealed class PostBuilder
{
    private Post _post;

    private PostBuilder(Post post) => _post = post;

    public static PostBuilder FromSample()
    {
        var result = PostParser.Parse(Samples.Bytes);
        Assert.True(result.IsSuccess, result.ToString());
        return new PostBuilder(result.Post);
    }

    public PostBuilder WithTitle(string title)
    {
        _post = _post with { Title = title };
        return this;
    }

    public PostBuilder WithBody(params BodyBlock[] blocks)
    {
        _post = _post with { Body = blocks };
        return this;
    }

    public PostBuilder WithMeta(Func<PostMeta, PostMeta> change)
    {
        _post = _post with { Meta = change(_post.Meta) };
        return this;
    }

    public Post Build() => _post;
}
