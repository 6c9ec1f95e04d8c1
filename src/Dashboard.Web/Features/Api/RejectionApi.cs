using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Clusters;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Features.Rejections;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// Rejection and near-copy clusters: reject and reopen a post (If-Match, like every change of one
/// post), the clusters by size, resolving one (keep a member, reject the others as its
/// duplicates, through the bulk actions) and a batch's rejection report.
/// </summary>
internal static class RejectionApi
{
    public static void MapRejectionApi(this RouteGroupBuilder api)
    {
        var posts = api.MapGroup("/posts/{sourceId}").WithTags("Review");
        ReviewApi.Change(posts.MapPost("/reject", async (string sourceId, HttpContext http, ReviewService reviews, PostReader reader, CancellationToken ct) =>
                await ReviewApi.RunAsync<RejectBody>(http, sourceId, ReviewAction.Reject, reader, ct, (body, version, who) =>
                    reviews.RejectAsync(sourceId, version, body.Kind!.Value, body.Note, body.DuplicateOf, who, ct))),
            "RejectPost", "Reject a post with a reason and a note (lead, admin): it leaves the queue and never reaches the index feed")
            .WithJsonBody<RejectBody>();

        ReviewApi.Change(posts.MapPost("/reopen", (string sourceId, HttpContext http, ReviewService reviews, PostReader reader, CancellationToken ct) =>
                ReviewApi.RunAsync(http, sourceId, ReviewAction.Reopen, reader, (version, who) => reviews.ReopenAsync(sourceId, version, who, ct), ct)),
            "ReopenPost", "Take a rejection back (lead, admin): the post is drafted again, in the queue");

        var clusters = api.MapGroup("/clusters").WithTags("Clusters");
        clusters.MapGet("/", async (ClusterQuery query, CancellationToken ct, int minSize = 2, int page = 1, int size = 25) =>
                Results.Ok(await query.PageAsync(minSize, page, size, ct)))
            .WithName("ListClusters")
            .WithSummary("Near-copy clusters by size, largest first: {total, items:[{id, size, representative, members:[sourceIds]}]}")
            .WithDescription("minSize (2 or more), page (from 1) and size (rows per page) page through the clusters.")
            .Produces<ClusterList>();

        clusters.MapPost("/{id:long}/resolve", ResolveAsync)
            .WithName("ResolveCluster")
            .WithSummary("Keep one member and reject the others as its duplicates (lead, admin), as one bulk action")
            .WithDescription("Answers 200 with {bulkId, done, refusals:[{reason, count}]}; members that cannot be rejected (already rejected, indexed) are counted in refusals. 404 for an unknown cluster, 422 when keep is not one of its members.")
            .WithJsonBody<ResolveBody>()
            .TakesNoIfMatch("A bulk action over the cluster's members, as the cluster page's; members that cannot be rejected are counted in refusals.")
            .Produces<BulkOutcome>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/imports/{batchId:long}/rejections", ReportAsync)
            .WithTags("Imports")
            .WithName("RejectionReport")
            .WithSummary("The batch's rejected posts: source id, reason, note, duplicate of, who, when; format=json (default) or csv")
            .WithDescription("404 for a batch that does not exist; 400 for a format other than json or csv.")
            .Produces<RejectionReportJson>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ResolveAsync(long id, HttpContext http, ClusterResolver resolver, CancellationToken ct)
    {
        if (ReviewerClaims.ToReviewer(http.User) is not { } who)
        {
            return ApiProblems.Forbidden("This account or token has no reviewer role.");
        }

        if (ReviewPolicy.Permits(who.Role, ReviewAction.Reject) is { Allowed: false } denied)
        {
            return ApiProblems.Forbidden(denied.Reason);
        }

        var (body, bad) = await JsonBody.ReadAsync<ResolveBody>(http.Request, ct);
        if (bad is not null)
        {
            return bad;
        }

        if (string.IsNullOrWhiteSpace(body!.Keep))
        {
            return ApiProblems.Invalid("\"keep\" must name the member to keep (its source id).");
        }

        var planned = await resolver.DryRunAsync(id, body.Keep.Trim(), who, ct);
        if (planned.Plan is not { } plan)
        {
            return planned.Refusal!.StartsWith("No post is in cluster", StringComparison.Ordinal) ? ApiProblems.NotFound(planned.Refusal) : ApiProblems.Invalid(planned.Refusal);
        }

        var outcome = await resolver.ExecuteAsync(plan, who, cancellationToken: ct);
        return Results.Ok(outcome with { Refusals = [.. plan.Refusals, .. outcome.Refusals] });
    }

    private static async Task<IResult> ReportAsync(long batchId, RejectionReport report, CancellationToken ct, string format = "json")
    {
        var csv = format.Equals("csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.BadRequest($"\"format\" must be \"json\" or \"csv\", not \"{format}\".");
        }

        if (await report.ForBatchAsync(batchId, ct) is not { } rows)
        {
            return ApiProblems.NotFound($"No import batch has the id {batchId}.");
        }

        return csv
            ? Results.File(System.Text.Encoding.UTF8.GetBytes(RejectionReport.ToCsv(rows)), "text/csv; charset=utf-8", $"rejections-batch-{batchId}.csv")
            : Results.Ok(new RejectionReportJson(batchId, rows));
    }
}

/// <summary>The rejection report as JSON.</summary>
public sealed record RejectionReportJson(long Batch, IReadOnlyList<RejectionRow> Items);

/// <summary><c>{"reason": "duplicate", "note": "...", "duplicateOf": "..."}</c>: the reason from the fixed list, the rest optional (duplicateOf for a duplicate).</summary>
public sealed record RejectBody(string? Reason, string? Note, string? DuplicateOf) : IRequestBody
{
    internal RejectionReason? Kind => RejectionReasons.Parse(Reason);

    IResult? IRequestBody.Problem() => Kind is null
        ? ApiProblems.BadRequest($"\"reason\" must be one of: {RejectionReasons.List}{(Reason is null ? "" : $"; not \"{Reason}\"")}.")
        : null;
}

/// <summary><c>{"keep": "sourceId"}</c>: the member kept; the others become its rejected duplicates.</summary>
public sealed record ResolveBody(string? Keep);
