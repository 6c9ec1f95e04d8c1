using Dashboard.Core.Format;

namespace Dashboard.Core.Generation;

/// <summary>
/// Near-copy families with their ground truth: with probability <see cref="GeneratorOptions.NearCopyShare"/>
/// the post at an index is a variant of an earlier post of the batch (its family's original), made
/// as a generator run makes near-copies, and as the issue defines them: about 95 % of the words the
/// same, in the same order. 2 % of the paragraphs' words (at least one) are replaced and, now and then,
/// one short sentence is dropped. Like the rest of the generator it is a pure function of the seed and the index.
/// </summary>
public static class NearCopyFamilies
{
    private const int FamilyStream = 3;
    private const int VariantStream = 4;
    private const int FamilyWindow = 8;
    private const double ReplacedWordShare = 0.02;
    private const double DroppedSentenceChance = 0.4;

    // A dropped sentence is at most this share of the paragraphs' words, so with the replaced words
    // a variant keeps about 95 % of its original's words: a near-copy, not a rewrite.
    private const double MaxDroppedShare = 0.04;

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

        ReplaceWords(body, ref rng);

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

    // A fixed share rather than a chance per word: a per-word draw now and then replaces twice
    // as many, and such a variant is no longer the near-copy the ground truth says it is.
    private static void ReplaceWords(List<BodyBlock> body, ref SeededRandom rng)
    {
        var words = body.Select(block => block is Paragraph p ? p.Text.Split(' ') : []).ToArray();
        var replaceable = new List<(int Block, int Word)>();
        for (var i = 0; i < words.Length; i++)
        {
            replaceable.AddRange(words[i].Select((word, k) => (word, k)).Where(x => x.word.Length > 0 && char.IsLetter(x.word[0])).Select(x => (i, x.k)));
        }

        var count = Math.Min(replaceable.Count, Math.Max(1, (int)Math.Round(replaceable.Count * ReplacedWordShare)));
        for (var n = 0; n < count; n++)
        {
            // Draw without replacement, so each chosen word changes once.
            var pick = rng.Next(n, replaceable.Count - 1);
            (replaceable[n], replaceable[pick]) = (replaceable[pick], replaceable[n]);
            var (block, at) = replaceable[n];
            var word = words[block][at];
            var letters = word.TakeWhile(char.IsLetter).Count();
            var replacement = rng.Pick(Replacements);
            if (replacement == word[..letters])
            {
                replacement = Replacements[(Array.IndexOf(Replacements, replacement) + 1) % Replacements.Length];
            }

            words[block][at] = replacement + word[letters..];
        }

        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is Paragraph)
            {
                body[i] = new Paragraph(string.Join(' ', words[i]));
            }
        }
    }
}
