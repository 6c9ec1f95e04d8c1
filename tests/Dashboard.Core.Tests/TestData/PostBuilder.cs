using Dashboard.Core.Format;

namespace Dashboard.Core.Tests.TestData;

/// <summary>
/// Builds posts for tests, starting from a real post (the sample export, unless a test starts from
/// a generated or stored one) so every post is realistic. The one post builder of the test
/// projects: the web and browser tests compile this file too (linked).
/// </summary>
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

    /// <summary>Starts from <paramref name="post"/>: a generated post, or one read back from the app.</summary>
    public static PostBuilder From(Post post) => new(post);

    public PostBuilder WithTitle(string title)
    {
        _post = _post with { Title = title };
        return this;
    }

    /// <summary>A title made from the current one, such as the same title with a suffix.</summary>
    public PostBuilder WithTitle(Func<string, string> change) => WithTitle(change(_post.Title));

    public PostBuilder WithBody(params IReadOnlyList<BodyBlock> blocks)
    {
        _post = _post with { Body = blocks };
        return this;
    }

    public PostBuilder WithMeta(Func<PostMeta, PostMeta> change)
    {
        _post = _post with { Meta = change(_post.Meta) };
        return this;
    }

    /// <summary>Another post as far as the importer can tell: the payload's source id is what identifies a post.</summary>
    public PostBuilder WithSourceId(string sourceId) =>
        WithMeta(meta => meta with { Payload = (meta.Payload ?? throw new InvalidOperationException("The post has no payload.")) with { SourceId = sourceId } });

    /// <summary>The revision the file claims: a status and a version, never reviewed.</summary>
    public PostBuilder WithRevision(string status, string version) =>
        WithMeta(meta => meta with { Revision = new Revision(status, SemVersion.Parse(version), null) });

    /// <summary>Sets the "needs human review" flag and keeps the other flags (without flags: none set).</summary>
    public PostBuilder NeedingReview(bool needsHumanReview = true) =>
        WithMeta(meta => meta with { Flags = (meta.Flags ?? new Flags(false, false, false, true)) with { NeedsHumanReview = needsHumanReview } });

    /// <summary>The checklist in the meta and in the body together, as a reviewer's edit changes it.</summary>
    public PostBuilder WithChecklist(IReadOnlyList<string> checklist)
    {
        _post = _post.WithChecklist(checklist);
        return this;
    }

    public Post Build() => _post;
}
