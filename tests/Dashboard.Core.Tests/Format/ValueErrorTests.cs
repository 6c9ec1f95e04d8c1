using Dashboard.Core.Format;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

public class ValueErrorTests
{
    private static ParseError RejectedLine(string prefix, string replacement, params string[] fragments)
    {
        var text = Samples.ReplaceLine(Samples.Text, prefix, replacement);
        return ParseAssert.Single(ParseAssert.Rejects(text), Samples.LineOf(text, replacement), fragments);
    }

    [Fact]
    public void Score_that_is_not_a_number_names_line_field_and_value()
    {
        var error = RejectedLine("  • quality: ", "  • quality: high");

        Assert.Equal("line 54: score \"quality\" is \"high\"; expected a whole number from 0 to 100", error.ToString());
    }

    [Theory]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("8.5")]
    [InlineData(" 87")]
    [InlineData("")]
    public void Score_outside_0_to_100_or_not_whole_is_an_error(string value)
    {
        RejectedLine("  • depth: ", "  • depth: " + value, "score \"depth\"", "expected a whole number from 0 to 100");
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("2")]
    [InlineData("true")]
    public void Flag_other_than_0_or_1_is_an_error(string value)
    {
        RejectedLine("  • has images: ", "  • has images: " + value, $"flag \"has images\" is \"{value}\"; expected 0 or 1");
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("v1.5.3")]
    [InlineData("01.5.3")]
    [InlineData("1.5.3-")]
    public void Version_that_is_not_semantic_is_an_error(string value)
    {
        RejectedLine("  • version: ", "  • version: " + value, $"revision \"version\" is \"{value}\"; expected a semantic version");
    }

    [Theory]
    [InlineData("2018-13-45")]
    [InlineData("2018-02-30")]
    [InlineData("07/01/2018")]
    [InlineData("2018-1-7")]
    [InlineData("")]
    public void Date_that_is_not_yyyy_mm_dd_is_an_error(string value)
    {
        RejectedLine("  • last reviewed: ", "  • last reviewed: " + value, "revision \"last reviewed\"", "expected a date as yyyy-MM-dd");
    }

    [Fact]
    public void Pre_release_version_and_leap_day_are_accepted()
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • version: ", "  • version: 2.0.0-rc.1+build.5");
        text = Samples.ReplaceLine(text, "  • last reviewed: ", "  • last reviewed: 2020-02-29");

        var post = ParseAssert.Accepts(text);

        Assert.Equal(new SemVersion(2, 0, 0, "rc.1", "build.5"), post.Meta.Revision!.Version);
        Assert.Equal(new DateOnly(2020, 2, 29), post.Meta.Revision.LastReviewed);
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void Revision_status_is_kept_as_written()
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • status: ", "  • status: published");

        Assert.Equal("published", ParseAssert.Accepts(text).Meta.Revision!.Status);
    }

    [Fact]
    public void Empty_revision_status_is_an_error()
    {
        RejectedLine("  • status: ", "  • status: ", "revision \"status\" is empty");
    }

    [Fact]
    public void Hash_is_stored_without_verification()
    {
        var text = Samples.ReplaceLine(Samples.Text, "hash", "hashnot-even-hex");

        Assert.Equal("not-even-hex", ParseAssert.Accepts(text).Meta.Hash);
    }

    [Fact]
    public void View_count_and_seed_beyond_32_bits_are_accepted()
    {
        var text = Samples.ReplaceLine(Samples.Text, "view count", "view count9223372036854775807");
        text = Samples.ReplaceLine(text, "  • seed: ", "  • seed: 4294967296");

        var post = ParseAssert.Accepts(text);

        Assert.Equal(long.MaxValue, post.Meta.ViewCount);
        Assert.Equal(4294967296L, post.Meta.Payload!.Seed);
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void View_count_beyond_64_bits_is_an_error_saying_it_is_too_large()
    {
        RejectedLine("view count", "view count9223372036854775808", "view count is \"9223372036854775808\"", "more than 9223372036854775807");
    }

    [Fact]
    public void Reading_time_beyond_32_bits_is_an_error_saying_it_is_too_large()
    {
        RejectedLine("reading time", "reading time2147483648", "reading time is \"2147483648\"", "more than 2147483647");
    }

    [Fact]
    public void Paragraphs_beyond_32_bits_is_an_error_saying_it_is_too_large()
    {
        RejectedLine("  • paragraphs: ", "  • paragraphs: 99999999999999999999999", "payload \"paragraphs\"", "more than 2147483647");
    }

    [Theory]
    [InlineData("reading time", "reading timesix", "expected a whole number of minutes")]
    [InlineData("view count", "view count-5", "expected a whole number")]
    [InlineData("view count", "view count122,657", "expected a whole number")]
    [InlineData("  • seed: ", "  • seed: 1e3", "expected a whole number")]
    public void Numbers_must_be_plain_digits(string prefix, string replacement, string fragment)
    {
        RejectedLine(prefix, replacement, fragment);
    }

    [Fact]
    public void Map_item_without_key_value_form_is_an_error()
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • quality: ", "  • quality 87");

        var error = Assert.Single(ParseAssert.Rejects(text));

        Assert.Equal($"line {Samples.LineOf(text, "  • quality")}: \"score\" item \"quality 87\" is not \"key: value\"", error.ToString());
    }

    [Fact]
    public void List_item_with_the_wrong_indent_is_an_error()
    {
        RejectedLine("  • pytest", "    • pytest", "\"tools\" items must look like \"  • item\"");
    }

    [Fact]
    public void Record_item_with_two_spaces_is_an_error_asking_for_four()
    {
        var text = Samples.ReplaceLine(Samples.Text, "    • name: backend", "  • name: backend");

        var errors = ParseAssert.Rejects(text);

        Assert.Equal(Samples.LineOf(text, "  • name: backend"), errors[0].Line);
        Assert.Contains("\"entities\" items must look like \"    • key: value\" (four spaces", errors[0].Message);
    }

    [Fact]
    public void Map_item_ending_in_a_colon_has_an_empty_value()
    {
        var text = Samples.InsertBefore(Samples.Text, "  • quality: ", "  • reviewer:");

        var post = ParseAssert.Accepts(text);

        Assert.Equal([new MetaPair("reviewer", string.Empty)], post.Meta.Score!.Extra);
        ParseAssert.WritesStably(post);
    }

    [Fact]
    public void Duplicated_known_label_is_an_error_naming_both_lines()
    {
        var text = Samples.InsertBefore(Samples.Text, "notes", "hashffffffffffffffffffffffff");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "hashffff"), "\"hash\" appears twice", $"first on line {Samples.LineOf(text, "hash2794")}");
    }

    [Fact]
    public void Duplicated_map_key_is_an_error()
    {
        var text = Samples.InsertBefore(Samples.Text, "  • freshness: ", "  • quality: 90");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "  • quality: 90"), "score has \"quality\" twice");
    }

    [Fact]
    public void Second_meta_marker_is_an_error()
    {
        var text = Samples.InsertBefore(Samples.Text, "notes", "alphanode post meta");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "notes") - 1, "\"alphanode post meta\" appears again");
    }

    [Fact]
    public void Indented_line_before_any_label_is_an_error()
    {
        var text = Samples.InsertBefore(Samples.Text, "topic", "  • stray");

        var errors = ParseAssert.Rejects(text);

        ParseAssert.Single(errors, Samples.LineOf(text, "  • stray"), "comes before any meta label");
    }

    [Fact]
    public void Every_bad_value_is_reported_in_one_pass_in_line_order()
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • quality: ", "  • quality: high");
        text = Samples.ReplaceLine(text, "  • version: ", "  • version: 1.2");
        text = Samples.ReplaceLine(text, "  • has images: ", "  • has images: yes");

        var errors = ParseAssert.Rejects(text);

        Assert.Equal(
            [Samples.LineOf(text, "  • quality"), Samples.LineOf(text, "  • version"), Samples.LineOf(text, "  • has images")],
            errors.Select(e => e.Line));
    }

    [Fact]
    public void A_flood_of_errors_is_capped_with_a_note()
    {
        var text = Samples.InsertBefore(Samples.Text, "notes", [.. Enumerable.Repeat("hashagain", 40)]);

        var errors = ParseAssert.Rejects(text);

        Assert.Equal(21, errors.Count);
        Assert.Contains("20 more errors not shown", errors[^1].Message);
    }
}
