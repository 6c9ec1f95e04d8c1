using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Checks;

public class CheckOptionsTests
{
    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(new CheckOptions().Validate());

    [Theory]
    [InlineData(1.5, "Checks:MaxRepeatedSentenceShare must be between 0 and 1 (it is 1.5)")]
    [InlineData(-0.1, "Checks:MaxRepeatedSentenceShare must be between 0 and 1 (it is -0.1)")]
    [InlineData(double.NaN, "Checks:MaxRepeatedSentenceShare must be between 0 and 1 (it is NaN)")]
    public void A_share_outside_0_to_1_is_refused_by_key(double share, string message) =>
        Assert.Equal([message], new CheckOptions { MaxRepeatedSentenceShare = share }.Validate());

    [Fact]
    public void Every_wrong_value_is_named_by_its_key()
    {
        var options = new CheckOptions
        {
            MinWords = 500,
            MaxWords = 100,
            MaxRepeatedTrigramShare = 2,
            StaleDays = 0,
            ImageHosts = "images.unsplash.com, not a host/",
            Disabled = "reading-time, no-such-check",
        };

        var errors = options.Validate();

        Assert.Contains("Checks:MinWords (500) must not be larger than Checks:MaxWords (100)", errors);
        Assert.Contains(errors, e => e.StartsWith("Checks:MaxRepeatedTrigramShare must be between 0 and 1", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Checks:StaleDays must be between 1 and", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Checks:ImageHosts holds \"not a host/\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Checks:Disabled names \"no-such-check\"", StringComparison.Ordinal));
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public void An_empty_host_list_is_refused_rather_than_allowing_nothing() =>
        Assert.Contains(new CheckOptions { ImageHosts = " , " }.Validate(), e => e.StartsWith("Checks:ImageHosts must name at least one host", StringComparison.Ordinal));

    [Theory]
    [InlineData("unsplash.com", "https://images.unsplash.com/a.jpg", true)]
    [InlineData("unsplash.com", "https://UNSPLASH.com/a.jpg", false)]
    [InlineData("unsplash.com", "https://unsplash.com/a.jpg", false)]
    [InlineData("unsplash.com", "https://evilunsplash.com/a.jpg", true)]
    [InlineData("unsplash.com", "https://unsplash.com.evil.example/a.jpg", true)]
    [InlineData("unsplash.com", "https://unsplash.com@evil.example/a.jpg", true)]
    public void A_host_is_allowed_only_when_it_is_an_entry_exactly_as_the_page_loads_images(string hosts, string url, bool fires)
    {
        var post = PostBuilder.FromSample().WithMeta(meta => meta with { ImageSources = [meta.ImageSources![0] with { Url = url }] }).Build();

        var ids = CheckRun.Ids(CheckRun.Run(post, new CheckOptions { ImageHosts = hosts }, new DateOnly(2018, 2, 1)));

        Assert.Equal(fires ? ["image-host"] : [], ids);
    }

    [Fact]
    public void Changing_a_list_setting_after_use_takes_effect()
    {
        var options = new CheckOptions();
        Assert.False(options.IsOff(Check.ReadingTime));

        options.Disabled = "reading-time";

        Assert.True(options.IsOff(Check.ReadingTime));
    }

    [Fact]
    public void Versions_compare_by_precedence_against_the_highest_in_the_history()
    {
        var post = PostBuilder.FromSample().Build();
        var today = new DateOnly(2018, 2, 1);
        SemVersion[] lower = [SemVersion.Parse("1.0.0"), SemVersion.Parse("1.5.3-rc.1")];
        SemVersion[] higher = [SemVersion.Parse("1.5.2"), SemVersion.Parse("1.10.0"), SemVersion.Parse("1.4.0")];

        Assert.Empty(CheckRun.Run(post, today: today, history: lower));
        var result = Assert.Single(CheckRun.Run(post, today: today, history: higher));
        Assert.Equal("version 1.5.3 is lower than 1.10.0, which the post had before", result.Message);
    }
}
