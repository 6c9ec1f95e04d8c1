namespace Dashboard.Core.Agreement;

/// <summary>
/// Krippendorff's alpha for nominal categories, any number of raters, ratings missing where a
/// rater did not rate an item: 1 - D_o / D_e, from the coincidence matrix of the values within
/// each item (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011).
/// </summary>
public static class KrippendorffsAlpha
{
    /// <summary>
    /// Alpha of <paramref name="items"/>: per item, the categories its raters gave (missing ratings
    /// left out). An item with fewer than two ratings cannot be paired and is not counted.
    /// </summary>
    public static AgreementFigure Nominal<TCategory>(IEnumerable<IReadOnlyCollection<TCategory>> items)
        where TCategory : notnull
    {
        ArgumentNullException.ThrowIfNull(items);
        var pairable = items.Where(values => values.Count >= 2).ToList();
        if (pairable.Count == 0)
        {
            return AgreementFigure.Empty;
        }

        // The coincidence matrix's diagonal and margins are all nominal alpha needs: o_cc sums, per
        // item with m values, n_uc (n_uc - 1) / (m - 1); n_c is the count of c among pairable values.
        double agreeing = 0;
        var margins = new Dictionary<TCategory, double>();
        foreach (var values in pairable)
        {
            foreach (var (category, count) in values.CountBy(v => v))
            {
                agreeing += count * (count - 1.0) / (values.Count - 1);
                margins[category] = margins.GetValueOrDefault(category) + count;
            }
        }

        var n = margins.Values.Sum();
        // D_o and D_e with the common factor 1/n taken out: disagreeing coincidences over n, and
        // the disagreeing pairs the margins would give over n (n - 1).
        var observedDisagreement = (n - agreeing) / n;
        var expectedDisagreement = (n * n - margins.Values.Sum(m => m * m)) / (n * (n - 1));
        // One category only: no disagreement is even possible, alpha is 0/0.
        double? alpha = expectedDisagreement <= 0 ? null : 1 - (observedDisagreement / expectedDisagreement);
        return new AgreementFigure(alpha, pairable.Count, agreeing / n);
    }
}
