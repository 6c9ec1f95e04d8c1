namespace Dashboard.Core.Sampling;

/// <summary>A sample size code letter and its sample size (ISO 2859-1 / ANSI Z1.4).</summary>
/// <param name="Letter">The code letter, A to R (I and O are not used).</param>
/// <param name="SampleSize">How many items its single sampling plans inspect.</param>
public sealed record SampleSizeCode(char Letter, int SampleSize);

/// <summary>
/// Table I of ISO 2859-1 (the same as ANSI/ASQ Z1.4), general inspection level II: the lot size
/// gives a code letter, the letter gives the sample size. Rows are in order: the master table's
/// arrows move from one to its neighbour.
/// </summary>
public static class SampleSizeCodes
{
    /// <summary>The code letters in order, A (2 items) to R (2000).</summary>
    public static IReadOnlyList<SampleSizeCode> All { get; } =
    [
        new('A', 2), new('B', 3), new('C', 5), new('D', 8), new('E', 13), new('F', 20), new('G', 32), new('H', 50),
        new('J', 80), new('K', 125), new('L', 200), new('M', 315), new('N', 500), new('P', 800), new('Q', 1250), new('R', 2000),
    ];

    // Largest lot size of each level II row: 2-8 A, 9-15 B, ... 150,001-500,000 P; above, Q. R is reached only by an arrow.
    private static readonly int[] LevelTwoUpperLotSizes = [8, 15, 25, 50, 90, 150, 280, 500, 1200, 3200, 10000, 35000, 150000, 500000];

    /// <summary>The position in <see cref="All"/> of the level II code letter of a lot of <paramref name="lotSize"/> items (at least 1).</summary>
    public static int IndexForLot(int lotSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lotSize, 1);
        var index = Array.FindIndex(LevelTwoUpperLotSizes, upper => lotSize <= upper);
        return index < 0 ? LevelTwoUpperLotSizes.Length : index;
    }

    /// <summary>The level II code letter of a lot of <paramref name="lotSize"/> items.</summary>
    public static SampleSizeCode ForLot(int lotSize) => All[IndexForLot(lotSize)];
}
