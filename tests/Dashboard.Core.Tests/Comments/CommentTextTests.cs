using Dashboard.Core.Comments;

namespace Dashboard.Core.Tests.Comments;

public class CommentTextTests
{
    private static readonly Dictionary<string, string> Accounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lead@example.test"] = "id-lead",
        ["erin"] = "id-erin",
    };

    [Fact]
    public void Handles_are_found_after_a_space_or_the_start_each_once_and_a_final_full_stop_is_no_part_of_them()
    {
        var handles = CommentText.Handles("@erin please ask @lead@example.test. Thanks, @Erin, and mail me at me@example.test");

        Assert.Equal(["erin", "lead@example.test"], handles);
    }

    [Fact]
    public void Encoding_stores_each_mention_as_its_account_id_and_display_shows_the_current_name()
    {
        var stored = CommentText.Encode("@lead@example.test see the table, @erin.", Accounts.GetValueOrDefault, out var unknown);

        Assert.Empty(unknown);
        Assert.Equal("@<id-lead> see the table, @<id-erin>.", stored);
        Assert.Equal(["id-lead", "id-erin"], CommentText.MentionedIds(stored!));
        Assert.Equal("@Lee see the table, @Erin E.", CommentText.Display(stored!, id => id == "id-lead" ? "Lee" : "Erin E"));
    }

    [Fact]
    public void Encoding_with_an_unknown_handle_names_it_and_stores_nothing()
    {
        var stored = CommentText.Encode("@erin and @nobody@example.test", Accounts.GetValueOrDefault, out var unknown);

        Assert.Null(stored);
        Assert.Equal(["nobody@example.test"], unknown);
    }

    [Fact]
    public void Text_that_looks_like_a_stored_mention_is_refused_rather_than_taken_for_one()
    {
        var stored = CommentText.Encode("hello @<id-lead>", Accounts.GetValueOrDefault, out var unknown);

        Assert.Null(stored);
        Assert.Equal(["<id-lead>"], unknown);
    }

    [Fact]
    public void Segments_split_text_and_mentions_in_order()
    {
        var segments = CommentText.Segments("a @<x> b");

        Assert.Equal([new CommentSegment("a ", null), new CommentSegment(null, "x"), new CommentSegment(" b", null)], segments);
    }
}
