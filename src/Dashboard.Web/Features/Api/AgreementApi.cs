using Dashboard.Core.Agreement;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.DoubleReview;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// Double review for leads and admins: agreement over a period (<c>GET /api/agreement</c>) and the
/// posts whose two reviews disagree (<c>GET /api/double-reviews/disagreements</c>).
/// </summary>
internal static class AgreementApi
{
    public static void MapAgreementApi(this RouteGroupBuilder api)
    {
        api.MapGet("/agreement", AgreementAsync)
            .WithTags("Double review")
            .WithName("GetAgreement")
            .WithSummary("Agreement of double reviews over a period (lead, admin): Krippendorff's alpha over all reviewers, Cohen's kappa per reviewer pair and per decision kind, each with its number of posts")
            .WithDescription("period: 24h, 7d (the default), 30d or all; counts the double reviews whose second review falls in it. "
                + "A figure is null when undefined (no posts, or every review gave the same decision). Decision kinds: approve, request changes, reject: <reason>.")
            .Produces<AgreementAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/double-reviews/disagreements", DisagreementsAsync)
            .WithTags("Double review")
            .WithName("ListDisagreements")
            .WithDescription("Posts whose two independent reviews disagree and wait for a lead's decision (lead, admin). Never shown before the second vote.")
            .WithSummary("Posts whose two independent reviews disagree, waiting for a lead's decision, with both votes (lead, admin)")
            .Produces<IReadOnlyList<Disagreement>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> AgreementAsync(HttpContext http, DoubleReviewQuery query, CancellationToken cancellationToken, string? period = null)
    {
        if (Refused(http) is { } refused)
        {
            return refused;
        }

        if (AgreementPeriod.Parse(period ?? AgreementPeriod.Week.Name) is not { } chosen)
        {
            return ApiProblems.BadRequest($"period \"{period}\" is not one of: {string.Join(", ", AgreementPeriod.All.Select(p => p.Name))}.");
        }

        var report = await query.AgreementAsync(chosen, cancellationToken);
        return Results.Ok(new AgreementAnswer(
            chosen.Name,
            FigureOf(report.Alpha),
            report.Raters,
            [.. report.Pairs.Select(p => new PairFigure(p.RaterA, p.RaterB, FigureOf(p.Kappa)))],
            [.. report.Kinds.Select(k => new KindFigure(k.Verdict, FigureOf(k.Kappa)))]));
    }

    private static async Task<IResult> DisagreementsAsync(HttpContext http, DoubleReviewQuery query, CancellationToken cancellationToken) =>
        Refused(http) ?? Results.Ok(await query.DisagreementsAsync(cancellationToken: cancellationToken));

    private static IResult? Refused(HttpContext http) =>
        ReviewerClaims.ToReviewer(http.User) is { } who && Core.Review.DoubleReview.MaySeeVotes(who.Role)
            ? null
            : ApiProblems.Forbidden("Only a lead or an admin sees the votes of double reviews.");

    private static AgreementValue FigureOf(AgreementFigure figure) => new(figure.Value, figure.Items, figure.ObservedAgreement);
}

/// <summary>A coefficient (null: undefined), the posts behind it, and the share of agreeing reviews.</summary>
public sealed record AgreementValue(double? Value, int Items, double? ObservedAgreement);

/// <summary>Cohen's kappa of two reviewers.</summary>
public sealed record PairFigure(string RaterA, string RaterB, AgreementValue Kappa);

/// <summary>Cohen's kappa of one decision kind, first against second review.</summary>
public sealed record KindFigure(string Verdict, AgreementValue Kappa);

/// <summary><c>GET /api/agreement</c>'s answer.</summary>
public sealed record AgreementAnswer(string Period, AgreementValue Alpha, int Raters, IReadOnlyList<PairFigure> Pairs, IReadOnlyList<KindFigure> Kinds);
