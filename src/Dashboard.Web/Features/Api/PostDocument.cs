using System.Text.Json.Serialization;
using Dashboard.Core.Format;
using Dashboard.Web.Features.Posts;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// A whole post as <c>GET /api/posts/{sourceId}</c> returns it: title, body blocks, every meta
/// entry, the stored review state, its near-copy cluster (<c>clusterId</c>: the cluster's id, null
/// when the post is a near-copy of no other; <c>clusterSize</c>: 1 then) and the row version its ETag carries.
/// </summary>
public sealed record PostDocument(
    string SourceId,
    string Title,
    IReadOnlyList<BodyBlockJson> Body,
    PostMetaJson Meta,
    string Status,
    string Version,
    DateOnly? LastReviewed,
    bool NeedsHumanReview,
    int OpenConflicts,
    DateTime ImportedAtUtc,
    DateTime UpdatedAtUtc,
    long RowVersion,
    long? ClusterId,
    int ClusterSize)
{
    public static PostDocument From(PostView view) => new(
        view.Post.SourceId,
        view.Post.Title,
        [.. view.Post.Body.Select(BodyBlockJson.From)],
        PostMetaJson.From(view.Post.Meta),
        view.Status,
        view.Version,
        view.LastReviewed,
        view.NeedsHumanReview,
        view.OpenConflicts,
        view.ImportedAtUtc,
        view.UpdatedAtUtc,
        view.RowVersion,
        view.ClusterId,
        view.ClusterSize);
}

/// <summary>A body block; <c>kind</c> says which: paragraph, heading, figure or list.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ParagraphJson), "paragraph")]
[JsonDerivedType(typeof(HeadingJson), "heading")]
[JsonDerivedType(typeof(FigureJson), "figure")]
[JsonDerivedType(typeof(ListJson), "list")]
public abstract record BodyBlockJson
{
    public static BodyBlockJson From(BodyBlock block) => block switch
    {
        Paragraph p => new ParagraphJson(p.Text),
        Heading h => new HeadingJson(h.Text),
        Figure f => new FigureJson(f.AltText, f.Source),
        BulletList l => new ListJson(l.Items),
        _ => throw new NotSupportedException($"No JSON form for the body block {block.GetType().Name}."),
    };
}

public sealed record ParagraphJson(string Text) : BodyBlockJson;

public sealed record HeadingJson(string Text) : BodyBlockJson;

public sealed record FigureJson(string AltText, string Source) : BodyBlockJson;

public sealed record ListJson(IReadOnlyList<string> Items) : BodyBlockJson;

/// <summary>Every meta entry of the format; null when the file lacks it. <c>unknown</c> keeps unknown entries verbatim.</summary>
public sealed record PostMetaJson(
    string? Topic,
    string? Summary,
    IReadOnlyList<MetaPair>? AiOutline,
    string? AiBrief,
    IReadOnlyList<string>? Stack,
    IReadOnlyList<string>? Tools,
    string? CodeLanguage,
    string? Difficulty,
    int? ReadingTime,
    long? ViewCount,
    Scores? Score,
    RevisionJson? Revision,
    string? Reference,
    string? Hash,
    Flags? Flags,
    IReadOnlyList<string>? Checklist,
    IReadOnlyList<Entity>? Entities,
    IReadOnlyList<ImageSource>? ImageSources,
    Payload? Payload,
    IReadOnlyList<string>? Notes,
    IReadOnlyList<UnknownMetaEntry> Unknown)
{
    public static PostMetaJson From(PostMeta meta) => new(
        meta.Topic, meta.Summary, meta.AiOutline, meta.AiBrief, meta.Stack, meta.Tools, meta.CodeLanguage, meta.Difficulty,
        meta.ReadingTime, meta.ViewCount, meta.Score,
        meta.Revision is { } r ? new RevisionJson(r.Status, r.Version.ToString(), r.LastReviewed, r.Extra) : null,
        meta.Reference, meta.Hash, meta.Flags, meta.Checklist, meta.Entities, meta.ImageSources, meta.Payload, meta.Notes, meta.Unknown);
}

/// <summary>The file's revision block, its version as text (<c>1.5.3</c>).</summary>
public sealed record RevisionJson(string Status, string Version, DateOnly? LastReviewed, IReadOnlyList<MetaPair> Extra);
