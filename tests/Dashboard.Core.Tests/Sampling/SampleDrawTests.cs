using Dashboard.Core.Sampling;

namespace Dashboard.Core.Tests.Sampling;

public class SampleDrawTests
{
    private static readonly long[] Lot = [.. Enumerable.Range(1, 10_000).Select(i => (long)i * 3)];

    [Fact]
    public void The_same_seed_draws_the_same_sample_whatever_the_members_order()
    {
        var first = SampleDraw.Draw(Lot, 200, seed: 2859);
        var again = SampleDraw.Draw([.. Lot.Reverse()], 200, seed: 2859);

        Assert.Equal(first, again);
        Assert.Equal(200, first.Distinct().Count());
        Assert.All(first, id => Assert.Contains(id, Lot));
    }

    [Fact]
    public void Another_seed_draws_another_sample()
    {
        Assert.NotEqual(SampleDraw.Draw(Lot, 200, seed: 2859), SampleDraw.Draw(Lot, 200, seed: 2860));
    }

    [Fact]
    public void A_sample_of_the_whole_lot_is_every_member_and_a_larger_one_is_refused()
    {
        Assert.Equal([3L, 6L, 9L], SampleDraw.Draw([9L, 3L, 6L], 3, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleDraw.Draw([1L], 2, seed: 1));
    }

    [Fact]
    public void The_draw_is_spread_over_the_lot()
    {
        var sample = SampleDraw.Draw(Lot, 200, seed: 7);

        // A draw that kept to the lot's start or end would put nearly all of it in one half.
        var firstHalf = sample.Count(id => id <= Lot[^1] / 2);
        Assert.InRange(firstHalf, 60, 140);
    }
}
