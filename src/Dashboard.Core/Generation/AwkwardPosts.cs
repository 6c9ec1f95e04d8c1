using Dashboard.Core.Format;

namespace Dashboard.Core.Generation;

/// <summary>The awkward kinds that are a different post rather than different bytes: still valid, still canonical.</summary>
internal static class AwkwardPosts
{
    public const string Script = "<script>alert(1)</script>";
    public const string ImageHandler = "<img src=x onerror=alert(1)>";
    public const string JavascriptLink = "[read more](javascript:alert(1))";

    public static Post Reshape(Post post, AwkwardKind kind, int index, ref SeededRandom rng) => kind switch
    {
        AwkwardKind.UnknownLabels => WithUnknownLabels(post, index, ref rng),
        AwkwardKind.EmptyLists => WithEmptyLists(post, ref rng),
        AwkwardKind.MissingOptionalEntries => WithoutOptionalEntries(post, ref rng),
        AwkwardKind.NonAscii => post with
        {
            Title = post.Title + " — café, naïve façade, 日本語の記事 🚀",
            Body = [new Paragraph("Ünïcödé text: größer, ñandú, 中文, русский, emoji ✅."), .. post.Body],
            Meta = post.Meta with { Topic = post.Meta.Topic + " (é)", Tools = [.. post.Meta.Tools!, "café-cli"] },
        },
        AwkwardKind.MarkupInText => post with
        {
            Title = post.Title + " <b>bold</b>",
            Body = [.. post.Body.Take(1), new Paragraph(ImageHandler + " images load from the cdn."), .. post.Body.Skip(1)],
            Meta = post.Meta with
            {
                Summary = Script + " " + post.Meta.Summary,
                AiBrief = JavascriptLink + " " + post.Meta.AiBrief,
                Notes = [.. post.Meta.Notes!, "<a href=\"javascript:alert(1)\">click</a>"],
            },
        },
        AwkwardKind.LargeNumbers => post with
        {
            Meta = post.Meta with
            {
                ViewCount = long.MaxValue - (long)(rng.NextUInt64() % 1_000_000),
                Payload = post.Meta.Payload! with { Seed = (1L << 40) + index },
            },
        },
        AwkwardKind.DuplicateSourceId => post with
        {
            Meta = post.Meta with
            {
                Payload = post.Meta.Payload! with { SourceId = PostGenerator.SourceIdFor(index == 0 ? 0 : rng.Next(index)) },
            },
        },
        _ => post,
    };

    private static Post WithUnknownLabels(Post post, int index, ref SeededRandom rng)
    {
        UnknownMetaEntry[] unknown =
        [
            new($"canonical urlhttps://alphanode.example/posts/{index:D6}", []),
            new("related posts", [$"  • {PostGenerator.SourceIdFor(index + 1)}", $"  • {PostGenerator.SourceIdFor(index + 2)}"]),
            new("editor", ["    • name: sam", "    • role: reviewer"]),
            new("translation statusnot started", []),
        ];
        var order = MetaLabels.Canonical.ToList();
        for (var i = 0; i < unknown.Length; i++)
        {
            order.Insert(rng.Next(order.Count + 1), "?" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return post with { Meta = post.Meta with { Unknown = unknown, Order = order } };
    }

    private static Post WithEmptyLists(Post post, ref SeededRandom rng)
    {
        var emptied = post with { Meta = post.Meta with { Stack = [], Tools = [], Notes = [], AiOutline = [], Entities = [] } };
        return rng.Chance(0.5) ? emptied.WithChecklist([]) : emptied;
    }

    private static Post WithoutOptionalEntries(Post post, ref SeededRandom rng)
    {
        var meta = post.Meta with
        {
            Topic = null,
            Summary = rng.Chance(0.5) ? null : post.Meta.Summary,
            AiOutline = rng.Chance(0.5) ? null : post.Meta.AiOutline,
            AiBrief = rng.Chance(0.5) ? null : post.Meta.AiBrief,
            Tools = rng.Chance(0.5) ? null : post.Meta.Tools,
            CodeLanguage = rng.Chance(0.5) ? null : post.Meta.CodeLanguage,
            ReadingTime = rng.Chance(0.5) ? null : post.Meta.ReadingTime,
            ViewCount = rng.Chance(0.5) ? null : post.Meta.ViewCount,
            Score = rng.Chance(0.5) ? null : post.Meta.Score,
            Revision = rng.Chance(0.5) ? post.Meta.Revision! with { LastReviewed = null } : post.Meta.Revision,
            Hash = rng.Chance(0.5) ? null : post.Meta.Hash,
            Entities = rng.Chance(0.5) ? null : post.Meta.Entities,
            Notes = rng.Chance(0.5) ? null : post.Meta.Notes,
            Payload = rng.Chance(0.5) ? post.Meta.Payload! with { Generator = null, Paragraphs = null, Scenario = null, Seed = null } : post.Meta.Payload,
        };
        return post with { Meta = meta };
    }
}
