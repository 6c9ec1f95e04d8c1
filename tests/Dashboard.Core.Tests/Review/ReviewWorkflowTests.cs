using Dashboard.Core.Review;

namespace Dashboard.Core.Tests.Review;

/// <summary>The workflow table: every action a row, every (action, status) pair an explicit decision.</summary>
public class ReviewWorkflowTests
{
    private const string D = ReviewStatus.Drafted, R = ReviewStatus.InReview, C = ReviewStatus.ChangesRequested, A = ReviewStatus.Approved, I = ReviewStatus.Indexed, X = ReviewStatus.Rejected;

    // The statuses each action may start from, written out here rather than read from the table.
    private static readonly Dictionary<ReviewAction, string[]> AllowedFrom = new()
    {
        [ReviewAction.EditChecklist] = [D, R, C, A, I, X],
        [ReviewAction.BumpVersion] = [D, R, C, A, I, X],
        [ReviewAction.SubmitForApproval] = [D, C],
        [ReviewAction.RequestChanges] = [R, A],
        [ReviewAction.Approve] = [R],
        [ReviewAction.EditRevision] = [D, R, C, A, I, X],
        [ReviewAction.MarkIndexed] = [A],
        [ReviewAction.RestoreRevision] = [D, R, C, A, I, X],
        [ReviewAction.UndoBulk] = [D, R, C, A, I, X],
        [ReviewAction.AcceptImport] = [D, R, C, A, I, X],
        [ReviewAction.DismissImport] = [D, R, C, A, I, X],
        [ReviewAction.Reject] = [D, R, C, A],
        [ReviewAction.Reopen] = [X],
        [ReviewAction.Assign] = [D, R, C, A, I, X],
        [ReviewAction.RecordFirstReview] = [R],
        [ReviewAction.RecordDisagreement] = [R],
        [ReviewAction.ApproveWithLot] = [D, R],
    };

    public static TheoryData<ReviewAction, string> Pairs()
    {
        var pairs = new TheoryData<ReviewAction, string>();
        foreach (var action in Enum.GetValues<ReviewAction>())
        {
            foreach (var status in ReviewStatus.All)
            {
                pairs.Add(action, status);
            }
        }

        return pairs;
    }

    [Fact]
    public void Every_action_has_one_row_and_a_history_kind_of_its_own()
    {
        Assert.Equal(Enum.GetValues<ReviewAction>(), ReviewWorkflow.Steps.Select(s => s.Action).Order());
        Assert.Equal(ReviewWorkflow.Steps.Count, ReviewWorkflow.Steps.Select(s => s.Kind).Distinct().Count());
        Assert.DoesNotContain(ReviewWorkflow.Steps, s => s.Kind is HistoryKind.Unknown or HistoryKind.ImportedRevision);
        Assert.All(ReviewWorkflow.Steps, s => Assert.Equal(s.Action, ReviewWorkflow.For(s.Kind)?.Action));
        Assert.Equal(Enum.GetValues<ReviewAction>(), AllowedFrom.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_action_and_status_has_an_explicit_decision(ReviewAction action, string status)
    {
        // An admin may take every action, so only the status decides.
        var decision = ReviewPolicy.Check(Role.Admin, action, status);

        Assert.Equal(AllowedFrom[action].Contains(status), decision.Allowed);
        if (!decision.Allowed)
        {
            Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
        }
    }

    [Theory]
    [InlineData("Approved ")]
    [InlineData("APPROVED")]
    [InlineData("published")]
    public void A_status_the_workflow_does_not_know_is_refused_by_every_action_but_the_admins_repair(string status)
    {
        foreach (var action in Enum.GetValues<ReviewAction>())
        {
            var decision = ReviewPolicy.Check(Role.Admin, action, status);

            Assert.Equal(action == ReviewAction.EditRevision, decision.Allowed);
            if (!decision.Allowed)
            {
                Assert.Contains($"\"{status}\" is not one the workflow knows", decision.Reason, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void An_action_the_workflow_does_not_know_is_refused()
    {
        var unknown = (ReviewAction)999;

        Assert.False(ReviewPolicy.Permits(Role.Admin, unknown).Allowed);
        Assert.False(ReviewPolicy.Check(Role.Admin, unknown, ReviewStatus.Drafted).Allowed);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPolicy.StatusAfter(unknown, ReviewStatus.Drafted));
    }

    [Theory]
    [InlineData(true, D, true)]
    [InlineData(true, R, true)]
    [InlineData(true, C, true)]
    [InlineData(true, A, false)]
    [InlineData(true, I, false)]
    [InlineData(true, X, false)]
    [InlineData(false, R, false)]
    public void A_post_is_in_the_queue_while_it_needs_a_person_and_no_lead_approved_it(bool needsHumanReview, string status, bool inQueue) =>
        Assert.Equal(inQueue, ReviewWorkflow.IsInQueue(needsHumanReview, status));

    [Theory]
    [InlineData(ReviewAction.RestoreRevision, A, D, D)]
    [InlineData(ReviewAction.UndoBulk, A, R, R)]
    [InlineData(ReviewAction.DismissImport, A, null, A)]
    [InlineData(ReviewAction.EditRevision, R, C, C)]
    [InlineData(ReviewAction.Reject, A, null, X)]
    [InlineData(ReviewAction.Reopen, X, null, D)]
    public void Actions_that_set_the_status_themselves_get_it(ReviewAction action, string before, string? requested, string after) =>
        Assert.Equal(after, ReviewPolicy.StatusAfter(action, before, requested));
}
