using Dashboard.Core.Comments;

namespace Dashboard.Core.Tests.Comments;

public class CommentAnchorTests
{
    [Theory]
    [InlineData("paragraph:3", AnchorKind.Paragraph, 3)]
    [InlineData(" Checklist : 2 ", AnchorKind.ChecklistItem, 2)]
    public void An_anchor_is_read_whatever_its_case_and_spacing_and_written_back_canonically(string text, AnchorKind kind, int number)
    {
        var anchor = CommentAnchor.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(new CommentAnchor(kind, number), anchor);
        Assert.Equal(CommentAnchor.Parse(anchor!.ToString(), out _), anchor);
    }

    [Theory]
    [InlineData("paragraph")]
    [InlineData("paragraph:0")]
    [InlineData("paragraph:-1")]
    [InlineData("heading:2")]
    [InlineData("checklist:two")]
    public void Anything_else_is_refused_with_the_text_named(string text)
    {
        Assert.Null(CommentAnchor.Parse(text, out var error));
        Assert.Contains($"\"{text}\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_anchor_past_the_posts_places_says_how_many_there_are()
    {
        Assert.Null(new CommentAnchor(AnchorKind.Paragraph, 4).CheckAgainst(paragraphs: 4, checklistItems: 0));
        Assert.Equal("The anchor checklist:4 names checklist item 4, but the post has 3 checklist items.",
            new CommentAnchor(AnchorKind.ChecklistItem, 4).CheckAgainst(paragraphs: 9, checklistItems: 3));
    }
}
