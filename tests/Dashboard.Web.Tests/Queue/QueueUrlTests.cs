using Dashboard.Core.Format;
using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Tests.Queue;

public class QueueUrlTests
{
    [Fact]
    public void ToQuery_DefaultFilter_IsEmptyAndParsesBackToDefaults()
    {
        Assert.Equal("", QueueUrl.ToQuery(new QueueFilter()));
        Assert.Equal(new QueueFilter(), QueueUrl.Parse("https://dashboard.test/"));
        Assert.Equal(new QueueFilter(), QueueUrl.Parse("https://dashboard.test/?sort=quality&page=1&size=25"));
    }

    [Fact]
    public void ToQuery_EveryFieldSet_RoundTripsThroughParse()
    {
        var filter = new QueueFilter
        {
            Search = "cache \"tuning\" & more",
            Status = "changes requested",
            Difficulty = "advanced",
            Stack = "python services",
            Tool = "go test",
            Check = "reading-time",
            Cluster = 42,
            MinClusterSize = 3,
            ShowAll = true,
            Sort = QueueSort.LastReviewed,
            Descending = true,
            Page = 2,
            PageSize = 50,
        }
        .With(ScoreFields.Quality, new ScoreRange(60, 100))
        .With(ScoreFields.Freshness, new ScoreRange(0, 40))
        .With(ScoreFields.Depth, new ScoreRange(10, 20))
        .With(ScoreFields.Clarity, new ScoreRange(50, 50));

        var query = QueueUrl.ToQuery(filter);

        Assert.StartsWith("?", query);
        Assert.Equal(filter, QueueUrl.Parse("https://dashboard.test/" + query));
    }

    [Theory]
    [InlineData("?check=any", "any")]
    [InlineData("?check=image-host", "image-host")]
    [InlineData("?check=no-such-check", null)]
    [InlineData("?check=", null)]
    public void Parse_CheckFilter_KeepsAnyErrorOrAKnownCheckOnly(string query, string? expected)
    {
        var filter = QueueUrl.Parse("https://dashboard.test/" + query);

        Assert.Equal(expected, filter.Check);
        Assert.Equal(expected is null ? "" : query, QueueUrl.ToQuery(filter));
    }

    [Fact]
    public void ToQuery_UsesReadableNamesAndA1BasedPage()
    {
        var query = QueueUrl.ToQuery(new QueueFilter { Sort = QueueSort.By(ScoreFields.Clarity), Descending = true, Page = 2 }.With(ScoreFields.Quality, new ScoreRange(60, 100)));

        Assert.Equal("?quality=60-100&sort=clarity&desc=1&page=3", query);
    }

    [Theory]
    [InlineData("/?page=1", 0)]
    [InlineData("/?page=0", 0)]
    [InlineData("/?page=-4", 0)]
    [InlineData("/?page=x", 0)]
    [InlineData("/?page=3", 2)]
    public void Parse_Page_Is1BasedInTheUrl(string url, int page) => Assert.Equal(page, QueueUrl.Parse(url).Page);

    [Fact]
    public void ToQuery_FirstPage_LeavesPageOut() => Assert.DoesNotContain("page", QueueUrl.ToQuery(new QueueFilter { Page = 0, Status = "drafted" }));

    [Theory]
    [InlineData("quality=90-10", 10, 90)]
    [InlineData("quality=50-150", 50, 100)]
    [InlineData("quality=nope", 0, 100)]
    [InlineData("quality=10", 0, 100)]
    public void Parse_ScoreRange_IsOrderedAndClamped(string query, int min, int max) =>
        Assert.Equal(new ScoreRange(min, max), QueueUrl.Parse("/?" + query).Scores[ScoreFields.Quality]);

    [Fact]
    public void Parse_UnknownSortAndOversizedPage_FallBackToDefaults()
    {
        var filter = QueueUrl.Parse("/?sort=bogus&size=5000");

        Assert.Equal(QueueSort.By(ScoreFields.Quality), filter.Sort);
        Assert.Equal(QueueFilter.DefaultPageSize, filter.PageSize);
    }

    public static TheoryData<string> Sorts => [.. QueueSort.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Sorts))]
    public void ToQuery_EverySortAndDirection_RoundTrips(string sortName)
    {
        var sort = QueueSort.Find(sortName)!.Value;
        foreach (var descending in new[] { false, true })
        {
            var filter = new QueueFilter { Sort = sort, Descending = descending };
            Assert.Equal(filter, QueueUrl.Parse("/" + QueueUrl.ToQuery(filter)));
        }
    }

    [Fact]
    public void PostLinks_ToQueue_ReturnsToThePageOfThePosition()
    {
        var queue = new QueueFilter { Status = "drafted", PageSize = 10 };

        Assert.Equal("/?status=drafted&page=3&size=10", PostLinks.ToQueue(queue, 25));
        Assert.Equal("/posts/alphanode-000001?status=drafted&size=10&pos=25", PostLinks.ToPost("alphanode-000001", queue with { Page = 2 }, 25));
    }
}
