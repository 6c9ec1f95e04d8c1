using Dashboard.Core.Sampling;

namespace Dashboard.Core.Tests.Sampling;

public class DefectRateTests
{
    // By hand: z = 1.96, upper = z² / (n + z²) at 0 defects; the others from the Wilson formula.
    [Theory]
    [InlineData(0, 200, 0.0, 0.018845)]
    [InlineData(5, 200, 0.010725, 0.057178)]
    [InlineData(1, 2, 0.094531, 0.905469)]
    public void The_Wilson_interval_matches_the_hand_computed_bounds(int defects, int inspected, double lower, double upper)
    {
        var rate = DefectRate.Wilson(defects, inspected);

        Assert.Equal(lower, rate.Lower, tolerance: 1e-6);
        Assert.Equal(upper, rate.Upper, tolerance: 1e-6);
        Assert.Equal((double)defects / inspected, rate.Rate, 10);
    }

    [Fact]
    public void Nothing_inspected_says_nothing_and_every_defect_stays_within_0_and_1()
    {
        Assert.Equal((0.0, 1.0), (DefectRate.Wilson(0, 0).Lower, DefectRate.Wilson(0, 0).Upper));
        var all = DefectRate.Wilson(20, 20);
        Assert.Equal(1.0, all.Upper, 10);
        Assert.True(all.Lower is > 0.8 and < 1);
        Assert.Equal("2.5 % (95 % CI 1.07 – 5.72 %)", DefectRate.Wilson(5, 200).Describe());
    }
}
