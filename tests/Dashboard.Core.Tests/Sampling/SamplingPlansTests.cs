using Dashboard.Core.Sampling;

namespace Dashboard.Core.Tests.Sampling;

// Expected values are read off ISO 2859-1 Tables I and II-A (normal inspection, level II).
public class SamplingPlansTests
{
    [Theory]
    [InlineData("0.065", 0, 1)]
    [InlineData("0.25", 1, 2)]
    [InlineData("0.40", 2, 3)]
    [InlineData("0.65", 3, 4)]
    [InlineData("1.0", 5, 6)]
    [InlineData("1.5", 7, 8)]
    [InlineData("2.5", 10, 11)]
    [InlineData("4.0", 14, 15)]
    [InlineData("6.5", 21, 22)]
    public void A_lot_of_10000_posts_is_code_L_with_a_sample_of_200_and_the_tables_Ac_and_Re(string aql, int acceptance, int rejection)
    {
        var plan = SamplingPlans.For(10_000, decimal.Parse(aql, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal('L', plan.LotCode);
        Assert.Equal('L', plan.PlanCode);
        Assert.Equal(200, plan.SampleSize);
        Assert.Equal(acceptance, plan.Acceptance);
        Assert.Equal(rejection, plan.Rejection);
    }

    [Theory]
    // Up from L: the first plan above is K's.
    [InlineData(10_000, "0.10", 'K', 125, 0)]
    [InlineData(10_000, "10", 'K', 125, 21)]
    // Down from L: the first plan below, with its larger sample.
    [InlineData(10_000, "0.15", 'M', 315, 1)]
    [InlineData(10_000, "0.040", 'M', 315, 0)]
    [InlineData(10_000, "0.010", 'Q', 1250, 0)]
    // Code G (151 to 280): up at 0.65, down at 1.0.
    [InlineData(200, "0.65", 'F', 20, 0)]
    [InlineData(200, "1.0", 'H', 50, 1)]
    // Code Q down to R, the one row no lot size gives.
    [InlineData(600_000, "0.025", 'R', 2000, 1)]
    public void The_master_tables_arrows_lead_to_the_first_plan_and_its_sample_size(int lotSize, string aql, char planCode, int sampleSize, int acceptance)
    {
        var plan = SamplingPlans.For(lotSize, decimal.Parse(aql, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(planCode, plan.PlanCode);
        Assert.Equal(sampleSize, plan.SampleSize);
        Assert.Equal(acceptance, plan.Acceptance);
        Assert.Equal(acceptance + 1, plan.Rejection);
    }

    [Theory]
    [InlineData(2, 'A')]
    [InlineData(8, 'A')]
    [InlineData(9, 'B')]
    [InlineData(3_200, 'K')]
    [InlineData(3_201, 'L')]
    [InlineData(10_000, 'L')]
    [InlineData(10_001, 'M')]
    [InlineData(500_000, 'P')]
    [InlineData(500_001, 'Q')]
    [InlineData(int.MaxValue, 'Q')]
    public void Lot_sizes_at_the_edges_of_table_I_get_their_rows_code_letter(int lotSize, char letter)
    {
        Assert.Equal(letter, SampleSizeCodes.ForLot(lotSize).Letter);
    }

    [Fact]
    public void A_sample_as_large_as_the_lot_inspects_the_whole_lot()
    {
        // Code A at 1.0 % points down to E (13 items), more than a lot of 5 has.
        var plan = SamplingPlans.For(5, 1.0m);

        Assert.Equal(5, plan.SampleSize);
        Assert.True(plan.InspectsWholeLot);
        Assert.Equal(0, plan.Acceptance);
        Assert.Equal(1, SamplingPlans.For(1, 2.5m).SampleSize);
    }

    [Fact]
    public void Code_A_at_10_percent_points_past_the_tables_top_so_the_first_plan_below_is_used()
    {
        var plan = SamplingPlans.For(8, 10m);

        Assert.Equal('C', plan.PlanCode);
        Assert.Equal((1, 2), (plan.Acceptance, plan.Rejection));
        Assert.Equal(5, plan.SampleSize);
    }

    [Fact]
    public void An_AQL_the_table_lacks_is_refused_naming_the_ones_it_has()
    {
        var refused = Assert.Throws<ArgumentException>(() => SamplingPlans.For(1000, 2m));

        Assert.Contains("The AQL 2 is not in the standard's table", refused.Message);
        Assert.Contains("0.65, 1.0, 1.5, 2.5", refused.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => SamplingPlans.For(0, 1.0m));
    }

    [Fact]
    public void The_verdict_accepts_at_Ac_and_rejects_at_Re()
    {
        var plan = SamplingPlans.For(10_000, 1.0m);

        Assert.Equal(LotVerdict.Accept, plan.Verdict(5));
        Assert.Equal(LotVerdict.Reject, plan.Verdict(6));
        Assert.Equal("AQL 1.0 %, code L, n = 200, Ac 5 / Re 6", plan.Describe());
        Assert.Equal("AQL 0.10 %, code K (lot L), n = 125, Ac 0 / Re 1", SamplingPlans.For(10_000, 0.10m).Describe());
    }
}
