using Dashboard.Core.Review;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Queue;

/// <summary>Layouts and saved views are stored per reviewer: each gets back their own, nobody else's.</summary>
public sealed class QueueViewsTests
{
    private static readonly Reviewer Erin = new("erin.editor", Role.Editor);
    private static readonly Reviewer Lee = new("lee.lead", Role.Lead);

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reviewers_layout_is_remembered_and_others_keep_the_default()
    {
        await using var database = await TestDatabase.CreateAsync();
        var layouts = database.Get<QueueLayoutStore>();
        var mine = QueueLayout.Parse("title,topic,status", "comfortable");

        await layouts.SaveAsync(Erin.Name, mine, Cancel);
        await layouts.SaveAsync(Erin.Name, mine.Move("status", -1), Cancel);

        Assert.Equal(["title", "status", "topic"], (await layouts.GetAsync(Erin.Name, Cancel)).Columns);
        Assert.Equal(QueueDensity.Comfortable, (await layouts.GetAsync(Erin.Name, Cancel)).Density);
        Assert.Equal(QueueLayout.Default, await layouts.GetAsync(Lee.Name, Cancel));
    }

    [Fact]
    public async Task A_saved_view_keeps_filter_sort_and_columns_for_its_owner_only_and_saving_the_name_again_replaces_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var views = database.Get<SavedViews>();
        var filter = new QueueFilter { Status = ReviewStatus.Drafted, Sort = QueueSort.LastReviewed, Descending = true, Page = 4 };
        var layout = QueueLayout.Parse("title,lastreviewed", null);

        var saved = await views.SaveAsync(Erin, " Stale drafts ", filter, layout, Cancel);
        Assert.Null(saved.Problem);
        await views.SaveAsync(Erin, "Stale drafts", filter with { Difficulty = "advanced" }, layout, Cancel);

        var erins = (await views.ListAsync(Erin, Cancel)).Where(v => !v.BuiltIn).ToList();
        var view = Assert.Single(erins);
        Assert.Equal("Stale drafts", view.Name);
        // The page is where one was, not part of the view.
        Assert.Equal(filter with { Difficulty = "advanced", Page = 0 }, QueueUrl.Parse(view.Query));
        Assert.Equal(["title", "lastreviewed"], view.Columns);
        Assert.DoesNotContain(await views.ListAsync(Lee, Cancel), v => !v.BuiltIn);

        Assert.False(await views.DeleteAsync(Lee, view.Id!.Value, Cancel));
        Assert.True(await views.DeleteAsync(Erin, view.Id!.Value, Cancel));
        Assert.DoesNotContain(await views.ListAsync(Erin, Cancel), v => !v.BuiltIn);
    }

    [Theory]
    [InlineData("", "Name: give the view a name.")]
    [InlineData("   ", "Name: give the view a name.")]
    [InlineData("my work", "Name: \"my work\" is a built-in view; choose another name.")]
    public async Task A_view_without_a_usable_name_is_refused_naming_the_field(string name, string problem)
    {
        await using var database = await TestDatabase.CreateAsync();
        var views = database.Get<SavedViews>();

        var saved = await views.SaveAsync(Erin, name, new QueueFilter(), QueueLayout.Default, Cancel);

        Assert.Equal(problem, saved.Problem);
        Assert.Null(saved.View);
        Assert.DoesNotContain(await views.ListAsync(Erin, Cancel), v => !v.BuiltIn);
        Assert.StartsWith("Name: at most 80 characters", (await views.SaveAsync(Erin, new string('x', 81), new QueueFilter(), QueueLayout.Default, Cancel)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_in_views_are_my_work_waiting_for_me_failing_checks_and_overdue_as_queue_urls()
    {
        var lead = SavedViews.BuiltIn(Lee).ToDictionary(v => v.Name, v => QueueUrl.Parse(v.Query));
        var editor = SavedViews.BuiltIn(Erin).ToDictionary(v => v.Name, v => QueueUrl.Parse(v.Query));

        Assert.Equal(["My work", "Waiting for me", "Failing checks", "Overdue"], lead.Keys);
        Assert.Equal(AssigneeFilter.Mine, lead["My work"].Assignee);
        Assert.Equal(ReviewStatus.InReview, lead["Waiting for me"].Status);
        Assert.Equal(ReviewStatus.ChangesRequested, editor["Waiting for me"].Status);
        Assert.Equal(AssigneeFilter.Mine, editor["Waiting for me"].Assignee);
        Assert.Equal(Dashboard.Web.Features.Checks.CheckFilterValue.AnyError, lead["Failing checks"].Check);
        Assert.True(lead["Overdue"].Overdue);
    }
}
