using System.Text.Json.Serialization;
using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Claims;
using Dashboard.Web.Features.Posts;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// A whole post as <c>GET /api/posts/{sourceId}</c> returns it: title, body blocks, every meta
/// entry, the stored review state, the checks it fails, the row version its ETag carries, who
/// has claimed it (null when nobody has; a claim changes no row version, so it is not part of the
/// ETag); <c>assignee</c> is the account a lead gave it to (null: nobody), <c>statusSinceUtc</c>
/// when it entered its status; its near-copy cluster (<c>clusterId</c>: the cluster's id, null
/// when the post is a near-copy of no other; <c>clusterSize</c>: 1 then).
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
    IReadOnlyList<CheckJson> Checks,
    string? Assignee,
    DateTime StatusSinceUtc,
    long? ClusterId,
    int ClusterSize,
    ClaimView? Claim = null)
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
        [.. view.Checks.Select(CheckJson.From)],
        view.Assignee,
        view.StatusSinceUtc,
        view.ClusterId,
        view.ClusterSize);
}

/// <summary>
/// A check the post fails: its id, severity (<c>error</c>, <c>warning</c>, <c>info</c>), message, and
/// where it points: the meta <c>field</c> (with its <c>key</c> or <c>item</c>) and/or the document's <c>line</c>.
/// </summary>
public sealed record CheckJson(
    string Id,
    string Severity,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Field,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Key,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Item,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line)
{
    public static CheckJson From(CheckResult check) =>
        new(check.CheckId, StoredChecks.Name(check.Severity), check.Message, check.Place.Field, check.Place.Key, check.Place.Item, check.Place.Line);
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
