using System.Text.RegularExpressions;
using Dashboard.Web.Data;

namespace Dashboard.Web.Tests.Queue;

public partial class FullTextQueryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*()-:^")]
    public void From_NothingToSearch_IsNull(string? input) => Assert.Null(FullTextQuery.From(input));

    [Fact]
    public void From_Words_AreQuotedPrefixTermsAllRequired() =>
        Assert.Equal("\"cache\"* \"tuning\"*", FullTextQuery.From("  cache   tuning "));

    [Theory]
    [InlineData("a OR b", "\"a\"* \"OR\"* \"b\"*")]
    [InlineData("NEAR(cache pool, 2)", "\"NEAR\"* \"cache\"* \"pool\"* \"2\"*")]
    [InlineData("title:cache -pool", "\"title\"* \"cache\"* \"pool\"*")]
    [InlineData("\"unbalanced quote", "\"unbalanced\"* \"quote\"*")]
    [InlineData("say \"\"hi\"\"*", "\"say\"* \"hi\"*")]
    [InlineData("café résumé", "\"café\"* \"résumé\"*")]
    public void From_FtsOperatorsAndQuotes_BecomePlainTerms(string input, string expected) =>
        Assert.Equal(expected, FullTextQuery.From(input));

    [Fact]
    public void From_AnyInput_GivesOnlyWellFormedTerms()
    {
        var query = FullTextQuery.From("x\" OR \"y\"; DROP TABLE Posts; -- {near/3} ^col:*");

        Assert.NotNull(query);
        Assert.All(query.Split(' '), term => Assert.Matches(Term(), term));
    }

    [Fact]
    public void From_ManyWords_KeepsTheFirst16()
    {
        var query = FullTextQuery.From(string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}")));

        Assert.Equal(16, query!.Split(' ').Length);
        Assert.EndsWith("\"w16\"*", query);
    }

    [GeneratedRegex(@"^""[\p{L}\p{N}]+""\*$")]
    private static partial Regex Term();
}
