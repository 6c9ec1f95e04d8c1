using Dashboard.Core.Agreement;

namespace Dashboard.Core.Tests.Agreement;

public class AgreementReportTests
{
    // Three leads; ann and bob reviewed four posts together, bob and cy two.
    // ann/bob: (approve, approve), (approve, approve), (reject, reject), (approve, reject):
    //   p_o = 3/4; ann approves 3/4, bob 2/4: p_e = 3/4 * 2/4 + 1/4 * 2/4 = 1/2; kappa = (3/4 - 1/2) / (1/2) = 0.5.
    // bob/cy, with cy first on one post: (approve, approve), (reject, reject) once cy's vote is put
    //   second: p_o = 1, p_e = 1/2, kappa = 1.
    // Kind "approve" (first says approve?, second says approve?): the six posts give (T,T) x3, (T,F) x1,
    //   (F,F) x2: p_o = 5/6; first T 4/6, second T 3/6: p_e = 4/6 * 3/6 + 2/6 * 3/6 = 1/2; kappa = (5/6 - 1/2) / (1/2) = 2/3.
    private static readonly PairedReview[] Reviews =
    [
        new("ann", "approve", "bob", "approve"),
        new("bob", "approve", "ann", "approve"),
        new("ann", "reject: duplicate", "bob", "reject: duplicate"),
        new("ann", "approve", "bob", "reject: duplicate"),
        new("cy", "approve", "bob", "approve"),
        new("bob", "reject: duplicate", "cy", "reject: duplicate"),
    ];

    [Fact]
    public void Pairs_are_counted_whichever_reviewer_went_first()
    {
        var report = AgreementReport.Of(Reviews);

        Assert.Equal(3, report.Raters);
        Assert.Collection(
            report.Pairs,
            ab =>
            {
                Assert.Equal(("ann", "bob"), (ab.RaterA, ab.RaterB));
                Assert.Equal(0.5, ab.Kappa.Value!.Value, 10);
                Assert.Equal(4, ab.Kappa.Items);
            },
            bc =>
            {
                Assert.Equal(("bob", "cy"), (bc.RaterA, bc.RaterB));
                Assert.Equal(1.0, bc.Kappa.Value);
                Assert.Equal(2, bc.Kappa.Items);
            });
    }

    [Fact]
    public void Each_decision_kind_is_its_own_yes_or_no()
    {
        var approve = AgreementReport.Of(Reviews).Kinds.Single(k => k.Verdict == "approve");

        Assert.Equal(2.0 / 3, approve.Kappa.Value!.Value, 10);
        Assert.Equal(6, approve.Kappa.Items);
    }

    // All six posts as alpha items of two values each: n = 12; 5 agreeing posts give 10 agreeing
    // coincidences; n_approve = 7, n_reject = 5: alpha = 1 - 11 * 2 / (2 * 7 * 5) = 1 - 22 / 70.
    [Fact]
    public void Alpha_takes_every_post_and_reviewer_together()
    {
        var alpha = AgreementReport.Of(Reviews).Alpha;

        Assert.Equal(1 - (22.0 / 70), alpha.Value!.Value, 10);
        Assert.Equal(6, alpha.Items);
    }

    [Fact]
    public void No_double_reviews_give_empty_figures()
    {
        var report = AgreementReport.Of([]);

        Assert.Equal(AgreementFigure.Empty, report.Alpha);
        Assert.Empty(report.Pairs);
        Assert.Empty(report.Kinds);
    }
}
