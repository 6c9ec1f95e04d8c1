using System.Text;
using Dashboard.Core.Format;

namespace Dashboard.Core.Generation;

/// <summary>
/// Near-copy families with their ground truth: with probability <see cref="GeneratorOptions.NearCopyShare"/>
/// the post at an index is a variant of an earlier post of the batch (its family's original), made
/// as a generator run makes near-copies: about 2 % of the article's words replaced and, now and then,
/// one sentence dropped. Like the rest of the generator it is a pure function of the seed and the index.
/// </summary>
public static class NearCopyFamilies
{
    private const int FamilyStream = 3;
    private const int VariantStream = 4;
    private const int FamilyWindow = 8;
    private const double ReplacedWordShare = 0.02;
    private const double DroppedSentenceChance = 0.4;
    private const double MaxDroppedShare = 0.12;

    // Plausible words of the articles' register, so a variant reads like a reworded draft.
    private static readonly string[] Replacements =
    [
        "service", "release", "careful", "steady", "measured", "simple", "team", "change", "metric",
        "review", "quickly", "always", "often", "clear", "stable", "request", "deploy", "owner",
    ];

    /// <summary>
    /// The family of the post at <paramref name="index"/>: the index of its original, which is
    /// <paramref name="index"/> itself for a post that is no variant. Two posts are near-copies by
    /// construction exactly when their families are equal.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static int FamilyOf(this PostGenerator generator, int index)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var share = generator.Options.NearCopyShare;
        while (index > 0 && share > 0)
        {
            var rng = SeededRandom.For(generator.Options.Seed, index, FamilyStream);
            if (!rng.Chance(share))
            {
                break;
            }

            // One of the few posts before it, as a generator run repeats itself within a stretch;
            // if that is a variant too, its original is the family.
            index -= rng.Next(1, Math.Min(index, FamilyWindow));
        }

        return index;
    }

    /// <summary>The variant of <paramref name="original"/> that stands at <paramref name="index"/>, with that index's provenance.</summary>
    internal static Post Vary(Post original, int index, int seed)
    {
        var rng = SeededRandom.For(seed, index, VariantStream);
        var body = original.Body.ToList();
        if (rng.Chance(DroppedSentenceChance))
        {
            DropSentence(body, ref rng);
        }

        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is Paragraph paragraph)
            {
                body[i] = new Paragraph(ReplaceWords(paragraph.Text, ref rng));
            }
        }

        var meta = original.Meta;
        return original with
        {
            Body = body,
            Meta = meta with
            {
                Reference = $"anp-ref-{index:D6}-{rng.Next(10000):D4}",
                Payload = meta.Payload! with { SourceId = PostGenerator.SourceIdFor(index), Seed = index },
            },
        };
    }

    private static void DropSentence(List<BodyBlock> body, ref SeededRandom rng)
    {
        // Only a short sentence, so the variant keeps about 95 % of the words: a near-copy, not a rewrite.
        var words = body.OfType<Paragraph>().Sum(p => WordCount(p.Text));
        var candidates = new List<(int Paragraph, int Sentence)>();
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is Paragraph p && Sentences(p.Text) is { Count: > 1 } sentences)
            {
                candidates.AddRange(sentences.Select((s, k) => (s, k)).Where(x => WordCount(x.s) <= words * MaxDroppedShare).Select(x => (i, x.k)));
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var (at, drop) = rng.Pick(candidates);
        var kept = Sentences(((Paragraph)body[at]).Text);
        kept.RemoveAt(drop);
        body[at] = new Paragraph(string.Join(' ', kept));
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<string> Sentences(string text)
    {
        var parts = text.Split(". ");

        // Every part but the last lost its period to the split.
        return parts.Select((sentence, i) => i < parts.Length - 1 ? sentence + "." : sentence).ToList();
    }

    private static string ReplaceWords(string text, ref SeededRandom rng)
    {
        var words = text.Split(' ');
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length > 0 && char.IsLetter(word[0]) && rng.Chance(ReplacedWordShare))
            {
                var letters = word.TakeWhile(char.IsLetter).Count();
                word = rng.Pick(Replacements) + word[letters..];
            }

            builder.Append(i == 0 ? string.Empty : " ").Append(word);
        }

        return builder.ToString();
    }
}
