using Dashboard.Core.Agreement;

namespace Dashboard.Core.Tests.Agreement;

public class CohensKappaTests
{
    // The textbook example (as in Wikipedia's "Cohen's kappa"): 50 items, both say yes on 20, both
    // no on 15, the first yes and the second no on 5, the first no and the second yes on 10.
    // p_o = (20 + 15) / 50 = 0.7. The first says yes 25 times (0.5), the second 30 times (0.6):
    // p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5. kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
    [Fact]
    public void The_textbook_table_gives_four_tenths()
    {
        var pairs = Repeat(("yes", "yes"), 20).Concat(Repeat(("yes", "no"), 5)).Concat(Repeat(("no", "yes"), 10)).Concat(Repeat(("no", "no"), 15));

        var figure = CohensKappa.Of(pairs);

        Assert.Equal(0.4, figure.Value!.Value, 10);
        Assert.Equal(50, figure.Items);
        Assert.Equal(0.7, figure.ObservedAgreement!.Value, 10);
    }

    // Krippendorff's (2011) binary example, two observers, ten units:
    // A 0 1 0 0 0 0 0 0 1 0 / B 1 1 1 0 0 1 0 0 0 0. They agree on units 2, 4, 5, 7, 8, 10: p_o = 0.6.
    // A says 0 eight times (0.8), B six times (0.6): p_e = 0.8 * 0.6 + 0.2 * 0.4 = 0.56.
    // kappa = (0.6 - 0.56) / 0.44 = 1 / 11 = 0.0909...
    [Fact]
    public void Krippendorffs_binary_example_gives_one_eleventh()
    {
        var figure = CohensKappa.Of(KrippendorffsAlphaTests.BinaryExample.Select(u => (u[0], u[1])));

        Assert.Equal(1.0 / 11, figure.Value!.Value, 10);
        Assert.Equal(10, figure.Items);
    }

    // Two categories used, every item agreed: p_o = 1, p_e < 1, kappa = 1.
    [Fact]
    public void Perfect_agreement_over_two_categories_is_one() =>
        Assert.Equal(1.0, CohensKappa.Of([("approve", "approve"), ("reject", "reject"), ("approve", "approve")]).Value);

    // Every rating the same category: p_o = p_e = 1, kappa = 0/0, reported as undefined with its n.
    [Fact]
    public void One_category_only_is_undefined_but_counts_its_items()
    {
        var figure = CohensKappa.Of([("approve", "approve"), ("approve", "approve")]);

        Assert.Null(figure.Value);
        Assert.Equal(2, figure.Items);
        Assert.Equal(1.0, figure.ObservedAgreement);
    }

    // Each says a different single category on every item: p_o = 0, p_e = 0, kappa = 0.
    [Fact]
    public void Each_rater_keeping_to_their_own_category_is_chance()
    {
        Assert.Equal(0.0, CohensKappa.Of([("approve", "reject"), ("approve", "reject")]).Value);
    }

    // Systematic disagreement over two balanced categories: p_o = 0, p_e = 0.5, kappa = -1.
    [Fact]
    public void Always_disagreeing_over_two_balanced_categories_is_minus_one() =>
        Assert.Equal(-1.0, CohensKappa.Of([("approve", "reject"), ("reject", "approve")]).Value);

    [Fact]
    public void No_items_is_empty() =>
        Assert.Equal(AgreementFigure.Empty, CohensKappa.Of(Array.Empty<(string, string)>()));

    private static IEnumerable<(string, string)> Repeat((string, string) pair, int count) => Enumerable.Repeat(pair, count);
}
