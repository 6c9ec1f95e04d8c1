using System.Text;
using System.Text.Encodings.Web;
using Dashboard.Core.Format;
using Dashboard.Web.Hosting;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Posts;

/// <summary>
/// Renders a post's body to HTML that is safe to show. Every text in a file is untrusted:
/// Markdig runs with raw HTML disabled, links and images keep only allow-listed schemes,
/// and the output passes through HtmlSanitizer before it becomes markup. Images load only from
/// the hosts in <c>Images:AllowedHosts</c> (the page's content security policy says the same);
/// any other is shown as its address, so its owner does not learn who reviews the post.
/// </summary>
public sealed class PostHtmlRenderer(IOptions<ImagesOptions> images)
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();
    private readonly ImagesOptions _images = images.Value;

    /// <summary>With the default image hosts.</summary>
    public PostHtmlRenderer()
        : this(Options.Create(new ImagesOptions()))
    {
    }

    public string RenderBody(Post post)
    {
        var sources = post.Meta.ImageSources ?? [];
        var html = new StringBuilder();
        var figureIndex = 0;
        for (var index = 0; index < post.Body.Count; index++)
        {
            var block = post.Body[index];

            // Each block's element carries its BlockId, the anchor a failing check links to.
            var id = $" id=\"{BlockId(index)}\"";
            switch (block)
            {
                case Heading heading:
                    html.Append("<h2").Append(id).Append('>').Append(HtmlEncoder.Default.Encode(heading.Text)).Append("</h2>");
                    break;
                case Paragraph paragraph:
                    html.Append(WithId(Markdown(paragraph.Text), "<p", id));
                    break;
                case BulletList list:
                    html.Append("<ul").Append(id).Append('>');
                    foreach (var item in list.Items)
                    {
                        html.Append("<li>").Append(Inline(item)).Append("</li>");
                    }

                    html.Append("</ul>");
                    break;
                case Figure figure:
                    var start = html.Length;
                    AppendFigure(html, figure, FindImage(sources, figure, figureIndex++));
                    html.Insert(start + "<figure".Length, id);
                    break;
            }
        }

        return _sanitizer.Sanitize(html.ToString());
    }

    private static bool IsBlockId(string id) =>
        id.StartsWith("block-", StringComparison.Ordinal) && id.Length > "block-".Length && id.AsSpan("block-".Length).ContainsAnyExceptInRange('0', '9') is false;

    // The id on the paragraph's own element; markdown that starts otherwise is left without one.
    private static string WithId(string rendered, string tag, string id) =>
        rendered.StartsWith(tag + ">", StringComparison.Ordinal) ? tag + id + rendered[tag.Length..] : rendered;

    /// <summary>The element id of the article's block at <paramref name="index"/>, for links to it (<c>#block-3</c>).</summary>
    public static string BlockId(int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"block-{index}");

    /// <summary>Inline markdown of one untrusted line, sanitized: for list items and meta values.</summary>
    public string Inline(string text)
    {
        var rendered = Markdown(text).Trim();
        if (rendered.StartsWith("<p>", StringComparison.Ordinal) && rendered.EndsWith("</p>", StringComparison.Ordinal))
        {
            rendered = rendered[3..^4];
        }

        return _sanitizer.Sanitize(rendered);
    }

    /// <summary>True when <paramref name="url"/> is absolute and uses an allowed scheme.</summary>
    public static bool IsAllowedUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);

    private string Markdown(string text)
    {
        var document = Markdig.Markdown.Parse(text, _pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsAllowedUrl(link.Url))
            {
                link.Url = "";
            }

            var attributes = link.GetAttributes();
            if (link.IsImage && link.Url is { Length: > 0 } url && !_images.Allows(url))
            {
                link.ReplaceBy(new HtmlInline(NotLoaded("span", url)));
            }
            else if (link.IsImage)
            {
                attributes.AddPropertyIfNotExist("loading", "lazy");
                attributes.AddPropertyIfNotExist("referrerpolicy", "no-referrer");
            }
            else
            {
                attributes.AddPropertyIfNotExist("rel", "nofollow noopener noreferrer");
            }
        }

        return Markdig.Markdown.ToHtml(document, _pipeline);
    }

    private void AppendFigure(StringBuilder html, Figure figure, ImageSource? image)
    {
        var alt = HtmlEncoder.Default.Encode(figure.AltText);
        html.Append("<figure>");
        if (image is not null && _images.Allows(image.Url))
        {
            html.Append("<img src=\"").Append(HtmlEncoder.Default.Encode(image.Url)).Append("\" alt=\"").Append(alt)
                .Append("\" loading=\"lazy\" referrerpolicy=\"no-referrer\" />");
        }
        else if (image is not null && IsAllowedUrl(image.Url))
        {
            html.Append(NotLoaded("div", image.Url));
        }
        else
        {
            html.Append("<div class=\"figure-missing\">").Append(alt).Append("</div>");
        }

        html.Append("<figcaption>").Append(Inline(image?.Caption is { Length: > 0 } caption ? caption : figure.AltText))
            .Append(" · image source: ").Append(HtmlEncoder.Default.Encode(figure.Source)).Append("</figcaption></figure>");
    }

    // The placeholder of an image from a host that is not allowed: its address as text, never as a source.
    private static string NotLoaded(string element, string url) =>
        $"<{element} class=\"image-not-loaded\">image not loaded (its host is not allowed): <code>{HtmlEncoder.Default.Encode(url)}</code></{element}>";

    // The figure's record in "image sources": the one captioned like it, else the one at its position.
    private static ImageSource? FindImage(IReadOnlyList<ImageSource> images, Figure figure, int index) =>
        images.FirstOrDefault(i => i.Caption == figure.AltText) ?? (index < images.Count ? images[index] : null);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in AllowedSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.AllowedTags.Add("figure");
        sanitizer.AllowedTags.Add("figcaption");
        sanitizer.AllowedAttributes.Add("loading");
        sanitizer.AllowedAttributes.Add("referrerpolicy");
        sanitizer.AllowedAttributes.Add("rel");

        // Only the renderer's own classes: Markdig with HTML disabled gives a file no way to set one.
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedClasses.Add("figure-missing");
        sanitizer.AllowedClasses.Add("image-not-loaded");

        // The blocks' own anchors (BlockId), which the checks panel links to; as for classes, a
        // file has no way to set one, and any other id is dropped.
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element && element.Id is { } id && !IsBlockId(id))
            {
                element.RemoveAttribute("id");
            }
        };
        return sanitizer;
    }
}
