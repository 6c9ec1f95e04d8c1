using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

/// <summary>What <see cref="ImportRules"/> refuses, by line, and what it normalises.</summary>
public class ImportRulesTests
{
    private static readonly ImportRules Rules = new(new ChecklistLimits(MaxItems: 5, MaxItemLength: 30, "Import:MaxChecklistItems", "Import:MaxChecklistItemLength"));

    private static ParseResult Import(string text) => PostParser.Parse(text, Rules);

    private static ParseError RefusedLine(string text, int line, params string[] fragments)
    {
        var result = Import(text);
        Assert.False(result.IsSuccess, "the import rules accepted the file");
        return ParseAssert.Single(result.Errors, line, fragments);
    }

    private static string WithSourceId(string sourceId) =>
        Samples.ReplaceLine(Samples.Text, "  • source id: ", "  • source id: " + sourceId);

    [Fact]
    public void Source_id_longer_than_its_column_is_refused_on_its_line()
    {
        var text = WithSourceId(new string('a', FieldLimits.SourceId + 1));

        RefusedLine(text, Samples.LineOf(text, "  • source id: "), "payload \"source id\"", $"{FieldLimits.SourceId + 1} characters", $"at most {FieldLimits.SourceId}");
    }

    [Fact]
    public void Source_id_as_long_as_its_column_is_accepted()
    {
        var sourceId = new string('a', FieldLimits.SourceId);

        Assert.Equal(sourceId, Import(WithSourceId(sourceId)).Post?.SourceId);
    }

    [Theory]
    [InlineData("alphanode/002829", "/")]
    [InlineData("alphanode%2e002829", "%")]
    [InlineData("alphanode 002829", " ")]
    [InlineData("alphanode?x=1", "?")]
    [InlineData("alphanode#1", "#")]
    [InlineData("alphanode\\1", "\\")]
    [InlineData("alphanodé-1", "é")]
    public void Source_id_with_a_character_routing_changes_is_refused_naming_it(string sourceId, string character)
    {
        var text = WithSourceId(sourceId);

        RefusedLine(text, Samples.LineOf(text, "  • source id: "), $"has \"{character}\"", SourceIdRule.Description);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("-alphanode")]
    public void Source_id_that_does_not_start_with_a_letter_or_digit_is_refused(string sourceId)
    {
        var text = WithSourceId(sourceId);

        RefusedLine(text, Samples.LineOf(text, "  • source id: "), "does not start with a letter or digit");
    }

    [Theory]
    [InlineData("alphanode-002829")]
    [InlineData("A.b_c-9")]
    [InlineData("7")]
    public void Source_id_of_allowed_characters_is_accepted(string sourceId)
    {
        Assert.Equal(sourceId, Import(WithSourceId(sourceId)).Post?.SourceId);
    }

    [Theory]
    [InlineData("Approved ", "approved")]
    [InlineData("APPROVED", "approved")]
    [InlineData("In  Review", "in review")]
    [InlineData(" changes\trequested", "changes requested")]
    [InlineData("drafted", "drafted")]
    public void Known_status_in_any_case_and_spacing_is_read_as_the_workflow_writes_it(string written, string expected)
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • status: ", "  • status: " + written);

        Assert.Equal(expected, Import(text).Post?.Meta.Revision?.Status);
    }

    [Theory]
    [InlineData("published")]
    [InlineData("approved!")]
    [InlineData("inreview")]
    public void Unknown_status_is_refused_on_its_line_listing_the_known_ones(string written)
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • status: ", "  • status: " + written);

        RefusedLine(text, Samples.LineOf(text, "  • status: "), $"revision \"status\" is \"{written}\"", string.Join(", ", ReviewStatus.All));
    }

    [Fact]
    public void Status_longer_than_its_column_is_refused_on_its_line()
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • status: ", "  • status: " + new string('x', FieldLimits.Status + 1));

        RefusedLine(text, Samples.LineOf(text, "  • status: "), "revision \"status\"");
    }

    [Fact]
    public void Every_known_status_fits_its_column()
    {
        Assert.All(ReviewStatus.All, status => Assert.InRange(status.Length, 1, FieldLimits.Status));
    }

    [Fact]
    public void Version_longer_than_its_column_is_refused_on_its_line()
    {
        var version = "1.0.0-" + new string('a', FieldLimits.Version - 5);
        var text = Samples.ReplaceLine(Samples.Text, "  • version: ", "  • version: " + version);

        RefusedLine(text, Samples.LineOf(text, "  • version: "), "revision \"version\"", $"{FieldLimits.Version + 1} characters", $"most stored is {FieldLimits.Version}");
    }

    [Fact]
    public void Version_as_long_as_its_column_is_accepted()
    {
        var version = "1.0.0-" + new string('a', FieldLimits.Version - 6);
        var text = Samples.ReplaceLine(Samples.Text, "  • version: ", "  • version: " + version);

        Assert.Equal(version, Import(text).Post?.Meta.Revision?.Version.ToString());
    }

    // The sample with its meta checklist replaced by these items.
    private static string WithChecklist(params string[] items) =>
        Samples.InsertBefore(Samples.RemoveEntry(Samples.Text, "checklist"), "entities", ["checklist", .. items.Select(i => "  • " + i)]);

    [Fact]
    public void Checklist_with_more_items_than_the_limit_is_refused_on_the_first_item_too_many()
    {
        var text = WithChecklist([.. Enumerable.Range(1, 8).Select(i => $"step {i}")]);

        RefusedLine(text, Samples.LineOf(text, "  • step 6"), "the checklist has 8 items", "the most accepted is 5", "(setting Import:MaxChecklistItems)");
    }

    [Fact]
    public void Checklist_item_longer_than_the_limit_is_refused_on_its_line_naming_it()
    {
        var text = WithChecklist("run linting", "run unit tests", "tag", new string('v', 31));

        RefusedLine(text, Samples.LineOf(text, "  • vvv"), "checklist item 4", "is 31 characters", "the most accepted is 30", "(setting Import:MaxChecklistItemLength)");
    }

    [Fact]
    public void Checklist_at_the_limits_is_accepted()
    {
        var text = WithChecklist([.. Enumerable.Range(1, 5).Select(i => new string((char)('a' + i), 30))]);

        Assert.Equal(5, Import(text).Post?.Meta.Checklist?.Count);
    }

    [Fact]
    public void Without_rules_the_parser_still_reads_any_well_formed_file()
    {
        // Documents stored before these rules must still open.
        var text = Samples.ReplaceLine(WithSourceId("legacy/id"), "  • status: ", "  • status: Published");

        var post = ParseAssert.Accepts(text);

        Assert.Equal(("legacy/id", "Published"), (post.SourceId, post.Meta.Revision?.Status));
    }

    [Fact]
    public void Checklist_limits_name_the_first_item_over_them()
    {
        var limits = new ChecklistLimits(3, 5);

        Assert.Null(limits.Check(["a", "bb", "ccccc"]));
        Assert.Contains("item 2 \"bbbbbb\" is 6 characters", limits.Check(["a", "bbbbbb"]), StringComparison.Ordinal);
        Assert.Contains("4 items; the most accepted is 3", limits.Check(["a", "b", "c", "d"]), StringComparison.Ordinal);
    }
}
