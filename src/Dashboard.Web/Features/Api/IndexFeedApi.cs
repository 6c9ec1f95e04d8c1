using System.Globalization;
using System.Text.Json.Serialization;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// The search indexer's side: <c>GET /api/index/feed</c> (approved posts, NDJSON) and
/// <c>POST /api/index/ack</c> (the posts it took become indexed and leave the feed).
/// </summary>
internal static class IndexFeedApi
{
    public const int DefaultLimit = 1000;
    public const int MaxLimit = 10_000;

    public static void MapIndexFeedApi(this RouteGroupBuilder api)
    {
        var index = api.MapGroup("/index").WithTags("Index feed");

        index.MapGet("/feed", Feed)
            .WithName("GetIndexFeed")
            .WithSummary("Approved posts not yet indexed, as NDJSON, in source id order")
            .WithDescription(
                "One JSON object a line: {sourceId, title, version, lastReviewed, document}, document being the post's canonical text. "
                + $"Page with after=<the last source id read> and limit (1-{MaxLimit}, default {DefaultLimit}). Only approved posts ever appear.")
            .Produces<IndexFeedItem>(StatusCodes.Status200OK, IndexFeed.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        index.MapPost("/ack", AckAsync)
            .WithName("AcknowledgeIndexed")
            .WithSummary("Mark posts the indexer took as indexed (lead, admin)")
            .WithDescription("Posts that are not approved (or do not exist) are refused by id with the reason; the others become indexed.")
            .WithJsonBody<IndexAckBody>()
            .Produces<IndexAckResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult Feed(string? after, string? limit, IDbContextFactory<DashboardDbContext> contexts)
    {
        var take = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxLimit))
        {
            return ApiProblems.BadRequest($"\"limit\" must be a whole number from 1 to {MaxLimit}.");
        }

        return new IndexFeed(contexts, string.IsNullOrEmpty(after) ? null : after, take);
    }

    // One of the two forms, every entry complete; null when the body is neither.
    private static List<IndexAckRequest>? Requests(IndexAckBody body) => (body.SourceIds, body.Posts) switch
    {
        ({ } ids, null) when !ids.Any(string.IsNullOrWhiteSpace) => [.. ids.Select(id => new IndexAckRequest(id!, null))],
        (null, { } posts) when posts.All(p => !string.IsNullOrWhiteSpace(p?.SourceId) && !string.IsNullOrWhiteSpace(p.ETag)) =>
            [.. posts.Select(p => new IndexAckRequest(p!.SourceId!, PostETag.Parse(p.ETag!)))],
        _ => null,
    };

    private static async Task<IResult> AckAsync(HttpContext http, ReviewService reviews, CancellationToken ct)
    {
        if (ReviewerClaims.ToReviewer(http.User) is not { } who)
        {
            return ApiProblems.Forbidden("This account or token has no reviewer role.");
        }

        if (ReviewPolicy.Permits(who.Role, ReviewAction.MarkIndexed) is { Allowed: false } denied)
        {
            return ApiProblems.Forbidden(denied.Reason);
        }

        var (body, bad) = await JsonBody.ReadAsync<IndexAckBody>(http.Request, ct);
        if (bad is not null)
        {
            return bad;
        }

        if (Requests(body!) is not { } requests)
        {
            return ApiProblems.Invalid("Send \"posts\": [{\"sourceId\": \"...\", \"etag\": \"...\"}] with each post's etag from the feed, or \"sourceIds\": [\"...\"].");
        }

        if (requests.Count > MaxLimit)
        {
            return ApiProblems.Invalid($"Acknowledge at most {MaxLimit} posts at a time.");
        }

        var ack = await reviews.MarkIndexedAsync(requests, who, ct);
        return ack.Forbidden
            ? ApiProblems.Forbidden(ack.Refused.FirstOrDefault()?.Reason)
            : Results.Ok(new IndexAckResponse(ack.Indexed, ack.Refused));
    }
}

/// <summary>
/// The posts the indexer took: <c>{"posts": [{"sourceId": "...", "etag": "\"42\""}]}</c> with the
/// feed's etag of each (a post changed since is refused, and stays in the feed), or
/// <c>{"sourceIds": ["..."]}</c> for whatever state each post is in now.
/// </summary>
public sealed record IndexAckBody(IReadOnlyList<string?>? SourceIds, IReadOnlyList<IndexAckPost?>? Posts);

/// <summary>One post of an acknowledgement, with the etag its feed line gave.</summary>
public sealed record IndexAckPost(string? SourceId, [property: JsonPropertyName("etag")] string? ETag);

/// <summary>What the acknowledgement did: the posts now indexed, and those refused with the reason.</summary>
public sealed record IndexAckResponse(IReadOnlyList<string> Indexed, IReadOnlyList<IndexRefusal> Refused);
