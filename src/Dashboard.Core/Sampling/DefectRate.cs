namespace Dashboard.Core.Sampling;

/// <summary>A sample's defect rate with its confidence interval, each a share from 0 to 1.</summary>
public sealed record DefectRate(int Defects, int Inspected, double Rate, double Lower, double Upper, double Confidence)
{
    /// <summary>
    /// The Wilson score interval of <paramref name="defects"/> in <paramref name="inspected"/> at
    /// 95 %: closed form, never outside 0 to 1, and honest at 0 defects (where the textbook
    /// rate ± 1.96 standard errors collapses to a width of zero), which is where an accepted lot sits.
    /// </summary>
    public static DefectRate Wilson(int defects, int inspected)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(defects);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(defects, inspected);
        if (inspected == 0)
        {
            return new DefectRate(0, 0, 0, 0, 1, Confidence95);
        }

        double n = inspected;
        var rate = defects / n;
        var z2 = Z95 * Z95;
        var centre = (rate + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z95 / (1 + (z2 / n)) * Math.Sqrt((rate * (1 - rate) / n) + (z2 / (4 * n * n)));
        return new DefectRate(defects, inspected, rate, Math.Max(0, centre - half), Math.Min(1, centre + half), Confidence95);
    }

    private const double Confidence95 = 0.95;
    // The standard normal quantile of 0.975.
    private const double Z95 = 1.959963984540054;

    /// <summary>"1.0 % (95 % CI 0.3 – 3.6 %)".</summary>
    public string Describe() =>
        FormattableString.Invariant($"{Rate * 100:0.0#} % ({Confidence * 100:0} % CI {Lower * 100:0.0#} – {Upper * 100:0.0#} %)");
}
