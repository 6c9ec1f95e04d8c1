using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Comments;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// A post's comment threads under <c>/api/posts/{sourceId}/comments</c>: list, add (a first
/// comment or a reply), resolve and reopen, through <see cref="CommentService"/>. Any role may
/// comment; comments are no change of the post, so they take no If-Match and leave its ETag.
/// </summary>
internal static class CommentsApi
{
    private const string CommentIsNoChange = "Comments are no change of the post: its ETag stays.";

    public static void MapCommentsApi(this RouteGroupBuilder api)
    {
        var comments = api.MapGroup("/posts/{sourceId}/comments").WithTags("Comments");

        comments.MapGet("", async (string sourceId, CommentService service, CancellationToken ct) =>
                await service.ListAsync(sourceId, ct) is { } threads
                    ? Results.Ok(threads.Select(CommentJson.Of).ToList())
                    : ApiProblems.NotFound($"No post has the source id \"{sourceId}\"."))
            .WithName("ListComments")
            .WithSummary("The post's comment threads, oldest first, each with its replies")
            .WithDescription("404 for a post that does not exist.")
            .Produces<List<CommentJson>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        comments.MapPost("", async (string sourceId, HttpContext http, CommentService service, CancellationToken ct) =>
            {
                if (ReviewerClaims.ToReviewer(http.User) is not { } who)
                {
                    return ApiProblems.Forbidden("This account or token has no reviewer role.");
                }

                var (body, bad) = await JsonBody.ReadAsync<CommentBody>(http.Request, ct);
                if (bad is not null)
                {
                    return bad;
                }

                var result = await service.AddAsync(sourceId, new CommentDraft(body!.Body ?? "", body.ParentId, body.Anchor, body.Mentions), who, ct);
                return result.Succeeded
                    ? Results.Created($"/api/posts/{Uri.EscapeDataString(sourceId)}/comments/{result.Comment!.Id}", CommentJson.Of(result.Comment))
                    : Problem(result);
            })
            .WithName("AddComment")
            .WithSummary("Add a comment, or a reply with parentId; anchor it with \"paragraph:N\" or \"checklist:N\"; mention accounts as @name in the body or by name or id in mentions")
            .WithDescription("422 names what is wrong: an empty or too long body, an anchor the post does not have, an account no one has (each named), a parent that is not a comment on this post.")
            .WithJsonBody<CommentBody>()
            .TakesNoIfMatch(CommentIsNoChange)
            .Produces<CommentJson>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        Resolve(comments, "resolve", resolved: true, "ResolveComment", "Resolve the comment's thread (who and when are kept)");
        Resolve(comments, "reopen", resolved: false, "ReopenComment", "Open the comment's thread again");
    }

    private static void Resolve(RouteGroupBuilder comments, string verb, bool resolved, string name, string summary) =>
        comments.MapPost($"/{{commentId:long}}/{verb}", async (string sourceId, long commentId, HttpContext http, CommentService service, CancellationToken ct) =>
            {
                if (ReviewerClaims.ToReviewer(http.User) is not { } who)
                {
                    return ApiProblems.Forbidden("This account or token has no reviewer role.");
                }

                var result = await service.ResolveAsync(sourceId, commentId, resolved, who, ct);
                return result.Succeeded ? Results.Ok(CommentJson.Of(result.Comment!)) : Problem(result);
            })
            .WithName(name)
            .WithSummary(summary)
            .WithDescription("Answers with the comment; 404 for a post or comment that does not exist.")
            .TakesNoIfMatch(CommentIsNoChange)
            .Produces<CommentJson>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static IResult Problem(CommentResult result) => ApiProblems.From(Review.ReviewResult.Refused(result.Failure, result.Message ?? "Refused."));
}

/// <summary><c>{"body": "...", "parentId": 12, "anchor": "paragraph:3", "mentions": ["lead@example.test"]}</c>; only the body is required.</summary>
public sealed record CommentBody(string? Body, long? ParentId, string? Anchor, IReadOnlyList<string>? Mentions);

/// <summary>Who resolved a thread, and when.</summary>
public sealed record ResolvedJson(string By, DateTime At);

/// <summary>
/// A comment as the API gives it: the text with mentions by name, the anchor as written
/// (<c>paragraph:3</c>), the resolved state of a thread's first comment, and its replies.
/// </summary>
public sealed record CommentJson(
    long Id, long? ParentId, string Author, DateTime CreatedAt, string Text, string? Anchor, ResolvedJson? Resolved,
    IReadOnlyList<MentionedAccount> Mentions, IReadOnlyList<CommentJson>? Replies)
{
    public static CommentJson Of(CommentThread thread) => Of(thread.First) with { Replies = [.. thread.Replies.Select(Of)] };

    public static CommentJson Of(CommentView c) => new(
        c.Id, c.ParentId, c.Author, c.CreatedAtUtc, c.Text, c.Anchor?.ToString(),
        c.ResolvedAtUtc is { } at ? new ResolvedJson(c.ResolvedBy ?? "", at) : null, c.Mentions, null);
}
