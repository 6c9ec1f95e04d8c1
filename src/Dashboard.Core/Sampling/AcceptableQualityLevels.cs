using System.Globalization;

namespace Dashboard.Core.Sampling;

/// <summary>
/// The AQLs of the master table that are a percentage of nonconforming items, 0.010 % to 10 %
/// (the larger columns count nonconformities per hundred items, which a post, approved or not,
/// does not have). The master table's columns are in this order.
/// </summary>
public static class AcceptableQualityLevels
{
    /// <summary>Every AQL offered, in percent, smallest first.</summary>
    public static IReadOnlyList<decimal> All { get; } =
        [0.010m, 0.015m, 0.025m, 0.040m, 0.065m, 0.10m, 0.15m, 0.25m, 0.40m, 0.65m, 1.0m, 1.5m, 2.5m, 4.0m, 6.5m, 10m];

    /// <summary>The column of <paramref name="aql"/> in the master table, or -1 for a value the table does not have.</summary>
    public static int IndexOf(decimal aql)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == aql)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Why <paramref name="aql"/> cannot be used, or null when it is one of <see cref="All"/>.</summary>
    public static string? Problem(decimal aql) => IndexOf(aql) < 0
        ? $"The AQL {aql.ToString(CultureInfo.InvariantCulture)} is not in the standard's table; use one of: {string.Join(", ", All.Select(Format))} (percent)."
        : null;

    /// <summary>"0.65", "1.0", "10": as the standard's table writes it (a decimal keeps the scale it was written with).</summary>
    public static string Format(decimal aql) => (IndexOf(aql) is >= 0 and var i ? All[i] : aql).ToString(CultureInfo.InvariantCulture);
}
