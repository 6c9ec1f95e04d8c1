using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;

namespace Dashboard.Core.Tests.Checks;

public class FailingPostsTests
{
    private static readonly PostGenerator Generator = new(new GeneratorOptions { Seed = 17 });

    public static TheoryData<string> CheckIds() => [.. Check.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(CheckIds))]
    public void Each_family_fails_its_own_check_and_no_other(string id)
    {
        var check = Check.Find(id)!;
        for (var index = 0; index < 40; index++)
        {
            var failing = Generator.GenerateFailing(index, check, CheckRun.Today);

            var results = CheckRun.Run(failing);

            Assert.Equal([id], CheckRun.Ids(results));
            Assert.Equal(check.Severity, results[0].Severity);
            Assert.False(string.IsNullOrWhiteSpace(results[0].Message));
        }
    }

    [Fact]
    public void Round_the_list_every_check_has_a_family()
    {
        var fired = Enumerable.Range(0, Check.All.Count).Select(i => Generator.GenerateFailing(i, CheckRun.Today))
            .Select(failing => (failing.Check.Id, Fired: CheckRun.Ids(CheckRun.Run(failing)).Single()));

        Assert.All(fired, pair => Assert.Equal(pair.Id, pair.Fired));
        Assert.Equal(Check.All.Select(c => c.Id), fired.Select(pair => pair.Id));
    }

    [Fact]
    public void A_failing_post_still_writes_and_parses_back_to_the_same_failure()
    {
        foreach (var check in Check.All.Where(c => c != Check.ChecklistMismatch && c != Check.VersionBackwards))
        {
            var failing = Generator.GenerateFailing(3, check, CheckRun.Today);
            var reparsed = PostParser.Parse(PostWriter.Write(failing.Post)).Post;

            Assert.NotNull(reparsed);
            Assert.Equal([check.Id], CheckRun.Ids(CheckRun.Run(reparsed)));
        }
    }

    [Fact]
    public void Switching_a_check_off_removes_it_and_only_it()
    {
        var failing = Generator.GenerateFailing(5, Check.ReadingTime, CheckRun.Today);
        var stale = Generator.GenerateFailing(5, Check.LastReviewedStale, CheckRun.Today);
        var options = new CheckOptions { Disabled = "reading-time" };

        Assert.Empty(CheckRun.Run(failing, options));
        Assert.Equal(["last-reviewed-stale"], CheckRun.Ids(CheckRun.Run(stale, options)));
    }
}
