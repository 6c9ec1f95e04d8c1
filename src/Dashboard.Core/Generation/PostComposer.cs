using System.Globalization;
using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Review;

namespace Dashboard.Core.Generation;

/// <summary>Assembles one ordinary post in the sample's shape from the vocabulary and a random stream.</summary>
internal static class PostComposer
{
    public const string GeneratorName = "anp content synthesizer";

    private static readonly DateOnly FirstReviewDate = new(2015, 1, 1);

    public static Post Compose(int index, ref SeededRandom rng, ref SeededRandom details, double needsReviewShare)
    {
        var stack = rng.Pick(Vocabulary.Stacks);
        var problem = rng.Pick(Vocabulary.Problems);
        var scenario = rng.Pick(Vocabulary.Scenarios);
        var figureCount = rng.Next(10) switch { < 3 => 0, < 7 => 1, < 9 => 2, _ => 3 };
        var checklist = PickDistinct(ref rng, Vocabulary.Checklist, rng.Next(1, 9));
        var middle = PickDistinct(ref rng, Vocabulary.Paragraphs, rng.Next(1, 3));

        var body = new List<BodyBlock>(middle.Length + figureCount + 7)
        {
            new Paragraph($"a reliable {stack.Name} setup is less about clever code and more about repeatable habits. in this guide, we look at {problem} {scenario} and keep the steps focused on production work. {PostDetails.Before(ref details)}"),
        };
        var images = new ImageSource[figureCount];
        for (var k = 0; k < figureCount; k++)
        {
            var alt = $"{problem} with {stack.Name} visual reference {k + 1}";
            var host = rng.Pick(Vocabulary.ImageHosts);
            body.Add(new Figure(alt, host));
            images[k] = new ImageSource(host, ImageUrl(host, ref rng, index, k + 1), alt);
        }

        body.Add(new Heading("production checks"));
        foreach (var paragraph in middle)
        {
            body.Add(new Paragraph(paragraph.Replace("{0}", stack.Name, StringComparison.Ordinal)));
        }

        body.Add(new Heading("implementation checklist"));
        body.Add(new BulletList(checklist));
        body.Add(new Heading("final notes"));
        body.Add(new Paragraph($"the best result is not only a faster or cleaner {stack.Name} implementation. it is a change that another developer can inspect, understand, and safely repeat. keep the final commands, metrics, and assumptions close to the article so future maintenance is easier. {PostDetails.After(ref details)}"));

        return new Post
        {
            Title = string.Format(CultureInfo.InvariantCulture, rng.Pick(Vocabulary.TitleStarts), problem, stack.Name),
            Body = body,
            Meta = new PostMeta
            {
                Topic = $"{problem} / {stack.Name}",
                Summary = $"this ai-style technical summary explains {problem} in {stack.Name}, with emphasis on measurement, safe defaults, rollback planning, and maintainable documentation.",
                AiOutline =
                [
                    new MetaPair("context", scenario),
                    new MetaPair("problem", problem),
                    new MetaPair("stack", stack.Name),
                    new MetaPair("recommended action", rng.Pick(Vocabulary.Actions)),
                ],
                AiBrief = rng.Pick(Vocabulary.Briefs),
                Stack = [stack.Name, stack.Area, stack.Language],
                Tools = PickDistinct(ref rng, stack.Tools, rng.Next(3, Math.Min(6, stack.Tools.Length))),
                CodeLanguage = stack.Language,
                Difficulty = rng.Pick(Vocabulary.Difficulties),
                // The words at 200 a minute and up to 4 minutes for the rest, as the sample (6 for ~220
                // words), so the reading-time check passes; still one draw, so the rest is as before.
                ReadingTime = (int)Math.Ceiling(ArticleText.CountWords(body) / 200.0) + rng.Next(0, 4),
                ViewCount = ViewCount(ref rng),
                Score = new Scores(rng.Next(40, 100), rng.Next(30, 100), rng.Next(30, 100), rng.Next(40, 100)),
                Revision = new Revision(Status(ref rng), Version(ref rng), FirstReviewDate.AddDays(rng.Next(11 * 365))),
                Reference = $"anp-ref-{index:D6}-{rng.Next(10000):D4}",
                Hash = Hash(ref rng),
                Flags = new Flags(true, figureCount > 0, figureCount >= 3, rng.Chance(needsReviewShare)),
                Checklist = checklist,
                Entities =
                [
                    new Entity(stack.Name, "stack"),
                    new Entity(stack.Area, "area"),
                    new Entity(problem, "problem"),
                ],
                ImageSources = images,
                Payload = new Payload(PostGenerator.SourceIdFor(index), GeneratorName, middle.Length + 1, scenario, index),
                Notes = Vocabulary.Notes,
            },
        };
    }

    // Most posts have modest counts; about 3% exceed 32 bits, as real exports do.
    private static long ViewCount(ref SeededRandom rng)
    {
        if (rng.Chance(0.03))
        {
            return (1L << 32) + (long)(rng.NextUInt64() % (1UL << 40));
        }

        var share = rng.NextDouble();
        return (long)(share * share * 1_000_000);
    }

    private static string Status(ref SeededRandom rng) => rng.Next(100) switch
    {
        < 70 => ReviewStatus.Drafted,
        < 82 => ReviewStatus.InReview,
        < 92 => ReviewStatus.Approved,
        _ => ReviewStatus.ChangesRequested,
    };

    private static SemVersion Version(ref SeededRandom rng)
    {
        var version = new SemVersion(rng.Next(0, 3), rng.Next(0, 9), rng.Next(0, 20));
        return rng.Chance(0.05) ? version with { PreRelease = "rc." + rng.Next(1, 4).ToString(CultureInfo.InvariantCulture) } : version;
    }

    private static string Hash(ref SeededRandom rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, rng.NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], rng.NextUInt64());
        return Convert.ToHexStringLower(bytes[..12]);
    }

    private static string ImageUrl(string host, ref SeededRandom rng, int index, int figure) => host switch
    {
        "unsplash" => $"https://images.unsplash.com/photo-{1_400_000_000_000L + (long)(rng.NextUInt64() % 200_000_000_000L)}-{Hash(ref rng)[..12]}?auto=format&fit=crop&w=1200&q=80",
        "pexels" => $"https://images.pexels.com/photos/{rng.Next(1_000_000, 9_999_999)}/pexels-photo.jpeg?auto=compress&w=1200",
        "pixabay" => $"https://cdn.pixabay.com/photo/2019/{rng.Next(1, 12):D2}/{rng.Next(1, 28):D2}/image-{rng.Next(100_000, 999_999)}_1280.jpg",
        _ => $"https://assets.alphanode.example/figures/{index:D6}-{figure}.png",
    };

    // A few distinct items, in the pool's own order, so lists read naturally.
    private static string[] PickDistinct(ref SeededRandom rng, string[] pool, int count)
    {
        count = Math.Min(count, pool.Length);
        Span<bool> taken = stackalloc bool[pool.Length];
        for (var chosen = 0; chosen < count;)
        {
            var k = rng.Next(pool.Length);
            if (!taken[k])
            {
                taken[k] = true;
                chosen++;
            }
        }

        var items = new string[count];
        for (int k = 0, i = 0; k < pool.Length; k++)
        {
            if (taken[k])
            {
                items[i++] = pool[k];
            }
        }

        return items;
    }
}
