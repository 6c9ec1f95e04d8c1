using Dashboard.Core.Format;
using Dashboard.Core.Review;

namespace Dashboard.Core.Tests.Review;

public class ReviewPolicyTests
{
    public static TheoryData<Role, ReviewAction, bool> RoleMatrix => new()
    {
        { Role.Editor, ReviewAction.EditChecklist, true },
        { Role.Lead, ReviewAction.EditChecklist, true },
        { Role.Admin, ReviewAction.EditChecklist, true },
        { Role.Editor, ReviewAction.BumpVersion, true },
        { Role.Lead, ReviewAction.BumpVersion, true },
        { Role.Admin, ReviewAction.BumpVersion, true },
        { Role.Editor, ReviewAction.SubmitForApproval, true },
        { Role.Lead, ReviewAction.SubmitForApproval, true },
        { Role.Admin, ReviewAction.SubmitForApproval, true },
        { Role.Editor, ReviewAction.RequestChanges, false },
        { Role.Lead, ReviewAction.RequestChanges, true },
        { Role.Admin, ReviewAction.RequestChanges, true },
        { Role.Editor, ReviewAction.Approve, false },
        { Role.Lead, ReviewAction.Approve, true },
        { Role.Admin, ReviewAction.Approve, true },
        { Role.Editor, ReviewAction.EditRevision, false },
        { Role.Lead, ReviewAction.EditRevision, false },
        { Role.Admin, ReviewAction.EditRevision, true },
        { Role.Editor, ReviewAction.Reject, false },
        { Role.Lead, ReviewAction.Reject, true },
        { Role.Admin, ReviewAction.Reject, true },
        { Role.Editor, ReviewAction.Reopen, false },
        { Role.Lead, ReviewAction.Reopen, true },
        { Role.Admin, ReviewAction.Reopen, true },
    };

    [Theory]
    [MemberData(nameof(RoleMatrix))]
    public void Permits_follows_the_role_table(Role role, ReviewAction action, bool allowed)
    {
        var decision = ReviewPolicy.Permits(role, action);

        Assert.Equal(allowed, decision.Allowed);
        if (!allowed)
        {
            Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
        }
    }

    [Theory]
    [InlineData(ReviewStatus.Drafted, true)]
    [InlineData(ReviewStatus.ChangesRequested, true)]
    [InlineData(ReviewStatus.InReview, false)]
    [InlineData(ReviewStatus.Approved, false)]
    [InlineData(ReviewStatus.Indexed, false)]
    public void Submit_is_allowed_from_drafted_and_changes_requested_only(string status, bool allowed) =>
        Assert.Equal(allowed, ReviewPolicy.Check(Role.Editor, ReviewAction.SubmitForApproval, status).Allowed);

    [Theory]
    [InlineData(ReviewStatus.InReview, true)]
    [InlineData(ReviewStatus.Drafted, false)]
    [InlineData(ReviewStatus.ChangesRequested, false)]
    [InlineData(ReviewStatus.Approved, false)]
    [InlineData(ReviewStatus.Indexed, false)]
    public void Approve_is_allowed_only_in_review(string status, bool allowed) =>
        Assert.Equal(allowed, ReviewPolicy.Check(Role.Lead, ReviewAction.Approve, status).Allowed);

    [Fact]
    public void Approving_a_drafted_post_says_it_must_be_sent_first()
    {
        var decision = ReviewPolicy.Check(Role.Lead, ReviewAction.Approve, ReviewStatus.Drafted);

        Assert.Contains("send it for approval first", decision.Reason);
    }

    [Fact]
    public void An_editor_is_refused_approval_whatever_the_status()
    {
        var decision = ReviewPolicy.Check(Role.Editor, ReviewAction.Approve, ReviewStatus.InReview);

        Assert.False(decision.Allowed);
        Assert.Contains("lead", decision.Reason);
    }

    [Theory]
    [InlineData(ReviewAction.SubmitForApproval, ReviewStatus.Drafted, ReviewStatus.InReview)]
    [InlineData(ReviewAction.SubmitForApproval, ReviewStatus.ChangesRequested, ReviewStatus.InReview)]
    [InlineData(ReviewAction.Approve, ReviewStatus.InReview, ReviewStatus.Approved)]
    [InlineData(ReviewAction.RequestChanges, ReviewStatus.InReview, ReviewStatus.ChangesRequested)]
    [InlineData(ReviewAction.MarkIndexed, ReviewStatus.Approved, ReviewStatus.Indexed)]
    [InlineData(ReviewAction.EditChecklist, ReviewStatus.Approved, ReviewStatus.InReview)]
    [InlineData(ReviewAction.BumpVersion, ReviewStatus.Indexed, ReviewStatus.InReview)]
    [InlineData(ReviewAction.EditChecklist, ReviewStatus.Drafted, ReviewStatus.Drafted)]
    [InlineData(ReviewAction.BumpVersion, ReviewStatus.InReview, ReviewStatus.InReview)]
    [InlineData(ReviewAction.AcceptImport, ReviewStatus.Approved, ReviewStatus.InReview)]
    [InlineData(ReviewAction.AcceptImport, ReviewStatus.Drafted, ReviewStatus.Drafted)]
    public void StatusAfter_follows_the_workflow(ReviewAction action, string before, string after) =>
        Assert.Equal(after, ReviewPolicy.StatusAfter(action, before));

    [Theory]
    [InlineData(VersionBump.Patch, "1.5.4")]
    [InlineData(VersionBump.Minor, "1.6.0")]
    [InlineData(VersionBump.Major, "2.0.0")]
    public void Bump_follows_semantic_versioning(VersionBump bump, string expected) =>
        Assert.Equal(expected, ReviewPolicy.Bump(SemVersion.Parse("1.5.3"), bump).ToString());

    [Fact]
    public void A_backwards_version_needs_confirmation()
    {
        var current = SemVersion.Parse("1.5.3");
        var older = SemVersion.Parse("1.4.9");

        Assert.False(ReviewPolicy.CheckVersionChange(current, older, confirmedBackwards: false).Allowed);
        Assert.True(ReviewPolicy.CheckVersionChange(current, older, confirmedBackwards: true).Allowed);
        Assert.True(ReviewPolicy.CheckVersionChange(current, SemVersion.Parse("1.5.4"), confirmedBackwards: false).Allowed);
    }

    [Fact]
    public void Only_leads_and_admins_mark_posts_indexed_and_only_approved_ones()
    {
        Assert.False(ReviewPolicy.Permits(Role.Editor, ReviewAction.MarkIndexed).Allowed);
        Assert.True(ReviewPolicy.Check(Role.Lead, ReviewAction.MarkIndexed, ReviewStatus.Approved).Allowed);
        Assert.False(ReviewPolicy.Check(Role.Admin, ReviewAction.MarkIndexed, ReviewStatus.InReview).Allowed);
    }

    [Theory]
    [InlineData("editor", Role.Editor)]
    [InlineData("Lead", Role.Lead)]
    [InlineData(" ADMIN ", Role.Admin)]
    public void Role_names_parse_case_insensitively(string name, Role expected)
    {
        Assert.True(Roles.TryParse(name, out var role));
        Assert.Equal(expected, role);
        Assert.Equal(name.Trim().ToLowerInvariant(), Roles.NameOf(role));
    }

    [Fact]
    public void An_unknown_role_name_is_refused() => Assert.False(Roles.TryParse("owner", out _));

    [Theory]
    [InlineData(ReviewStatus.Drafted, false)]
    [InlineData(ReviewStatus.InReview, false)]
    [InlineData(ReviewStatus.ChangesRequested, false)]
    [InlineData(ReviewStatus.Approved, true)]
    [InlineData(ReviewStatus.Indexed, true)]
    public void A_revision_edit_sets_approved_only_on_a_post_a_lead_has_approved(string current, bool allowed)
    {
        var decision = ReviewPolicy.CheckRevisionEdit(current, ReviewStatus.Approved);

        Assert.Equal(allowed, decision.Allowed);
        Assert.All(ReviewStatus.All.Where(s => s is not ReviewStatus.Approved and not ReviewStatus.Rejected), other => Assert.True(ReviewPolicy.CheckRevisionEdit(current, other).Allowed));
    }

    [Theory]
    [InlineData(ReviewStatus.Drafted, ReviewStatus.Rejected, "reject it with Reject")]
    [InlineData(ReviewStatus.Approved, ReviewStatus.Rejected, "reject it with Reject")]
    [InlineData(ReviewStatus.Rejected, ReviewStatus.Drafted, "reopen the post with Reopen")]
    [InlineData(ReviewStatus.Rejected, ReviewStatus.InReview, "reopen the post with Reopen")]
    public void A_revision_edit_neither_rejects_nor_reopens_a_post(string current, string proposed, string refusal)
    {
        var decision = ReviewPolicy.CheckRevisionEdit(current, proposed);

        Assert.False(decision.Allowed);
        Assert.Contains(refusal, decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReviewStatus.Approved, true, ReviewStatus.InReview)]
    [InlineData(ReviewStatus.Indexed, true, ReviewStatus.InReview)]
    [InlineData(ReviewStatus.Approved, false, ReviewStatus.Approved)]
    [InlineData(ReviewStatus.Drafted, true, ReviewStatus.Drafted)]
    [InlineData(ReviewStatus.ChangesRequested, true, ReviewStatus.ChangesRequested)]
    public void A_new_version_of_an_approved_post_goes_back_to_review(string proposed, bool versionChanged, string expected) =>
        Assert.Equal(expected, ReviewPolicy.StatusAfter(ReviewAction.EditRevision, ReviewStatus.Approved, proposed, versionChanged));
}
