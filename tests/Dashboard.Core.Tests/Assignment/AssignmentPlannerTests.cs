using Dashboard.Core.Assignment;

namespace Dashboard.Core.Tests.Assignment;

public class AssignmentPlannerTests
{
    private static readonly string[] Reviewers = ["a", "b", "c"];

    private static List<AssignCandidate> Posts(params (string Group, int Count)[] groups) =>
        [.. groups.SelectMany(g => Enumerable.Range(0, g.Count).Select(i => new AssignCandidate($"{g.Group}-{i}", g.Group)))];

    [Fact]
    public void Evenly_no_reviewer_is_more_than_one_post_ahead()
    {
        var plan = AssignmentPlanner.Plan(Posts(("x", 100)), Reviewers, cap: 100, AssignMode.Evenly);

        var counts = plan.PerReviewer(Reviewers).Select(r => r.Count).ToList();
        Assert.Equal(100, counts.Sum());
        Assert.True(counts.Max() - counts.Min() <= 1);
        Assert.Equal(0, plan.Left);
    }

    [Fact]
    public void No_reviewer_gets_more_than_the_cap_and_the_rest_is_left()
    {
        var plan = AssignmentPlanner.Plan(Posts(("x", 60), ("y", 40)), Reviewers, cap: 20, AssignMode.ByStack);

        Assert.All(plan.PerReviewer(Reviewers), r => Assert.Equal(20, r.Count));
        Assert.Equal(40, plan.Left);
    }

    [Fact]
    public void By_group_a_group_stays_with_one_reviewer_until_the_cap_splits_it()
    {
        var plan = AssignmentPlanner.Plan(Posts(("x", 30), ("y", 20), ("z", 10), ("w", 50)), Reviewers, cap: 40, AssignMode.ByTopic);

        var byGroup = plan.Assignments.GroupBy(a => a.SourceId.Split('-')[0]).ToDictionary(g => g.Key, g => g.Select(a => a.Reviewer).Distinct().Count());
        Assert.Equal(2, byGroup["w"]); // 50 posts, a cap of 40: split once
        Assert.Equal(1, byGroup["x"]);
        Assert.Equal(1, byGroup["y"]);
        Assert.Equal(1, byGroup["z"]);
        Assert.All(plan.PerReviewer(Reviewers), r => Assert.True(r.Count <= 40));
    }

    [Fact]
    public void The_same_input_gives_the_same_plan()
    {
        var posts = Posts(("x", 7), ("y", 5));

        Assert.Equal(
            AssignmentPlanner.Plan(posts, Reviewers, 5, AssignMode.ByStack).Assignments,
            AssignmentPlanner.Plan(posts, Reviewers, 5, AssignMode.ByStack).Assignments);
    }
}
