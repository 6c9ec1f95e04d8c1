using Dashboard.Core.Agreement;

namespace Dashboard.Core.Tests.Agreement;

public class KrippendorffsAlphaTests
{
    internal static readonly string[][] BinaryExample =
    [
        ["0", "1"], ["1", "1"], ["0", "1"], ["0", "0"], ["0", "0"], ["0", "1"], ["0", "0"], ["0", "0"], ["1", "0"], ["0", "0"],
    ];

    // Krippendorff (2011), two observers, ten units (values above). Each unit adds both orderings of
    // its pair with weight 1/(m-1) = 1: o_00 = 2 * 5 = 10 (units 4, 5, 7, 8, 10), o_11 = 2 (unit 2),
    // o_01 = o_10 = 4 (units 1, 3, 6, 9). n_0 = 14, n_1 = 6, n = 20.
    // alpha = 1 - (n - 1) o_01 / (n_0 n_1) = 1 - 19 * 4 / 84 = 0.0952 (the paper's 0.095).
    [Fact]
    public void The_binary_two_observer_example_gives_the_papers_figure()
    {
        var figure = KrippendorffsAlpha.Nominal(BinaryExample);

        Assert.Equal(1 - (19.0 * 4 / 84), figure.Value!.Value, 10);
        Assert.Equal(10, figure.Items);
    }

    // Krippendorff (2011), four observers A-D, twelve units, values missing ('.'):
    //   A: 1 2 3 3 2 1 4 1 2 . . .
    //   B: 1 2 3 3 2 2 4 1 2 5 . 3
    //   C: . 3 3 3 2 3 4 2 2 5 1 .
    //   D: 1 2 3 3 2 4 4 1 2 5 1 .
    // Unit 12 has one value and cannot be paired; the other 11 hold n = 40 pairable values.
    // Diagonal of the coincidence matrix, per unit sum of n_uc (n_uc - 1) / (m_u - 1):
    //   u1 3*2/2 = 3, u2 3*2/3 = 2, u3-u5 4 each, u6 0, u7 4, u8 3*2/3 = 2, u9 4, u10 3*2/2 = 3,
    //   u11 2*1/1 = 2: 32 agreeing, so 8 disagreeing coincidences.
    // Margins n_1..n_5 = 9, 13, 10, 5, 3; sum of squares 384; n^2 - 384 = 1216 disagreeing pairs.
    // alpha = 1 - (n - 1) * 8 / 1216 = 1 - 312 / 1216 = 0.743 (the paper's nominal figure).
    [Fact]
    public void Four_observers_with_missing_values_give_the_papers_figure()
    {
        string?[][] byObserver =
        [
            ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null],
            ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"],
            [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null],
            ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null],
        ];
        var units = Enumerable.Range(0, 12)
            .Select(u => (IReadOnlyCollection<string>)[.. byObserver.Select(o => o[u]).OfType<string>()]);

        var figure = KrippendorffsAlpha.Nominal(units);

        Assert.Equal(1 - (312.0 / 1216), figure.Value!.Value, 10);
        Assert.Equal(0.743, figure.Value!.Value, 3);
        Assert.Equal(11, figure.Items);
        Assert.Equal(32.0 / 40, figure.ObservedAgreement!.Value, 10);
    }

    // Perfect agreement over more than one category: no disagreeing coincidence, alpha = 1.
    [Fact]
    public void Perfect_agreement_is_one() =>
        Assert.Equal(1.0, KrippendorffsAlpha.Nominal<string>([["a", "a", "a"], ["b", "b"], ["a", "a"]]).Value);

    // Every value one category: D_o = D_e = 0, alpha = 0/0, undefined, with its items counted.
    [Fact]
    public void One_category_only_is_undefined_but_counts_its_items()
    {
        var figure = KrippendorffsAlpha.Nominal<string>([["a", "a"], ["a", "a", "a"]]);

        Assert.Null(figure.Value);
        Assert.Equal(2, figure.Items);
    }

    // Only single ratings: nothing can be paired, so there is no figure and no item behind it.
    [Fact]
    public void Items_rated_once_cannot_be_paired() =>
        Assert.Equal(AgreementFigure.Empty, KrippendorffsAlpha.Nominal<string>([["a"], ["b"], []]));

    // The 50-item textbook table (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no) as alpha reads it:
    // n = 100 values, n_yes = 25 + 30 = 55, n_no = 45, 15 disagreeing units give 30 disagreeing
    // coincidences: alpha = 1 - (n - 1) * 30 / (2 * 55 * 45) = 1 - 2970 / 4950 = 0.4. Without the
    // small-sample correction (Scott's pi, expected agreement 0.55^2 + 0.45^2 = 0.505) it would be
    // 1 - 0.3 / 0.495 = 0.394, so this tells the two apart.
    [Fact]
    public void The_textbook_table_includes_the_small_sample_correction()
    {
        IEnumerable<IReadOnlyCollection<string>> units =
        [
            .. Enumerable.Repeat<IReadOnlyCollection<string>>(["yes", "yes"], 20),
            .. Enumerable.Repeat<IReadOnlyCollection<string>>(["yes", "no"], 5),
            .. Enumerable.Repeat<IReadOnlyCollection<string>>(["no", "yes"], 10),
            .. Enumerable.Repeat<IReadOnlyCollection<string>>(["no", "no"], 15),
        ];

        Assert.Equal(0.4, KrippendorffsAlpha.Nominal(units).Value!.Value, 10);
    }
}
