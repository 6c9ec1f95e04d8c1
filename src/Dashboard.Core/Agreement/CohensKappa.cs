namespace Dashboard.Core.Agreement;

/// <summary>
/// Cohen's kappa for two raters who each put the same items into nominal categories:
/// (p_o - p_e) / (1 - p_e), with p_o the share of items they agree on and p_e the agreement their
/// own category shares would give by chance (Cohen 1960).
/// </summary>
public static class CohensKappa
{
    /// <summary>Kappa of the items both raters rated: each pair is (first rater's category, second rater's).</summary>
    public static AgreementFigure Of<TCategory>(IEnumerable<(TCategory First, TCategory Second)> pairs)
        where TCategory : notnull
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var items = pairs.ToList();
        if (items.Count == 0)
        {
            return AgreementFigure.Empty;
        }

        double n = items.Count;
        var observed = items.Count(p => EqualityComparer<TCategory>.Default.Equals(p.First, p.Second)) / n;
        var first = items.CountBy(p => p.First).ToDictionary(c => c.Key, c => c.Value);
        var second = items.CountBy(p => p.Second).ToDictionary(c => c.Key, c => c.Value);
        var chance = first.Sum(c => c.Value / n * second.GetValueOrDefault(c.Key) / n);
        // Both raters used one and the same category: chance explains everything, kappa is 0/0.
        double? kappa = chance >= 1 ? null : (observed - chance) / (1 - chance);
        return new AgreementFigure(kappa, items.Count, observed);
    }
}
