using Dashboard.Core.Review;
using Dashboard.Core.Sampling;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Lots;
using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// Acceptance sampling through the lot service: plan a lot (an import batch or a queue filter),
/// read its state, plan, sample and defect rate, accept or reject it (lead, admin).
/// </summary>
internal static class LotsApi
{
    private const string LotsNeedNoETag = "A lot, not a post: each decision is checked against the lot's state and saved against its own version, so a second decision is refused (409 or 422), and the posts it approves or rejects are each checked as they are changed.";

    public static void MapLotsApi(this RouteGroupBuilder api)
    {
        var lots = api.MapGroup("/lots").WithTags("Lots");
        lots.MapGet("/", async (LotQuery query, CancellationToken ct) => Results.Ok((await query.ListAsync(ct)).Select(LotListItem.Of)))
            .WithName("ListLots")
            .WithDescription("Newest first; an import batch nobody has planned is listed with state \"not sampled\" and lotId null.")
            .WithSummary("Every lot, newest first, then the import batches nobody has planned (state \"not sampled\", lotId null)")
            .Produces<IReadOnlyList<LotListItem>>();

        lots.MapPost("/", PlanAsync)
            .WithName("PlanLot")
            .TakesNoIfMatch(LotsNeedNoETag)
            .WithSummary("Plan a lot (lead, admin): its members are fixed, the plan computed (ISO 2859-1, normal inspection, level II) and the sample drawn")
            .WithDescription("Body: importBatchId, or filter (the queue's query string, as GET /api/posts reads it), and aql (percent: "
                + "0.010 to 10, as in the standard's table); seed (optional: a fresh one is drawn and recorded) and name (optional). "
                + "Answers 201 with the lot. 422 for a bad AQL, an empty lot or a batch that already has a lot; 404 for an unknown batch.")
            .WithJsonBody<PlanLotBody>()
            .Produces<LotJson>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        lots.MapGet("/{id:long}", async (long id, LotQuery query, CancellationToken ct) =>
                await query.ReadAsync(id, ct) is { } lot ? Results.Ok(LotJson.Of(lot)) : ApiProblems.NotFound($"No lot has the id {id}."))
            .WithName("GetLot")
            .WithDescription("404 for an unknown lot.")
            .WithSummary("A lot: its state, plan, seed, the sample with each post's decision, the defects by reason and the defect rate with its 95 % Wilson interval")
            .Produces<LotJson>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        lots.MapPost("/{id:long}/accept", (long id, HttpContext http, LotService service, LotQuery query, CancellationToken ct) =>
                DecideAsync(http, id, query, who => service.AcceptAsync(id, who, cancellationToken: ct), ct))
            .WithName("AcceptLot")
            .WithDescription("Refused (422) until every sample post is decided, or when the sample has more than Ac defects; 409 when another lead decided the lot meanwhile.")
            .TakesNoIfMatch(LotsNeedNoETag)
            .WithSummary("Accept the lot (lead, admin) once every sample post is decided with at most Ac defects: its other drafted and in-review posts are approved, each history entry naming the lot, plan, sample and result")
            .Produces<LotJson>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        lots.MapPost("/{id:long}/reject", RejectAsync)
            .WithName("RejectLot")
            .WithDescription("Refused (422) until the sample has at least Re defects. Body: mode (\"fullReview\" or \"rejectBack\"), and for rejectBack a reason and an optional note.")
            .TakesNoIfMatch(LotsNeedNoETag)
            .WithSummary("Reject the lot (lead, admin) once the sample has Re defects: mode \"fullReview\" keeps it for full review, \"rejectBack\" rejects its open posts with reason and note")
            .WithJsonBody<RejectLotBody>()
            .Produces<LotJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> PlanAsync(HttpContext http, LotService service, LotQuery query, CancellationToken ct)
    {
        if (ReviewerClaims.ToReviewer(http.User) is not { } who)
        {
            return ApiProblems.Forbidden("This account or token has no reviewer role.");
        }

        var (body, bad) = await JsonBody.ReadAsync<PlanLotBody>(http.Request, ct);
        if ((bad ?? ((IRequestBody)body!).Problem()) is { } refused)
        {
            return refused;
        }

        var filter = body!.Filter is { } text ? QueueUrl.Parse("?" + text.TrimStart('?')) : null;
        var result = await service.PlanAsync(new LotRequest(body.ImportBatchId, filter, body.Aql!.Value, body.Seed, body.Name), who, ct);
        return result.Succeeded
            ? Results.Created($"/api/lots/{result.LotId}", LotJson.Of((await query.ReadAsync(result.LotId, ct))!))
            : Problem(result);
    }

    private static async Task<IResult> RejectAsync(long id, HttpContext http, LotService service, LotQuery query, CancellationToken ct)
    {
        var (body, bad) = await JsonBody.ReadAsync<RejectLotBody>(http.Request, ct);
        if ((bad ?? ((IRequestBody)body!).Problem()) is { } refused)
        {
            return refused;
        }

        return await DecideAsync(http, id, query, who => service.RejectAsync(id, body!.ToRejection(), who, cancellationToken: ct), ct);
    }

    private static async Task<IResult> DecideAsync(HttpContext http, long id, LotQuery query, Func<Reviewer, Task<LotResult>> decide, CancellationToken ct)
    {
        if (ReviewerClaims.ToReviewer(http.User) is not { } who)
        {
            return ApiProblems.Forbidden("This account or token has no reviewer role.");
        }

        var result = await decide(who);
        return result.Succeeded ? Results.Ok(LotJson.Of((await query.ReadAsync(id, ct))!)) : Problem(result);
    }

    private static IResult Problem(LotResult result) => result.Failure switch
    {
        LotFailure.NotFound => ApiProblems.NotFound(result.Message),
        LotFailure.Forbidden => ApiProblems.Forbidden(result.Message),
        LotFailure.Conflict => ApiProblems.Problem(StatusCodes.Status409Conflict, "The lot has changed", result.Message),
        _ => ApiProblems.Invalid(result.Message),
    };
}

/// <summary><c>{"importBatchId": 3, "aql": 1.0}</c> or <c>{"filter": "topic=rust&amp;status=drafted", "aql": 2.5, "seed": 7, "name": "..."}</c>.</summary>
public sealed record PlanLotBody(long? ImportBatchId, string? Filter, decimal? Aql, long? Seed, string? Name) : IRequestBody
{
    IResult? IRequestBody.Problem() =>
        Aql is null ? ApiProblems.Invalid($"\"aql\" is required: one of {string.Join(", ", AcceptableQualityLevels.All.Select(AcceptableQualityLevels.Format))} (percent).")
        : (ImportBatchId is null) == (Filter is null) ? ApiProblems.Invalid("Give \"importBatchId\" or \"filter\", one of the two.")
        : null;
}

/// <summary><c>{"mode": "fullReview"}</c> or <c>{"mode": "rejectBack", "reason": "low quality", "note": "..."}</c>.</summary>
public sealed record RejectLotBody(string? Mode, string? Reason, string? Note) : IRequestBody
{
    private LotRejectionMode? Kind => (Mode ?? "").Trim().ToLowerInvariant() switch
    {
        "fullreview" => LotRejectionMode.FullReview,
        "rejectback" => LotRejectionMode.RejectBack,
        _ => null,
    };

    internal LotRejection ToRejection() => new(Kind!.Value, RejectionReasons.Parse(Reason) ?? RejectionReason.LowQuality, Note);

    IResult? IRequestBody.Problem() =>
        Kind is null ? ApiProblems.BadRequest($"\"mode\" must be \"fullReview\" or \"rejectBack\", not \"{Mode}\".")
        : Kind == LotRejectionMode.RejectBack && RejectionReasons.Parse(Reason) is null ? ApiProblems.Invalid($"\"reason\" must be one of: {RejectionReasons.List}.")
        : null;
}

/// <summary>A lot in the list; lotId null for an import batch nobody has planned.</summary>
public sealed record LotListItem(long? LotId, string Name, long? ImportBatchId, string State, int Posts, string? Plan)
{
    internal static LotListItem Of(LotRow row) => new(row.LotId, row.Name, row.ImportBatchId, LotWorkflow.NameOf(row.State), row.Posts, row.Plan);
}

/// <summary>A lot: state, plan, sample and its decisions, defect rate.</summary>
public sealed record LotJson(
    long Id, string Name, long? ImportBatchId, string? Filter, string State, LotPlanJson Plan, long Seed,
    int Decided, int Defects, string DefectsByReason, LotRateJson DefectRate, string? Verdict,
    string PlannedBy, DateTime PlannedAtUtc, string? DecidedBy, DateTime? DecidedAtUtc, string? Outcome, IReadOnlyList<SamplePostJson> Sample)
{
    internal static LotJson Of(LotView lot) => new(
        lot.Id, lot.Name, lot.ImportBatchId, lot.Filter, lot.StateName,
        new LotPlanJson(lot.Plan.LotSize, lot.Plan.Aql, lot.Plan.LotCode.ToString(), lot.Plan.PlanCode.ToString(), lot.Plan.SampleSize, lot.Plan.Acceptance, lot.Plan.Rejection, lot.Plan.Describe()),
        lot.Seed, lot.Tally.Decided, lot.Tally.Defects, lot.Defects,
        new LotRateJson(lot.DefectRate.Rate, lot.DefectRate.Lower, lot.DefectRate.Upper, lot.DefectRate.Confidence, "wilson"),
        lot.Verdict?.ToString().ToLowerInvariant(), lot.PlannedBy, lot.PlannedAtUtc, lot.DecidedBy, lot.DecidedAtUtc, lot.Outcome,
        [.. lot.Sample.Select(s => new SamplePostJson(s.SourceId, s.Title, s.Status, s.Decided, s.DefectReason))]);
}

/// <summary>The plan: lot size, AQL (percent), code letters, n, Ac, Re.</summary>
public sealed record LotPlanJson(int LotSize, decimal Aql, string LotCode, string PlanCode, int SampleSize, int Acceptance, int Rejection, string Description);

/// <summary>The defect rate of the decided sample posts, with its confidence interval (shares 0 to 1).</summary>
public sealed record LotRateJson(double Rate, double Lower, double Upper, double Confidence, string Method);

/// <summary>A sample post: its status, whether decided, and its defect's reason (null when it passed or is open).</summary>
public sealed record SamplePostJson(string SourceId, string Title, string Status, bool Decided, string? Defect);
