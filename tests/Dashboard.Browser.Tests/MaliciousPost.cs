using Dashboard.Core.Format;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Browser.Tests;

/// <summary>
/// The sample post turned hostile: script in the title, an onerror image and a javascript: link in
/// paragraphs, script in a checklist item and in meta values. Imported through the app's importer,
/// as an export file would be.
/// </summary>
public static class MaliciousPost
{
    public const string SourceId = "alphanode-xss-001";
    public const string TitleScript = "<script>window.__xss=1</script>";
    public const string ImageParagraph = "an image that must stay text <img src=x onerror=\"window.__xss=2\"> in this paragraph.";
    public const string LinkParagraph = "a link that must stay inert [click me](javascript:window.__xss=3) in this paragraph.";
    public const string ChecklistScript = "<script>window.__xss=4</script>";
    public const string Title = TitleScript + " production checklist for hostile markup";

    public static Post Create()
    {
        var sample = PostBuilder.FromSample().Build();
        var body = sample.Body.ToList();
        var first = body.FindIndex(b => b is Paragraph);
        body.InsertRange(first + 1, [new Paragraph(ImageParagraph), new Paragraph(LinkParagraph)]);

        return PostBuilder.From(sample)
            .WithTitle(Title)
            .WithBody(body)
            .WithSourceId(SourceId)
            .WithMeta(meta => meta with
            {
                Checklist = [.. meta.Checklist ?? [], ChecklistScript],
                AiBrief = "<script>window.__xss=5</script> a brief with markup",
                Notes = [.. meta.Notes ?? [], "<img src=x onerror=\"window.__xss=6\">"],
            })
            .Build();
    }

    public static async Task ImportAsync(IServiceProvider services)
    {
        var importer = services.GetRequiredService<PostImporter>();
        var summary = await importer.ImportAsync(
            [TestFiles.FromPost($"hostile/{SourceId}.txt", Create())],
            "browser tests: hostile post",
            "browser-tests");
        if (summary.Imported != 1)
        {
            throw new InvalidOperationException($"The hostile post was not imported: {string.Join("; ", summary.Errors)}");
        }
    }
}
