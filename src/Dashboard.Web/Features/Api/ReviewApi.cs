using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// The review actions on one post. Each needs If-Match with the post's ETag and answers with the
/// post's new state and ETag. Who may do what is decided by <see cref="ReviewService"/> and
/// <see cref="ReviewPolicy"/>; this only turns their answers into HTTP.
/// </summary>
internal static class ReviewApi
{
    public static void MapReviewApi(this RouteGroupBuilder api)
    {
        var posts = api.MapGroup("/posts/{sourceId}").WithTags("Review");

        // The note is optional, and so is the body: a bare POST sends the post without one.
        Change(posts.MapPost("/submit", (string sourceId, HttpContext http, ReviewService reviews, PostReader reader, CancellationToken ct) =>
                http.Request.ContentLength is 0 || (http.Request.ContentLength is null && !http.Request.HasJsonContentType())
                    ? RunAsync(http, sourceId, ReviewAction.SubmitForApproval, reader, (version, who) => reviews.SubmitAsync(sourceId, version, who, ct), ct)
                    : RunAsync<SubmitBody>(http, sourceId, ReviewAction.SubmitForApproval, reader, ct, (body, version, who) => reviews.SubmitAsync(sourceId, version, body.Note, who, ct))),
            "SubmitPost", "Send a post to a lead for approval, optionally with a note for the lead (shown on top of the post until a lead decides)")
            .WithJsonBody<SubmitBody>(required: false);

        Change(posts.MapPost("/approve", (string sourceId, HttpContext http, ReviewService reviews, PostReader reader, CancellationToken ct) =>
                RunAsync(http, sourceId, ReviewAction.Approve, reader, (version, who) => reviews.ApproveAsync(sourceId, version, who, ct), ct)),
            "ApprovePost", "Approve a post in review for the index feed (lead, admin)");

        Change(posts.MapPost("/request-changes", async (string sourceId, HttpContext http, ReviewService reviews, PostReader reader, CancellationToken ct) =>
                await RunAsync<RequestChangesBody>(http, sourceId, ReviewAction.RequestChanges, reader, ct, (body, version, who) =>
                    reviews.RequestChangesAsync(sourceId, version, body.Note ?? string.Empty, who, ct))),
            "RequestChanges", "Send a post back to its editor with a note (lead, admin)")
            .WithJsonBody<RequestChangesBody>();

        Change(posts.MapPost("/version", async (string sourceId, HttpContext http, ReviewService reviews, PostReader reader, CancellationToken ct) =>
                await RunAsync<BumpBody>(http, sourceId, ReviewAction.BumpVersion, reader, ct, (body, version, who) =>
                    reviews.BumpVersionAsync(sourceId, version, body.Kind!.Value, who, ct))),
            "BumpVersion", "Bump the version: patch, minor or major (400 for any other bump)")
            .WithJsonBody<BumpBody>();

        Change(posts.MapPut("/checklist", async (string sourceId, HttpContext http, ReviewService reviews, PostReader reader, CancellationToken ct) =>
                await RunAsync<ChecklistBody>(http, sourceId, ReviewAction.EditChecklist, reader, ct, (body, version, who) =>
                    reviews.EditChecklistAsync(sourceId, version, [.. body.Items!.OfType<string>()], who, ct))),
            "ReplaceChecklist", "Replace the checklist with these items, in this order")
            .WithJsonBody<ChecklistBody>();

        Change(posts.MapPatch("/revision", RevisionApi.PatchAsync),
            "EditRevision", "Set status, version and last reviewed directly (admin); missing fields keep their values")
            .WithJsonBody<RevisionBody>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static RouteHandlerBuilder Change(RouteHandlerBuilder endpoint, string name, string summary) => endpoint
        .WithName(name)
        .WithSummary(summary)
        .WithDescription("Needs If-Match with the post's ETag: 428 without it, 412 when the post has changed since. Answers with the post and its new ETag.")
        .ChangesPost()
        .Produces<PostDocument>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>
    /// Who asks and which state they saw, or the problem: 403 when the role may never do this
    /// (asked of the same policy the service applies, so the refusal comes before body and
    /// If-Match are looked at), 428/400 for a missing or malformed If-Match.
    /// </summary>
    internal static (Reviewer Who, long Version)? Start(HttpContext http, ReviewAction action, out IResult? problem)
    {
        if (ReviewerClaims.ToReviewer(http.User) is not { } who)
        {
            problem = ApiProblems.Forbidden("This account or token has no reviewer role.");
            return null;
        }

        if (ReviewPolicy.Permits(who.Role, action) is { Allowed: false } denied)
        {
            problem = ApiProblems.Forbidden(denied.Reason);
            return null;
        }

        return PostETag.Expected(http.Request, out problem) is { } version ? (who, version) : null;
    }

    /// <summary>The service's answer as HTTP: the post and its new ETag, or the refusal as a problem.</summary>
    internal static async Task<IResult> RespondAsync(HttpContext http, string sourceId, ReviewResult result, PostReader reader, CancellationToken ct) =>
        result.Succeeded ? await PostsApi.CurrentAsync(sourceId, http, reader, ct) : ApiProblems.From(result);

    internal static async Task<IResult> RunAsync(
        HttpContext http, string sourceId, ReviewAction action, PostReader reader, Func<long, Reviewer, Task<ReviewResult>> change, CancellationToken ct)
    {
        if (Start(http, action, out var problem) is not { } start)
        {
            return problem!;
        }

        return await RespondAsync(http, sourceId, await change(start.Version, start.Who), reader, ct);
    }

    internal static async Task<IResult> RunAsync<TBody>(
        HttpContext http, string sourceId, ReviewAction action, PostReader reader, CancellationToken ct, Func<TBody, long, Reviewer, Task<ReviewResult>> change)
        where TBody : class, IRequestBody
    {
        if (Start(http, action, out var problem) is not { } start)
        {
            return problem!;
        }

        var (body, bad) = await JsonBody.ReadAsync<TBody>(http.Request, ct);
        if ((bad ?? body!.Problem()) is { } refused)
        {
            return refused;
        }

        return await RespondAsync(http, sourceId, await change(body!, start.Version, start.Who), reader, ct);
    }
}

/// <summary>A request body that can say what is wrong with it before the service is asked.</summary>
internal interface IRequestBody
{
    IResult? Problem();
}

/// <summary><c>{"note": "..."}</c>; an empty note is the service's to refuse (422).</summary>
public sealed record RequestChangesBody(string? Note) : IRequestBody
{
    IResult? IRequestBody.Problem() => null;
}

/// <summary><c>{"note": "..."}</c>, optional: a note for the lead.</summary>
public sealed record SubmitBody(string? Note) : IRequestBody
{
    IResult? IRequestBody.Problem() => null;
}

/// <summary><c>{"bump": "patch" | "minor" | "major"}</c>.</summary>
public sealed record BumpBody(string? Bump) : IRequestBody
{
    internal VersionBump? Kind => Bump?.Trim().ToLowerInvariant() switch
    {
        "patch" => VersionBump.Patch,
        "minor" => VersionBump.Minor,
        "major" => VersionBump.Major,
        _ => null,
    };

    IResult? IRequestBody.Problem() => Kind is null
        ? ApiProblems.BadRequest($"\"bump\" must be \"patch\", \"minor\" or \"major\"{(Bump is null ? "" : $", not \"{Bump}\"")}.")
        : null;
}

/// <summary><c>{"items": ["...", "..."]}</c>: the whole checklist, in order.</summary>
public sealed record ChecklistBody(IReadOnlyList<string?>? Items) : IRequestBody
{
    IResult? IRequestBody.Problem() => Items is null || Items.Any(i => i is null)
        ? ApiProblems.Invalid("\"items\" must be a list of strings (an empty list clears the checklist).")
        : null;
}
