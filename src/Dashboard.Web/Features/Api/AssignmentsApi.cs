using Dashboard.Core.Assignment;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Assignment;
using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// <c>POST /api/assignments</c>: a lead shares posts out among reviewers, as the queue's Assign
/// dialog does and through the same service: the listed source ids, or every post matching the
/// queue's filter parameters (the query string, as <c>GET /api/posts</c> reads it).
/// </summary>
internal static class AssignmentsApi
{
    public static void MapAssignmentsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/assignments", AssignAsync)
            .WithTags("Assignments")
            .WithName("AssignPosts")
            .WithSummary("Assign posts to reviewers, evenly or by stack or topic, with a cap per reviewer (lead, admin)")
            .WithDescription("The body's sourceIds, or without them every post matching the queue's filter parameters (the first 5,000). "
                + "dryRun: true answers what would be assigned and changes nothing. The answer's bulkId is recorded with each post's history entry.")
            .WithQueueParameters()
            .WithJsonBody<AssignmentsBody>()
            .TakesNoIfMatch("A bulk action over many posts chosen by id or by the queue's filter, as the queue's Assign dialog; no one ETag names their state.")
            .Produces<AssignmentsAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> AssignAsync(HttpContext http, AssignmentService assignments, CancellationToken cancellationToken)
    {
        if (ReviewerClaims.ToReviewer(http.User) is not { } who)
        {
            return ApiProblems.Forbidden("This account or token has no reviewer role.");
        }

        if (ReviewPolicy.Permits(who.Role, ReviewAction.Assign) is { Allowed: false } denied)
        {
            return ApiProblems.Forbidden(denied.Reason);
        }

        var (body, bad) = await JsonBody.ReadAsync<AssignmentsBody>(http.Request, cancellationToken);
        if ((bad ?? ((IRequestBody)body!).Problem()) is { } refused)
        {
            return refused;
        }

        var filter = QueueUrl.Parse(http.Request.QueryString.Value ?? string.Empty) with { Me = who.Name };
        var request = new AssignRequest(body!.SourceIds, body.SourceIds is null ? filter : null, body.Reviewers!, body.Cap!.Value, body.Kind!.Value);
        var preview = await assignments.DryRunAsync(request, who, cancellationToken);
        if (preview.Problem is { } problem)
        {
            return preview.Forbidden ? ApiProblems.Forbidden(problem) : ApiProblems.Invalid(problem);
        }

        var shares = preview.PerReviewer.Select(r => new ReviewerShare(r.Reviewer, r.Count)).ToList();
        if (body.DryRun)
        {
            return Results.Ok(new AssignmentsAnswer(true, preview.Plan.Assignments.Count, preview.Plan.Left, null, shares, preview.UnknownPosts, []));
        }

        var outcome = await assignments.ExecuteAsync(preview, who, cancellationToken: cancellationToken);
        return Results.Ok(new AssignmentsAnswer(
            false, outcome.Done, preview.Plan.Left, outcome.BulkId, shares, preview.UnknownPosts, [.. outcome.Refusals.Select(r => new AssignRefusal(r.Reason, r.Count))]));
    }
}

/// <summary><c>{"sourceIds": [...], "reviewers": ["..."], "cap": 40, "mode": "evenly" | "byStack" | "byTopic", "dryRun": false}</c>; sourceIds optional.</summary>
public sealed record AssignmentsBody(IReadOnlyList<string>? SourceIds, IReadOnlyList<string>? Reviewers, int? Cap, string? Mode, bool DryRun) : IRequestBody
{
    internal AssignMode? Kind => (Mode ?? "evenly").Trim().ToLowerInvariant() switch
    {
        "evenly" => AssignMode.Evenly,
        "bystack" => AssignMode.ByStack,
        "bytopic" => AssignMode.ByTopic,
        _ => null,
    };

    IResult? IRequestBody.Problem() =>
        Reviewers is null || Reviewers.Count == 0 || Reviewers.Any(string.IsNullOrWhiteSpace) ? ApiProblems.Invalid("\"reviewers\" must list at least one account's user name.")
        : Cap is null ? ApiProblems.Invalid("\"cap\" (posts per reviewer at most) is required.")
        : Kind is null ? ApiProblems.BadRequest($"\"mode\" must be \"evenly\", \"byStack\" or \"byTopic\", not \"{Mode}\".")
        : SourceIds is { } ids && ids.Any(string.IsNullOrWhiteSpace) ? ApiProblems.Invalid("\"sourceIds\" must be source ids, none empty.")
        : null;
}

/// <summary>What was (or, in a dry run, would be) assigned: how many, to whom, what was left, and what was refused.</summary>
public sealed record AssignmentsAnswer(
    bool DryRun, int Assigned, int Left, Guid? BulkId, IReadOnlyList<ReviewerShare> Reviewers, IReadOnlyList<string> UnknownSourceIds, IReadOnlyList<AssignRefusal> Refused);

/// <summary>One reviewer's share.</summary>
public sealed record ReviewerShare(string Name, int Count);

/// <summary>Posts that could not be assigned, and why.</summary>
public sealed record AssignRefusal(string Reason, int Count);
