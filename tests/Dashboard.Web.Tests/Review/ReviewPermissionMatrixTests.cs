using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Tests.Review;

/// <summary>Every role against every review action, through the real service and database.</summary>
public sealed class ReviewPermissionMatrixTests(ReviewDatabase fixture) : IClassFixture<ReviewDatabase>
{
    private static readonly string[] NewChecklist = ["check the defaults", "pin the versions"];
    private static readonly DateOnly AdminDate = new(2026, 1, 2);

    public static TheoryData<Role, string, bool> Matrix()
    {
        var data = new TheoryData<Role, string, bool>();
        foreach (var role in Enum.GetValues<Role>())
        {
            data.Add(role, "edit checklist", true);
            data.Add(role, "bump patch", true);
            data.Add(role, "bump minor", true);
            data.Add(role, "bump major", true);
            data.Add(role, "submit", true);
            data.Add(role, "request changes", role is Role.Lead or Role.Admin);
            data.Add(role, "approve", role is Role.Lead or Role.Admin);
            data.Add(role, "edit revision", role is Role.Admin);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Role_may_or_may_not_take_the_action_and_the_post_shows_it(Role role, string action, bool allowed)
    {
        // Each action starts from a status its workflow step accepts, so only the role decides.
        var startStatus = action is "request changes" or "approve" ? ReviewStatus.InReview : ReviewStatus.Drafted;
        var sourceId = await fixture.AddAsync(startStatus);
        var before = await fixture.GetAsync(sourceId);
        var reviewer = ReviewDatabase.As(role);
        var reviews = fixture.Reviews;
        var cancel = ReviewDatabase.Cancel;

        var result = action switch
        {
            "edit checklist" => await reviews.EditChecklistAsync(sourceId, before.RowVersion, NewChecklist, reviewer, cancel),
            "bump patch" => await reviews.BumpVersionAsync(sourceId, before.RowVersion, VersionBump.Patch, reviewer, cancel),
            "bump minor" => await reviews.BumpVersionAsync(sourceId, before.RowVersion, VersionBump.Minor, reviewer, cancel),
            "bump major" => await reviews.BumpVersionAsync(sourceId, before.RowVersion, VersionBump.Major, reviewer, cancel),
            "submit" => await reviews.SubmitAsync(sourceId, before.RowVersion, reviewer, cancel),
            "request changes" => await reviews.RequestChangesAsync(sourceId, before.RowVersion, "cite the source of the defaults", reviewer, cancel),
            "approve" => await reviews.ApproveAsync(sourceId, before.RowVersion, reviewer, cancel),
            "edit revision" => await reviews.EditRevisionAsync(sourceId, before.RowVersion, ReviewStatus.InReview, "1.4.0", AdminDate, false, reviewer, cancel),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        var after = await fixture.GetAsync(sourceId);
        var history = await fixture.HistoryAsync(sourceId);

        if (!allowed)
        {
            Assert.Equal(ReviewFailure.Forbidden, result.Failure);
            Assert.False(string.IsNullOrWhiteSpace(result.Message));
            Assert.Equivalent(before, after, strict: true);
            Assert.Empty(history);
            return;
        }

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(before.RowVersion + 1, after.RowVersion);
        Assert.Equal(after.RowVersion, result.RowVersion);
        var entry = Assert.Single(history);
        Assert.Equal(reviewer.Name, entry.Actor);

        var expected = action switch
        {
            "edit checklist" => before with { Checklist = NewChecklist },
            "bump patch" => before with { Version = "1.2.4" },
            "bump minor" => before with { Version = "1.3.0" },
            "bump major" => before with { Version = "2.0.0" },
            "submit" => before with { Status = ReviewStatus.InReview },
            "request changes" => before with { Status = ReviewStatus.ChangesRequested },
            "approve" => before with { Status = ReviewStatus.Approved, LastReviewed = ReviewDatabase.Today, NeedsHumanReview = false, InQueue = false },
            _ => before with { Status = ReviewStatus.InReview, Version = "1.4.0", LastReviewed = AdminDate },
        };
        Assert.Equivalent(expected with { RowVersion = 0, Document = "" }, after with { RowVersion = 0, Document = "" }, strict: true);
        Assert.Equal(after.Status, result.Status);
        Assert.Equal(after.Version, result.Version);
    }
}
