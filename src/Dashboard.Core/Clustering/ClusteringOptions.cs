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
    /// The least estimated 5-gram Jaccard, 0 to 1, of two near-copies. 0.65, measured on the
    /// generator: its near-copies (2 % of the words replaced, now and then a short sentence dropped)
    /// share 0.59-0.95 of their 5-grams with their original, median 0.83; unrelated posts built
    /// from the same templates share a median 0.23 and a 99.9th percentile 0.56, but a few templated
    /// siblings (same stack and stock paragraphs, only the problem or the checklist differing) reach
    /// 0.79, so no threshold separates the two completely. Higher trades recall for precision.
    /// </summary>
    public double Threshold { get; init; } = 0.65;

    /// <summary>LSH bands. With <see cref="Rows"/> 5, 25 bands find 95 % of the pairs at 0.65 and 99 % at 0.7, and 6 % at 0.3.</summary>
    public int Bands { get; init; } = 25;

    /// <summary>Signature values per band; <see cref="Bands"/> × <see cref="Rows"/> is at most <see cref="MinHashSignature.Length"/>.</summary>
    public int Rows { get; init; } = 5;

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
