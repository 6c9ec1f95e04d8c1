namespace Dashboard.Core.Agreement;

/// <summary>One post's two independent reviews: who gave each, and what each decided.</summary>
public sealed record PairedReview(string FirstReviewer, string FirstVerdict, string SecondReviewer, string SecondVerdict);

/// <summary>Cohen's kappa of two reviewers over the posts both reviewed (<see cref="RaterA"/> sorts first).</summary>
public sealed record PairAgreement(string RaterA, string RaterB, AgreementFigure Kappa);

/// <summary>Cohen's kappa of one decision kind (the kind, or any other decision) between first and second reviews.</summary>
public sealed record KindAgreement(string Verdict, AgreementFigure Kappa);

/// <summary>
/// Agreement of double reviews: Krippendorff's alpha over every post and reviewer (any number of
/// raters, each post rated by two of them), Cohen's kappa per reviewer pair, and per decision kind.
/// </summary>
/// <param name="Alpha">Nominal alpha over all posts; its items are the double reviewed posts.</param>
/// <param name="Raters">How many reviewers the posts' reviews came from.</param>
/// <param name="Pairs">Per pair of reviewers who reviewed the same posts, by name.</param>
/// <param name="Kinds">Per decision kind seen, by name.</param>
public sealed record AgreementReport(AgreementFigure Alpha, int Raters, IReadOnlyList<PairAgreement> Pairs, IReadOnlyList<KindAgreement> Kinds)
{
    /// <summary>The report of <paramref name="reviews"/>.</summary>
    public static AgreementReport Of(IEnumerable<PairedReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var all = reviews.ToList();
        var alpha = KrippendorffsAlpha.Nominal(all.Select(r => (IReadOnlyCollection<string>)[r.FirstVerdict, r.SecondVerdict]));
        var raters = all.SelectMany(r => new[] { r.FirstReviewer, r.SecondReviewer }).Distinct(StringComparer.OrdinalIgnoreCase).Count();

        // A pair is the same whichever of them reviewed first: the earlier name is rater A.
        var pairs = all
            .Select(r => string.CompareOrdinal(r.FirstReviewer, r.SecondReviewer) <= 0
                ? (A: r.FirstReviewer, B: r.SecondReviewer, VerdictA: r.FirstVerdict, VerdictB: r.SecondVerdict)
                : (A: r.SecondReviewer, B: r.FirstReviewer, VerdictA: r.SecondVerdict, VerdictB: r.FirstVerdict))
            .GroupBy(r => (r.A, r.B))
            .OrderBy(g => g.Key.A, StringComparer.Ordinal).ThenBy(g => g.Key.B, StringComparer.Ordinal)
            .Select(g => new PairAgreement(g.Key.A, g.Key.B, CohensKappa.Of(g.Select(r => (r.VerdictA, r.VerdictB)))))
            .ToList();

        var kinds = all.SelectMany(r => new[] { r.FirstVerdict, r.SecondVerdict }).Distinct().Order(StringComparer.Ordinal)
            .Select(kind => new KindAgreement(kind, CohensKappa.Of(all.Select(r => (r.FirstVerdict == kind, r.SecondVerdict == kind)))))
            .ToList();

        return new AgreementReport(alpha, raters, pairs, kinds);
    }
}
