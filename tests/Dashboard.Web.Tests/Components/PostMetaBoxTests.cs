using Bunit;
using Dashboard.Core.Format;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Tests.TestSupport;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Components;

public class PostMetaBoxTests : BunitContext
{
    private const string UnknownScalar = "translation statusnot started";

    private readonly Post _post;

    public PostMetaBoxTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        var text = TestFiles.InsertBefore(TestFiles.SampleText, "payload", UnknownScalar);
        text = TestFiles.InsertBefore(text, "payload", "related posts\n  • alphanode-000001\n  • alphanode-000002");
        _post = TestFiles.Parse(text);
        Assert.Equal(2, _post.Meta.Unknown.Count);
    }

    [Fact]
    public void PostMetaBox_Sample_ShowsEveryScalarField()
    {
        var cut = RenderBox();

        Assert.Equal("documenting production defaults / python services", Field(cut, "topic"));
        Assert.Equal(_post.Meta.Summary, Field(cut, "summary"));
        Assert.Equal(_post.Meta.AiBrief, Field(cut, "ai brief"));
        Assert.Equal("python", Field(cut, "code language"));
        Assert.Equal("intermediate", Field(cut, "difficulty"));
        Assert.Equal("6 min", Field(cut, "reading time"));
        Assert.Equal(TestFiles.SampleSourceId, Field(cut, "source id"));
        Assert.Equal("anp content synthesizer", Field(cut, "generator"));
        Assert.Equal("2829", Field(cut, "seed"));
        Assert.Equal("anp-ref-002829-7966", Field(cut, "reference"));
        Assert.Equal("2794a8d0d676054666b27ef2", Field(cut, "hash"));
        Assert.Equal("for a content heavy programming website", Field(cut, "context"));
    }

    [Fact]
    public void PostMetaBox_Sample_ShowsArrayMetaAsListItems()
    {
        var cut = RenderBox();

        Assert.Equal(["python services", "backend", "python"], ListAfter(cut, "stack"));
        Assert.Equal(["fastapi", "pytest", "uvicorn", "ruff", "git", "logs"], ListAfter(cut, "tools"));
        Assert.Equal(_post.Meta.Notes, ListAfter(cut, "notes"));
        Assert.Equal(3, _post.Meta.Notes!.Count);
        var checklist = cut.Find("[data-testid=meta-checklist]");
        Assert.Equal("OL", checklist.TagName);
        Assert.Equal(
            ["run linting", "run unit tests", "run one integration check", "verify staging config", "tag the release"],
            checklist.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void PostMetaBox_Sample_ShowsEntitiesAndImageSources()
    {
        var cut = RenderBox();

        var rows = cut.Find("[data-testid=entities-box]").QuerySelectorAll("tbody tr")
            .Select(tr => (tr.Children[0].TextContent.Trim(), tr.Children[1].TextContent.Trim()));
        Assert.Equal([("python services", "stack"), ("backend", "area"), ("documenting production defaults", "problem")], rows);
        var url = _post.Meta.ImageSources![0].Url;
        var link = Assert.Single(cut.FindAll("[data-testid=entities-box] a"));
        Assert.Equal(url, link.GetAttribute("href"));
        Assert.Equal(url, link.TextContent.Trim());
        Assert.Equal("unsplash", Field(cut, "source"));
        Assert.Equal(_post.Meta.ImageSources[0].Caption, Field(cut, "caption"));
    }

    [Fact]
    public void PostMetaBox_UnknownEntries_AreShownVerbatim()
    {
        var cut = RenderBox();

        var unknown = cut.FindAll("[data-testid=meta-unknown]").Select(e => e.TextContent).ToList();
        Assert.Equal([UnknownScalar, "related posts\n  • alphanode-000001\n  • alphanode-000002"], unknown);
    }

    [Fact]
    public void PostMetaBox_ImageUrlWithAScriptScheme_IsTextNotALink()
    {
        var post = _post with { Meta = _post.Meta with { ImageSources = [new ImageSource("unsplash", "javascript:alert(1)", "x")] } };

        var cut = Render<PostMetaBox>(p => p.Add(b => b.Post, post).Add(b => b.Renderer, new PostHtmlRenderer()));

        Assert.Empty(cut.FindAll("[data-testid=entities-box] a"));
        Assert.Contains("javascript:alert(1)", cut.Find("[data-testid=entities-box]").TextContent);
    }

    private IRenderedComponent<PostMetaBox> RenderBox() =>
        Render<PostMetaBox>(p => p.Add(b => b.Post, _post).Add(b => b.Renderer, new PostHtmlRenderer()));

    /// <summary>The text of the &lt;dd&gt; after the first &lt;dt&gt; labelled <paramref name="label"/>.</summary>
    private static string Field(IRenderedComponent<PostMetaBox> cut, string label)
    {
        var term = cut.FindAll("dt").FirstOrDefault(dt => dt.TextContent.Trim() == label);
        Assert.True(term is not null, $"no field \"{label}\"");
        return term.NextElementSibling!.TextContent.Trim();
    }

    /// <summary>The items of the list right after the heading <paramref name="label"/>.</summary>
    private static IEnumerable<string> ListAfter(IRenderedComponent<PostMetaBox> cut, string label)
    {
        var heading = cut.FindAll("p, h6, span").FirstOrDefault(e => e.TextContent.Trim() == label && e.NextElementSibling is { TagName: "UL" or "OL" });
        Assert.True(heading is not null, $"no list headed \"{label}\"");
        return heading.NextElementSibling!.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
    }
}
