using Dashboard.Core.Format;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

public class ChecklistTests
{
    private static readonly string[] NewChecklist = ["run the smoke test", "tag the release"];

    private static string[] BodyChecklist(Post post)
    {
        var blocks = post.Body.ToList();
        var heading = blocks.FindIndex(b => b is Heading { Text: "implementation checklist" });
        return blocks[heading + 1] is BulletList list ? [.. list.Items] : [];
    }

    [Fact]
    public void WithChecklist_changes_the_meta_and_the_body_together()
    {
        var post = PostBuilder.FromSample().Build().WithChecklist(NewChecklist);

        Assert.Equal(NewChecklist, post.Meta.Checklist);
        Assert.Equal(NewChecklist, BodyChecklist(post));
        var written = ParseAssert.Accepts(ParseAssert.WritesStably(post));
        Assert.Equal(NewChecklist, BodyChecklist(written));
        Assert.Equal(NewChecklist, written.Meta.Checklist);
    }

    [Fact]
    public void Writer_shows_the_meta_checklist_in_the_body_even_when_only_the_meta_changed()
    {
        var post = PostBuilder.FromSample().WithMeta(meta => meta with { Checklist = NewChecklist }).Build();

        var text = PostWriter.Write(post);

        Assert.Contains("implementation checklist\n\n  • run the smoke test\n  • tag the release\n\nfinal notes", text);
        Assert.DoesNotContain("run linting", text);
        Assert.Equal(text, PostWriter.Write(post.WithChecklist(NewChecklist)));
    }

    [Fact]
    public void File_whose_body_list_contradicts_the_meta_is_written_with_the_meta_checklist()
    {
        var bodyList = Samples.Text.IndexOf("  • run linting\n  • run unit tests\n", StringComparison.Ordinal);
        var text = Samples.Text.Remove(bodyList, "  • run linting\n  • run unit tests\n".Length).Insert(bodyList, "  • lint\n");

        var post = ParseAssert.Accepts(text);

        Assert.Equal(Samples.Text, PostWriter.Write(post));
    }

    [Fact]
    public void Empty_checklist_removes_the_body_list_but_keeps_the_heading()
    {
        var post = PostBuilder.FromSample().Build().WithChecklist([]);

        var text = ParseAssert.WritesStably(post);

        Assert.Contains("implementation checklist\n\nfinal notes", text);
        Assert.Contains("\nchecklist\nentities\n", text);
    }

    [Fact]
    public void Checklist_is_inserted_under_a_heading_that_has_no_list()
    {
        var post = PostBuilder.FromSample()
            .WithBody(new Paragraph("intro."), new Heading("implementation checklist"))
            .Build();

        var text = ParseAssert.WritesStably(post);

        Assert.Contains("implementation checklist\n\n  • run linting\n", text);
        Assert.Equal(post.Meta.Checklist, BodyChecklist(ParseAssert.Accepts(text)));
    }

    [Fact]
    public void Body_without_the_heading_is_left_alone()
    {
        var post = PostBuilder.FromSample().WithBody(new Paragraph("intro."), new BulletList(["other"])).Build();

        var changed = post.WithChecklist(NewChecklist);

        Assert.Equal(post.Body, changed.Body);
        Assert.Contains("  • other\n", PostWriter.Write(changed));
    }

    [Fact]
    public void Post_without_a_meta_checklist_keeps_its_body_list()
    {
        var post = PostBuilder.FromSample().WithMeta(meta => meta with { Checklist = null }).Build();

        var text = PostWriter.Write(post);

        Assert.Contains("implementation checklist\n\n  • run linting\n", text);
        Assert.DoesNotContain("\nchecklist\n", text);
    }
}
