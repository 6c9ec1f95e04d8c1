namespace Dashboard.Core.Clustering;

/// <summary>
/// When two articles are near-copies. Candidates come from LSH banding (<see cref="Bands"/> bands of
/// <see cref="Rows"/> signature values: a pair whose 5-gram Jaccard is J shares a band with probability
/// 1 - (1 - J^Rows)^Bands), and a candidate joins a cluster only when its estimated Jaccard reaches
/// <see cref="Threshold"/>. The defaults are tuned on the generator's output; see <see cref="Threshold"/>.
/// </summary>
public sealed record ClusteringOptions
{
    /// <summary>
    /// The least estimated 5-gram Jaccard, 0 to 1, of two near-copies. 0.75, measured on the
    /// generator: a near-copy as the issue defines it (about 95 % of the words the same, in the same
    /// order: 2 % replaced, now and then a short sentence dropped) shares at least 0.77 of its
    /// 5-grams with its original, median 0.85; unrelated posts built from the same templates share a
    /// median 0.23 and a 99.9th percentile 0.54, a few templated siblings (same title, stack and
    /// stock paragraphs, another problem or checklist: about 91 % of the words the same) up to 0.73.
    /// Scattered changes cost more 5-grams than the siblings' changes in one place, so the two
    /// overlap in words but not in 5-grams. Lower finds more siblings; higher loses variants.
    /// </summary>
    public double Threshold { get; init; } = 0.75;

    /// <summary>
    /// LSH bands. With <see cref="Rows"/> 6, 21 bands find 99 % of the pairs at 0.77, 28 % at 0.5 and
    /// 0.5 % at 0.25. Every generated post shares its template's stock sentences, so a band whose six
    /// minima all fall on them puts thousands of unrelated posts in one bucket, each verified against
    /// the others; six rows rather than five make such buckets about three times rarer at the same
    /// precision and recall on the generator's families.
    /// </summary>
    public int Bands { get; init; } = 21;

    /// <summary>Signature values per band; <see cref="Bands"/> × <see cref="Rows"/> is at most <see cref="MinHashSignature.Length"/>.</summary>
    public int Rows { get; init; } = 6;

    /// <summary>Throws when a value is out of range, naming it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (Threshold is <= 0 or > 1 || double.IsNaN(Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "must be above 0 and at most 1");
        }

        if (Bands < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Bands), Bands, "must be at least 1");
        }

        if (Rows < 1 || (long)Bands * Rows > MinHashSignature.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(Rows), Rows, $"must be at least 1, with Bands × Rows at most {MinHashSignature.Length}");
        }
    }

    /// <summary>The probability, 0 to 1, that a pair of Jaccard <paramref name="jaccard"/> shares at least one band.</summary>
    public double CandidateProbability(double jaccard) => 1 - Math.Pow(1 - Math.Pow(jaccard, Rows), Bands);
}
