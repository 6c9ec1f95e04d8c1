using Dashboard.Core.Review;

namespace Dashboard.Core.Tests.Review;

public class DoubleReviewTests
{
    private static readonly DoubleReviewVotes FirstByAnn = new("ann", "approve", null, null);

    [Fact]
    public void The_choice_is_the_same_every_time_and_near_the_share()
    {
        var ids = Enumerable.Range(0, 20_000).Select(i => $"alphanode-{i:D6}").ToList();
        var chosen = ids.Where(id => DoubleReview.IsChosen(id, 0.05)).ToList();

        Assert.Equal(chosen, ids.Where(id => DoubleReview.IsChosen(id, 0.05)));
        // 5 % of 20,000 is 1,000, with a binomial standard deviation of about 31.
        Assert.InRange(chosen.Count, 850, 1150);
        // A larger share keeps every post the smaller one chose.
        Assert.All(chosen, id => Assert.True(DoubleReview.IsChosen(id, 0.2)));
        Assert.DoesNotContain(ids, id => DoubleReview.IsChosen(id, 0));
        Assert.All(ids, id => Assert.True(DoubleReview.IsChosen(id, 1)));
    }

    [Theory]
    [InlineData(false, ReviewStatus.InReview, "approve", DoubleReviewStep.NotDoubleReviewed)]
    [InlineData(true, ReviewStatus.Approved, "request changes", DoubleReviewStep.NotDoubleReviewed)]
    [InlineData(true, ReviewStatus.InReview, null, DoubleReviewStep.NotDoubleReviewed)]
    [InlineData(true, ReviewStatus.InReview, "approve", DoubleReviewStep.FirstVote)]
    public void Only_a_compared_decision_on_a_chosen_post_in_review_is_double_reviewed(bool chosen, string status, string? verdict, DoubleReviewStep expected) =>
        Assert.Equal(expected, DoubleReview.Route(chosen, status, verdict, "ann", open: null));

    [Theory]
    [InlineData("bob", "approve", DoubleReviewStep.Agreed)]
    [InlineData("bob", "reject: duplicate", DoubleReviewStep.Disagreed)]
    [InlineData("ANN", "approve", DoubleReviewStep.RefusedSameReviewer)]
    public void The_second_review_agrees_disagrees_or_must_come_from_someone_else(string reviewer, string verdict, DoubleReviewStep expected) =>
        Assert.Equal(expected, DoubleReview.Route(true, ReviewStatus.InReview, verdict, reviewer, FirstByAnn));

    [Fact]
    public void After_a_disagreement_a_leads_decision_resolves_it() =>
        Assert.Equal(DoubleReviewStep.Resolved, DoubleReview.Route(true, ReviewStatus.InReview, "approve", "ann", FirstByAnn with { SecondReviewer = "bob", SecondVerdict = "request changes" }));

    [Fact]
    public void Rejections_for_different_reasons_are_different_verdicts() =>
        Assert.NotEqual(DoubleReview.VerdictOf(ReviewAction.Reject, RejectionReason.Duplicate), DoubleReview.VerdictOf(ReviewAction.Reject, RejectionReason.OffTopic));

    [Fact]
    public void Every_compared_decision_has_a_verdict_and_the_votes_have_workflow_rows()
    {
        Assert.All(DoubleReview.ComparedDecisions, a => Assert.NotNull(DoubleReview.VerdictOf(a)));
        Assert.NotNull(ReviewWorkflow.For(ReviewAction.RecordFirstReview));
        Assert.NotNull(ReviewWorkflow.For(ReviewAction.RecordDisagreement));
        Assert.True(ReviewWork.EndsClaim(ReviewAction.RecordFirstReview));
        Assert.False(ReviewWork.IsDecision(ReviewAction.RecordFirstReview));
    }
}
