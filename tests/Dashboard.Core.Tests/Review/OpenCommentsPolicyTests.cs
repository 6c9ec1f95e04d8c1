using Dashboard.Core.Review;

namespace Dashboard.Core.Tests.Review;

public class OpenCommentsPolicyTests
{
    [Fact]
    public void Approval_with_open_comments_is_refused_naming_them_when_the_setting_blocks_it()
    {
        var decision = ReviewPolicy.CheckOpenComments(ReviewAction.Approve, ["#1 by lee: “fix the table”", "#4 by erin: “why?”"], blockApproval: true);

        Assert.False(decision.Allowed);
        Assert.Equal("This post has 2 open comments, which must be resolved before it is approved: #1 by lee: “fix the table”; #4 by erin: “why?”.", decision.Reason);
    }

    [Fact]
    public void Approval_is_allowed_with_open_comments_when_the_setting_is_off_or_with_none()
    {
        Assert.True(ReviewPolicy.CheckOpenComments(ReviewAction.Approve, ["#1 by lee: “x”"], blockApproval: false).Allowed);
        Assert.True(ReviewPolicy.CheckOpenComments(ReviewAction.Approve, [], blockApproval: true).Allowed);
    }

    [Theory]
    [InlineData(ReviewAction.SubmitForApproval)]
    [InlineData(ReviewAction.RequestChanges)]
    [InlineData(ReviewAction.EditChecklist)]
    public void Open_comments_hold_up_nothing_but_approval(ReviewAction action)
    {
        Assert.False(ReviewPolicy.IsHeldByOpenComments(action, blockApproval: true));
        Assert.True(ReviewPolicy.CheckOpenComments(action, ["#1 by lee: “x”"], blockApproval: true).Allowed);
    }

    [Fact]
    public void A_note_stays_open_through_the_work_it_asks_for_and_closes_on_the_next_decision()
    {
        Assert.DoesNotContain(HistoryKind.ChecklistEdited, ReviewNotes.MovingOn);
        Assert.DoesNotContain(HistoryKind.VersionBumped, ReviewNotes.MovingOn);
        Assert.Contains(HistoryKind.Approved, ReviewNotes.MovingOn);
        Assert.Contains(HistoryKind.SentForApproval, ReviewNotes.MovingOn);
        Assert.Contains(HistoryKind.ChangesRequested, ReviewNotes.MovingOn);
        Assert.Contains(HistoryKind.RevisionRestored, ReviewNotes.MovingOn);
    }
}
