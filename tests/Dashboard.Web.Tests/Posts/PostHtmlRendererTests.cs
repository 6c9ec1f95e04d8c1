using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Hosting;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Posts;

public class PostHtmlRendererTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string ImageHandler = "<img src=x onerror=alert(1)>";
    private const string ScriptLink = "[click](javascript:alert(1))";
    private const string ImageUrl = "https://images.example.test/photo-1.jpg?auto=format&fit=crop&w=1200";

    private const string TrackerUrl = "https://tracker.example.test/pixel.gif?reader=1";

    private readonly PostHtmlRenderer _renderer = new(Options.Create(new ImagesOptions { AllowedHosts = "images.example.test" }));

    [Fact]
    public void RenderBody_EachBlockCarriesItsAnchorAndNoOtherIdSurvives()
    {
        var post = PostWith(
            [
                new Heading("heading"),
                new Paragraph("paragraph {#forged} with <a id=\"forged\">an anchor</a>"),
                new BulletList(["item"]),
                new Figure("figure", "unsplash"),
            ],
            [new ImageSource("unsplash", ImageUrl, "figure")]);

        var document = new HtmlParser().ParseDocument(_renderer.RenderBody(post));

        Assert.Equal(["block-0", "block-1", "block-2", "block-3"], document.QuerySelectorAll("[id]").Select(e => e.Id));
        Assert.Equal(["H2", "P", "UL", "FIGURE"], document.QuerySelectorAll("[id]").Select(e => e.TagName));
    }

    [Fact]
    public void RenderBody_MarkupInEveryKindOfBlock_RendersAsTextWithoutScriptHandlersOrScriptLinks()
    {
        var post = PostWith(
            [
                new Heading($"heading {Script}"),
                new Paragraph($"paragraph {Script} then {ImageHandler} then {ScriptLink}."),
                new BulletList([$"item {Script}", $"item {ImageHandler}", $"item {ScriptLink}"]),
                new Figure($"figure {Script}", "unsplash"),
            ],
            [new ImageSource("unsplash", ImageUrl, $"figure {Script}")]);

        var html = _renderer.RenderBody(post);
        var document = Parse(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
        Assert.Single(document.QuerySelectorAll("img"));
        Assert.Contains("&lt;script&gt;", html);
        // What the reviewer reads is the file's text, escaped, not dropped.
        var text = document.Body!.TextContent;
        Assert.Contains($"heading {Script}", text);
        Assert.Contains(ImageHandler, text);
        Assert.Contains($"item {Script}", text);
        Assert.Contains("click", text);
    }

    [Fact]
    public void RenderBody_Figure_RendersALazyImageFromItsImageSource()
    {
        var post = PostWith([new Paragraph("intro."), new Figure("a chart", "unsplash")], [new ImageSource("unsplash", ImageUrl, "a chart")]);

        var document = Parse(_renderer.RenderBody(post));

        var image = Assert.Single(document.QuerySelectorAll("figure img"));
        Assert.Equal(ImageUrl, image.GetAttribute("src"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Equal("a chart", image.GetAttribute("alt"));
        Assert.Contains("image source: unsplash", document.QuerySelector("figcaption")!.TextContent);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("/relative/path.png")]
    public void RenderBody_ImageSourceWithADisallowedUrl_IsNotUsedAsSrc(string url)
    {
        var post = PostWith([new Figure("a chart", "unsplash")], [new ImageSource("unsplash", url, "a chart")]);

        var html = _renderer.RenderBody(post);
        var document = Parse(html);

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.DoesNotContain(url, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("a chart", document.QuerySelector("figure")!.TextContent);
    }

    [Theory]
    [InlineData(TrackerUrl)]
    [InlineData("http://images.example.test/photo-1.jpg")]
    [InlineData("https://images.example.test:8443/photo-1.jpg")]
    [InlineData("https://images.example.test.tracker.example/photo-1.jpg")]
    public void RenderBody_FigureFromAHostNotAllowed_IsAPlaceholderWithItsAddressAsText(string url)
    {
        var post = PostWith([new Figure("a chart", "unsplash")], [new ImageSource("unsplash", url, "a chart")]);

        var document = Parse(_renderer.RenderBody(post));

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Value.Contains(url, StringComparison.Ordinal)));
        var placeholder = Assert.Single(document.QuerySelectorAll("figure .image-not-loaded"));
        Assert.Contains(url, placeholder.TextContent);
    }

    [Fact]
    public void RenderBody_MarkdownImages_LoadOnlyFromAllowedHosts()
    {
        var post = PostWith([new Paragraph($"a ![pixel]({TrackerUrl}) and ![photo]({ImageUrl}).")], []);

        var document = Parse(_renderer.RenderBody(post));

        Assert.Equal([ImageUrl], document.QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
        Assert.Contains(TrackerUrl, Assert.Single(document.QuerySelectorAll("p .image-not-loaded")).TextContent);
    }

    [Fact]
    public void The_default_image_hosts_are_the_generators()
    {
        var generator = new PostGenerator(new GeneratorOptions { Seed = 3 });
        var images = Enumerable.Range(0, 200).SelectMany(i => generator.GeneratePost(i).Meta.ImageSources ?? []).ToList();

        Assert.Equal(4, images.Select(i => new Uri(i.Url).Host).Distinct().Count());
        Assert.All(images, image => Assert.True(new ImagesOptions().Allows(image.Url), image.Url));
    }

    [Fact]
    public void Inline_HttpsLink_KeepsItsHrefWithNoFollow()
    {
        var document = Parse(_renderer.Inline("see [the docs](https://docs.example.test/a)"));

        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("https://docs.example.test/a", link.GetAttribute("href"));
        Assert.Contains("nofollow", link.GetAttribute("rel"));
    }

    [Fact]
    public void RenderBody_Sample_RendersEveryBodyBlock()
    {
        var document = Parse(new PostHtmlRenderer().RenderBody(TestFiles.SamplePost));

        Assert.Equal(["production checks", "implementation checklist", "final notes"], document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(5, document.QuerySelectorAll("ul li").Length);
        Assert.StartsWith("https://images.unsplash.com/", Assert.Single(document.QuerySelectorAll("img")).GetAttribute("src"));
    }

    private static Post PostWith(IReadOnlyList<BodyBlock> body, IReadOnlyList<ImageSource> images) =>
        PostBuilder.FromSample().WithBody(body).WithMeta(meta => meta with { ImageSources = images }).Build();

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
}
