namespace Dashboard.Core.Sampling;

/// <summary>
/// Single sampling plans for normal inspection, general inspection level II, as ISO 2859-1 Table
/// II-A (the same as ANSI/ASQ Z1.4 and MIL-STD-105E) gives them. The master table is diagonal:
/// a cell depends only on its code letter's row plus its AQL's column, so it is kept here as that
/// one diagonal (<see cref="Diagonal"/>) instead of 16 × 16 cells, with the arrows as entries.
/// </summary>
public static class SamplingPlans
{
    // Entries of the diagonal: an Ac/Re pair, or an arrow to the first plan above or below.
    private const int Up = -1;
    private const int Down = -2;

    // Row + column 0 to 13: ↓. 14: 0/1, 15: ↑, 16: ↓, then 1/2, 2/3, 3/4, 5/6, 7/8, 10/11, 14/15,
    // 21/22; past that, for these AQLs (at most 10 %), ↑.
    private const int FirstZeroAcceptance = 14;
    private static readonly int[] Diagonal = [0, Up, Down, 1, 2, 3, 5, 7, 10, 14, 21];

    /// <summary>The plan for a lot of <paramref name="lotSize"/> items (at least 1) at <paramref name="aql"/> percent.</summary>
    /// <exception cref="ArgumentException">An AQL the table does not have (see <see cref="AcceptableQualityLevels.Problem"/>).</exception>
    public static SamplingPlan For(int lotSize, decimal aql)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lotSize, 1);
        var column = AcceptableQualityLevels.IndexOf(aql);
        if (column < 0)
        {
            throw new ArgumentException(AcceptableQualityLevels.Problem(aql), nameof(aql));
        }

        // Table I starts at lots of 2; a lot of one item is inspected whole, as row A's would be.
        var lotRow = SampleSizeCodes.IndexForLot(Math.Max(lotSize, 2));
        var (row, acceptance) = Follow(lotRow, column);
        var sampleSize = Math.Min(SampleSizeCodes.All[row].SampleSize, lotSize);
        return new SamplingPlan(lotSize, aql, SampleSizeCodes.All[lotRow].Letter, SampleSizeCodes.All[row].Letter, sampleSize, acceptance, acceptance + 1);
    }

    /// <summary>The master table's cell: an acceptance number, or an arrow (<c>-1</c> up, <c>-2</c> down).</summary>
    public static int Cell(int row, int column)
    {
        var step = row + column - FirstZeroAcceptance;
        return step < 0 ? Down : step < Diagonal.Length ? Diagonal[step] : Up;
    }

    // Follows the arrows from the lot's cell to the first plan: the standard says to use that
    // plan's sample size too. Row A at 10 % points up past the table's top; there the first plan
    // below is used (1/2 at code C), the only way out of that cell.
    private static (int Row, int Acceptance) Follow(int row, int column)
    {
        var cell = Cell(row, column);
        var step = cell == Up && row > 0 ? -1 : 1;
        while (cell < 0)
        {
            row += step;
            cell = Cell(row, column);
        }

        return (row, cell);
    }
}
