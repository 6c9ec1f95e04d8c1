using Dashboard.Core.Review;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Claims;
using Dashboard.Web.Features.DoubleReview;
using Dashboard.Web.Tests.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.DoubleReview;

/// <summary>Double review as a rule of the one apply path: blind first vote, a second reviewer who differs, disagreements to a lead.</summary>
public sealed class DoubleReviewTests : IAsyncLifetime
{
    private static readonly Reviewer Lee = ReviewDatabase.Lead;
    private static readonly Reviewer Lou = new("lou.lead", Role.Lead);
    private static readonly Reviewer Ada = ReviewDatabase.Admin;
    private static CancellationToken Ct => ReviewDatabase.Cancel;

    // Every post chosen, so each test's posts are double reviewed.
    private ReviewDatabase _db = default!;

    private DoubleReviewQuery Query => _db.Database.Get<DoubleReviewQuery>();

    public async ValueTask InitializeAsync() =>
        _db = await ReviewDatabase.CreateAsync(new Dictionary<string, string?> { ["Review:DoubleReviewShare"] = "1" });

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task The_first_decision_is_a_vote_that_leaves_the_post_in_review_and_tells_nobody_what_it_was()
    {
        var post = await _db.AddAsync(ReviewStatus.InReview);

        var result = await _db.Reviews.RequestChangesAsync(post, await _db.RowVersionAsync(post), "the secret first opinion", Lee, Ct);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("first of two independent reviews", result.Message);
        Assert.Equal(ReviewStatus.InReview, (await _db.GetAsync(post)).Status);
        var last = (await _db.HistoryAsync(post)).Last();
        Assert.Equal(HistoryKind.FirstReviewRecorded, last.Kind);
        // What the history panel and the API show: neither the decision nor its note.
        Assert.DoesNotContain("changes", last.Action, StringComparison.OrdinalIgnoreCase);
        Assert.Null(last.Note);
        Assert.DoesNotContain(await _db.HistoryAsync(post), h => h.Note?.Contains("secret") == true || h.After?.Contains("secret") == true);
        Assert.Empty(await Query.DisagreementsAsync(post, Ct));
    }

    [Fact]
    public async Task The_second_review_must_come_from_someone_else()
    {
        var post = await _db.AddAsync(ReviewStatus.InReview);
        Assert.True((await _db.Reviews.ApproveAsync(post, await _db.RowVersionAsync(post), Lee, Ct)).Succeeded);

        var again = await _db.Reviews.ApproveAsync(post, await _db.RowVersionAsync(post), new Reviewer("LEE.LEAD", Role.Lead), Ct);

        Assert.False(again.Succeeded);
        Assert.Equal(global::Dashboard.Core.Review.DoubleReview.SameReviewerRefusal, again.Message);
        Assert.Equal(ReviewStatus.InReview, (await _db.GetAsync(post)).Status);
    }

    [Fact]
    public async Task Two_agreeing_reviews_make_the_decision()
    {
        var post = await _db.AddAsync(ReviewStatus.InReview);
        await _db.Reviews.ApproveAsync(post, await _db.RowVersionAsync(post), Lee, Ct);

        var second = await _db.Reviews.ApproveAsync(post, await _db.RowVersionAsync(post), Lou, Ct);

        Assert.True(second.Succeeded, second.Message);
        Assert.Null(second.Message);
        Assert.Equal(ReviewStatus.Approved, (await _db.GetAsync(post)).Status);
        var last = (await _db.HistoryAsync(post)).Last();
        Assert.Equal((HistoryKind.Approved, "lou.lead"), (last.Kind, last.Actor));
        Assert.Contains("agree", last.Action);
    }

    [Fact]
    public async Task Rejections_for_different_reasons_disagree()
    {
        var post = await _db.AddAsync(ReviewStatus.InReview);
        Assert.True((await _db.Reviews.RejectAsync(post, null, RejectionReason.OffTopic, null, null, Lee, Ct)).Succeeded);

        var second = await _db.Reviews.RejectAsync(post, null, RejectionReason.LowQuality, "thin", null, Lou, Ct);

        Assert.True(second.Succeeded, second.Message);
        Assert.Equal(ReviewStatus.InReview, (await _db.GetAsync(post)).Status);
        var listed = Assert.Single(await Query.DisagreementsAsync(post, Ct));
        Assert.Equal(("reject: off topic", "reject: low quality"), (listed.FirstVerdict, listed.SecondVerdict));
    }

    [Fact]
    public async Task A_disagreement_waits_for_a_lead_whose_decision_takes_effect()
    {
        var post = await _db.AddAsync(ReviewStatus.InReview);
        await _db.Reviews.ApproveAsync(post, await _db.RowVersionAsync(post), Lee, Ct);

        var second = await _db.Reviews.RequestChangesAsync(post, await _db.RowVersionAsync(post), "the intro is wrong", Lou, Ct);

        Assert.True(second.Succeeded, second.Message);
        Assert.Contains("a lead decides", second.Message);
        Assert.Equal(ReviewStatus.InReview, (await _db.GetAsync(post)).Status);
        Assert.Equal(HistoryKind.ReviewsDisagreed, (await _db.HistoryAsync(post)).Last().Kind);
        var listed = Assert.Single(await Query.DisagreementsAsync(post, Ct));
        Assert.Equal(("lee.lead", "approve", "lou.lead", "request changes", "the intro is wrong"),
            (listed.FirstReviewer, listed.FirstVerdict, listed.SecondReviewer, listed.SecondVerdict, listed.SecondNote));

        var decided = await _db.Reviews.RequestChangesAsync(post, await _db.RowVersionAsync(post), "fix the intro", Ada, Ct);

        Assert.True(decided.Succeeded, decided.Message);
        Assert.Equal(ReviewStatus.ChangesRequested, (await _db.GetAsync(post)).Status);
        Assert.Empty(await Query.DisagreementsAsync(post, Ct));
        await using var context = _db.Database.CreateContext();
        var round = await context.Set<DoubleReviewRound>().SingleAsync(r => r.PostId == context.Posts.Single(p => p.SourceId == post).Id, Ct);
        Assert.Equal(("ada.admin", "request changes"), (round.ResolvedBy, round.ResolvedVerdict));
        Assert.NotNull(round.ClosedAtUtc);
    }

    [Fact]
    public async Task Start_reviewing_never_hands_a_post_back_to_its_first_reviewer()
    {
        // A database of its own: "next" looks at the whole queue.
        await using var own = await ReviewDatabase.CreateAsync(new Dictionary<string, string?> { ["Review:DoubleReviewShare"] = "1" });
        var post = await own.AddAsync(ReviewStatus.InReview);
        await own.Reviews.ApproveAsync(post, await own.RowVersionAsync(post), Lee, Ct);
        var next = own.Database.Get<NextPost>();

        Assert.Null(await next.ClaimNextAsync(Lee, cancellationToken: Ct));
        Assert.Equal(post, await next.ClaimNextAsync(Lou, cancellationToken: Ct));
    }

    [Fact]
    public async Task Agreement_counts_each_pair_of_reviewers_and_the_posts_behind_it()
    {
        await using var own = await ReviewDatabase.CreateAsync(new Dictionary<string, string?> { ["Review:DoubleReviewShare"] = "1" });
        // Lee and Lou: two approvals agreed, one approve against request changes.
        foreach (var secondSays in new[] { "approve", "approve", "changes" })
        {
            var post = await own.AddAsync(ReviewStatus.InReview);
            await own.Reviews.ApproveAsync(post, await own.RowVersionAsync(post), Lee, Ct);
            var second = secondSays == "approve"
                ? await own.Reviews.ApproveAsync(post, await own.RowVersionAsync(post), Lou, Ct)
                : await own.Reviews.RequestChangesAsync(post, await own.RowVersionAsync(post), "no", Lou, Ct);
            Assert.True(second.Succeeded, second.Message);
        }

        var report = await own.Database.Get<DoubleReviewQuery>().AgreementAsync(AgreementPeriod.Week, Ct);

        // Lee always approves, Lou approves 2 of 3: p_o = 2/3, p_e = 1 * 2/3 = 2/3, kappa = 0.
        var pair = Assert.Single(report.Pairs);
        Assert.Equal(("lee.lead", "lou.lead", 3), (pair.RaterA, pair.RaterB, pair.Kappa.Items));
        Assert.Equal(0.0, pair.Kappa.Value!.Value, 10);
        Assert.Equal(3, report.Alpha.Items);
        Assert.Equal(2, report.Raters);
    }

    [Fact]
    public async Task A_post_not_chosen_is_decided_at_once()
    {
        await using var off = await ReviewDatabase.CreateAsync(new Dictionary<string, string?> { ["Review:DoubleReviewShare"] = "0" });
        var post = await off.AddAsync(ReviewStatus.InReview);

        Assert.True((await off.Reviews.ApproveAsync(post, await off.RowVersionAsync(post), Lee, Ct)).Succeeded);

        Assert.Equal(ReviewStatus.Approved, (await off.GetAsync(post)).Status);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public async Task A_share_outside_zero_to_one_stops_the_start_naming_the_setting(string value)
    {
        await using var storage = await TestStorage.CreateAsync(migrated: false);
        using var host = TestDatabase.Build(storage, new Dictionary<string, string?> { ["Review:DoubleReviewShare"] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("Review:DoubleReviewShare must be between 0 and 1", error.Message);
    }
}
