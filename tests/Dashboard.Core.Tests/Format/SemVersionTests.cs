using Dashboard.Core.Format;

namespace Dashboard.Core.Tests.Format;

public class SemVersionTests
{
    [Theory]
    [InlineData("1.5.3", 1, 5, 3, null, null)]
    [InlineData("0.0.0", 0, 0, 0, null, null)]
    [InlineData("10.20.30", 10, 20, 30, null, null)]
    [InlineData("1.0.0-alpha.1", 1, 0, 0, "alpha.1", null)]
    [InlineData("1.0.0+20130313144700", 1, 0, 0, null, "20130313144700")]
    [InlineData("2.0.0-rc.1+build.5", 2, 0, 0, "rc.1", "build.5")]
    [InlineData("1.0.0--1", 1, 0, 0, "-1", null)]
    [InlineData("999999999999999999.0.0", 999999999999999999, 0, 0, null, null)]
    public void TryParse_valid_version_reads_every_part_and_writes_it_back(string text, long major, long minor, long patch, string? pre, string? build)
    {
        Assert.True(SemVersion.TryParse(text, out var version));

        Assert.Equal(new SemVersion(major, minor, patch, pre, build), version);
        Assert.Equal(text, version.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1.2")]
    [InlineData("1.2.3.4")]
    [InlineData("v1.2.3")]
    [InlineData("01.2.3")]
    [InlineData("1.2.3-01")]
    [InlineData("1.2.3-")]
    [InlineData("1.2.3+")]
    [InlineData("1.2.3-a..b")]
    [InlineData(" 1.2.3")]
    [InlineData("1.2.3 ")]
    [InlineData("1.2.3\n")]
    [InlineData("1.2.\u0663")]
    [InlineData("1.2.3-\u0661\u0663")]
    [InlineData("9999999999999999999.0.0")]
    public void TryParse_rejects_what_is_not_a_semantic_version(string? text)
    {
        Assert.False(SemVersion.TryParse(text, out var version));
        Assert.Null(version);
    }

    [Fact]
    public void Parse_of_invalid_text_throws_a_format_exception_naming_it()
    {
        var exception = Assert.Throws<FormatException>(() => SemVersion.Parse("1.2"));

        Assert.Contains("\"1.2\"", exception.Message);
    }

    [Fact]
    public void Versions_order_by_semver_precedence()
    {
        string[] ordered =
        [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0", "10.0.0",
        ];

        var shuffled = ordered.Reverse().Select(SemVersion.Parse).ToList();
        shuffled.Sort();

        Assert.Equal(ordered, shuffled.Select(v => v.ToString()));
    }

    [Fact]
    public void Numeric_identifiers_rank_below_alphanumeric_ones_even_when_they_look_negative()
    {
        Assert.True(SemVersion.Parse("1.0.0-0") < SemVersion.Parse("1.0.0--1"));
    }

    [Fact]
    public void Numeric_identifiers_longer_than_64_bits_compare_as_numbers()
    {
        Assert.True(SemVersion.Parse("1.0.0-99999999999999999999") < SemVersion.Parse("1.0.0-100000000000000000000"));
        Assert.True(SemVersion.Parse("1.0.0-99999999999999999999") < SemVersion.Parse("1.0.0-a"));
    }

    [Fact]
    public void Build_metadata_does_not_count_for_precedence()
    {
        Assert.Equal(0, SemVersion.Parse("1.0.0+a").CompareTo(SemVersion.Parse("1.0.0+b")));
    }

    [Fact]
    public void Comparison_operators_handle_null_as_lowest()
    {
        SemVersion? none = null;
        SemVersion? alsoNone = null;
        var one = SemVersion.Parse("1.0.0");

        Assert.True(none < one);
        Assert.True(one > none);
        Assert.True(none <= alsoNone);
        Assert.Equal(1, one.CompareTo(null));
    }

    [Theory]
    [InlineData("1.5.3", "1.5.4", "1.6.0", "2.0.0")]
    [InlineData("1.5.3-rc.1", "1.5.3", "1.6.0", "2.0.0")]
    [InlineData("1.6.0-rc.1", "1.6.0", "1.6.0", "2.0.0")]
    [InlineData("2.0.0-rc.1", "2.0.0", "2.0.0", "2.0.0")]
    [InlineData("1.5.3+build.7", "1.5.4", "1.6.0", "2.0.0")]
    public void Bumps_give_the_next_release(string from, string patch, string minor, string major)
    {
        var version = SemVersion.Parse(from);

        Assert.Equal(patch, version.BumpPatch().ToString());
        Assert.Equal(minor, version.BumpMinor().ToString());
        Assert.Equal(major, version.BumpMajor().ToString());
    }

    [Fact]
    public void Bumped_version_is_always_greater_than_a_release()
    {
        var version = SemVersion.Parse("1.5.3");

        Assert.True(version.BumpPatch() > version);
        Assert.True(version.BumpMinor() > version.BumpPatch());
        Assert.True(version.BumpMajor() > version.BumpMinor());
    }
}
