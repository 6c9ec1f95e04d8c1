using Dashboard.Core.Format;
using Dashboard.Core.Review;

namespace Dashboard.Core.Tests.Review;

public class RejectionTests
{
    private static readonly Revision Drafted = new(ReviewStatus.Drafted, new SemVersion(1, 5, 3), new DateOnly(2018, 1, 7))
    {
        Extra = [new MetaPair("reviewer", "kept")],
    };

    [Fact]
    public void A_rejection_written_into_the_revision_reads_back_the_same()
    {
        var rejection = new Rejection(RejectionReason.Duplicate, "same words: see the other", "alphanode-000001", "lead@example.test", new DateTime(2026, 12, 2, 10, 30, 0, DateTimeKind.Utc));

        var revision = rejection.ApplyTo(Drafted);

        Assert.Equal(ReviewStatus.Rejected, revision.Status);
        Assert.Equal("kept", revision.Extra.Single(p => p.Key == "reviewer").Value);
        Assert.Equal(rejection, Rejection.Of(revision));
    }

    [Fact]
    public void Rejecting_again_replaces_the_earlier_keys_and_clearing_removes_them_all()
    {
        var first = new Rejection(RejectionReason.Other, "first", null, "a", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ApplyTo(Drafted);
        var second = new Rejection(RejectionReason.Unsafe, null, null, "b", new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc)).ApplyTo(first);

        Assert.Equal(RejectionReason.Unsafe, Rejection.Of(second)!.Reason);
        Assert.Null(Rejection.Of(second)!.Note);
        Assert.Single(second.Extra, p => p.Key == "rejection reason");
        Assert.Equal(Drafted.Extra, Rejection.Cleared(second).Extra);
    }

    [Fact]
    public void A_revision_that_is_not_rejected_records_no_rejection() =>
        Assert.Null(Rejection.Of(Drafted with { Extra = [new MetaPair("rejection reason", "unsafe")] }));

    [Theory]
    [InlineData("off topic", RejectionReason.OffTopic)]
    [InlineData("off_topic", RejectionReason.OffTopic)]
    [InlineData("Low-Quality", RejectionReason.LowQuality)]
    [InlineData(" duplicate ", RejectionReason.Duplicate)]
    [InlineData("spam", null)]
    [InlineData("", null)]
    public void Reasons_are_read_whatever_their_case_and_separators(string text, RejectionReason? expected) =>
        Assert.Equal(expected, RejectionReasons.Parse(text));

    [Fact]
    public void Every_reason_has_a_name_that_parses_back() =>
        Assert.All(RejectionReasons.All, reason => Assert.Equal(reason, RejectionReasons.Parse(RejectionReasons.NameOf(reason))));

    [Theory]
    [InlineData(RejectionReason.Duplicate, null, null, "which post this one duplicates")]
    [InlineData(RejectionReason.Duplicate, null, "alphanode-000002", "duplicate of itself")]
    [InlineData(RejectionReason.Unsafe, null, "alphanode-000001", "Only a duplicate names")]
    [InlineData(RejectionReason.Other, "two\nlines", null, "one line")]
    [InlineData((RejectionReason)99, null, null, "Choose a reason")]
    public void A_rejection_that_cannot_be_recorded_says_why(RejectionReason reason, string? note, string? duplicateOf, string expected) =>
        Assert.Contains(expected, Rejection.Problem(reason, note, duplicateOf, "alphanode-000002"), StringComparison.Ordinal);

    [Fact]
    public void A_duplicate_of_another_post_and_a_one_line_note_are_fine() =>
        Assert.Null(Rejection.Problem(RejectionReason.Duplicate, "near-copy", "alphanode-000001", "alphanode-000002"));
}
