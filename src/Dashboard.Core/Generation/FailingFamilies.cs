using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Review;

namespace Dashboard.Core.Generation;

/// <summary>How each family breaks a passing post for its check, and only for it.</summary>
internal static class FailingFamilies
{
    // Said four times, as in the generated draft the batch-triage issue quotes: a 3-gram repeat, inside one sentence.
    private const string Refrain = "a change that another developer can inspect, understand, and safely repeat is worth more than a clever one";

    public static Post Break(Post post, Check check, int index, DateOnly today) => check.Id switch
    {
        "checklist-mismatch" => WithArticleChecklist(post, [.. post.Meta.Checklist!, "deploy on a friday evening"]),
        "paragraphs-mismatch" => post with { Meta = post.Meta with { Payload = post.Meta.Payload! with { Paragraphs = post.Meta.Payload.Paragraphs + 2 } } },
        "reading-time" => post with { Meta = post.Meta with { ReadingTime = 90 } },
        "images-mismatch" => WithFlags(post, flags => flags with { HasImages = !flags.HasImages }),
        "caption-source" => WithImage(post, source => source with { Caption = source.Caption + " (cropped)" }),
        "repeated-sentences" => AppendToLastParagraph(post, " keep it small. keep it small. keep it small. keep it small."),
        "repeated-trigrams" => AppendToLastParagraph(post, $" in short, {Refrain}; again, {Refrain}; once more, {Refrain}; and finally, {Refrain}."),
        "word-count" => Shortened(post),
        "mean-word-length" => AppendToLastParagraph(post, " the build ids were " + string.Join(' ', Enumerable.Range(0, 80).Select(k => $"x{index:x12}{k:x20}")) + "."),
        "image-https" => WithImage(post, source => source with { Url = "http" + source.Url["https".Length..] }),
        "image-host" => WithImage(post, source => source with { Url = $"https://images.hotlinked.example/{FailingPosts.Number(index)}.jpg" }),
        "image-caption" => WithImage(post, source => source with { Caption = string.Empty }),
        "last-reviewed-stale" => WithRevision(post, revision => revision with { LastReviewed = today.AddYears(-10) }),
        "last-reviewed-future" => WithRevision(post, revision => revision with { LastReviewed = today.AddDays(30) }),
        // The history holds a higher version (see FailingPosts): the post itself is unchanged.
        "version-backwards" => post,
        "status-flags" => WithFlags(WithRevision(post, revision => revision with { Status = ReviewStatus.Approved }), flags => flags with { NeedsHumanReview = true }),
        "provenance-mismatch" => post with { Meta = post.Meta with { Reference = $"anp-ref-{FailingPosts.Number(index + 1)}-0001" } },
        _ => throw new ArgumentOutOfRangeException(nameof(check), check.Id, "no failing family for this check"),
    };

    private static Post WithFlags(Post post, Func<Flags, Flags> change) =>
        post with { Meta = post.Meta with { Flags = change(post.Meta.Flags!) } };

    private static Post WithRevision(Post post, Func<Revision, Revision> change) =>
        post with { Meta = post.Meta with { Revision = change(post.Meta.Revision!) } };

    // The body's list under the checklist heading replaced, the meta's left as it was.
    private static Post WithArticleChecklist(Post post, string[] items)
    {
        var body = post.Body.ToList();
        var heading = body.FindIndex(BodyWriter.IsChecklistHeading);
        body[heading + 1] = new BulletList(items);
        return post with { Body = body };
    }

    private static Post AppendToLastParagraph(Post post, string text)
    {
        var body = post.Body.ToList();
        var last = body.FindLastIndex(block => block is Paragraph);
        body[last] = new Paragraph(((Paragraph)body[last]).Text + text);
        return post with { Body = body };
    }

    // The first image source changed; a post without figures gets one first, consistent in all its fields.
    private static Post WithImage(Post post, Func<ImageSource, ImageSource> change)
    {
        if (post.Meta.ImageSources is not { Count: > 0 })
        {
            var alt = post.Title + " visual reference 1";
            var body = post.Body.ToList();
            body.Insert(1, new Figure(alt, "unsplash"));
            var source = new ImageSource("unsplash", "https://images.unsplash.com/photo-1498050108023-c5249f4df085?auto=format&fit=crop&w=1200&q=80", alt);
            post = WithFlags(post with { Body = body, Meta = post.Meta with { ImageSources = [source] } }, flags => flags with { HasImages = true });
        }

        var sources = post.Meta.ImageSources!.ToArray();
        sources[0] = change(sources[0]);
        return post with { Meta = post.Meta with { ImageSources = sources } };
    }

    // Every paragraph cut to two words and the checklist to one item: far below 50 words, nothing else wrong.
    private static Post Shortened(Post post)
    {
        var body = post.Body.Select(block => block is Paragraph ? new Paragraph("short note.") : block).ToList();
        return (post with { Body = body, Meta = post.Meta with { ReadingTime = 1 } }).WithChecklist(["run linting"]);
    }
}
