using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;
using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Checks;

/// <summary>The real sample and ordinary generated posts pass: the thresholds do not fire on honest posts.</summary>
public class NoFalseAlarmTests
{
    [Fact]
    public void The_sample_passes_every_check_when_checked_soon_after_its_review()
    {
        var sample = PostBuilder.FromSample().Build();

        Assert.Empty(CheckRun.Run(sample, today: new DateOnly(2018, 2, 1)));
    }

    [Fact]
    public void Checked_years_later_the_sample_is_only_stale()
    {
        var sample = PostBuilder.FromSample().Build();

        var result = Assert.Single(CheckRun.Run(sample, today: new DateOnly(2026, 12, 1)));

        Assert.Equal("last-reviewed-stale", result.CheckId);
        Assert.Equal(CheckSeverity.Info, result.Severity);
        Assert.Contains("2018-01-07", result.Message);
    }

    [Fact]
    public void Ordinary_generated_posts_fail_nothing_but_staleness_and_that_exactly_when_they_are_old()
    {
        // The generator dates reviews from 2015 over eleven years on purpose: staleness is real in its batches.
        var options = new CheckOptions();
        var today = new DateOnly(2026, 1, 1);
        var posts = new PostGenerator(new GeneratorOptions { Seed = 2829 }).Generate(400).Select(f => Admitted(f.Post)).ToList();

        foreach (var post in posts)
        {
            var expected = post.Meta.Revision!.LastReviewed!.Value < today.AddDays(-options.StaleDays) ? new[] { "last-reviewed-stale" } : [];
            Assert.Equal(expected, CheckRun.Ids(CheckRun.Run(post, options, today)));
        }

        Assert.Contains(posts, post => post.Meta.Revision!.LastReviewed!.Value >= today.AddDays(-options.StaleDays));
    }

    // As the import admits a file: a generator's "approved" is stored as "in review" (see the web's ImportPolicy).
    private static Post Admitted(Post post) =>
        post.Meta.Revision is { Status: ReviewStatus.Approved or ReviewStatus.Indexed } revision
            ? post with { Meta = post.Meta with { Revision = revision with { Status = ReviewStatus.InReview } } }
            : post;
}
