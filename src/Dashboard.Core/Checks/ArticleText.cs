using System.Runtime.InteropServices;
using Dashboard.Core.Format;

namespace Dashboard.Core.Checks;

/// <summary>
/// The article's wording, read in one pass and shared by the word and repetition checks: words
/// (runs of letters and digits, an inner apostrophe kept), sentences of its paragraphs, and word
/// 3-grams within each block. Words are hashed as they are read, case folded, and 3-grams and
/// sentences are counted in one pooled table of hashes, so a post costs no allocation per word.
/// </summary>
/// <remarks>
/// The article is its paragraphs, headings and list items; figures are left out, as their alt text
/// is an image's caption, repeated by design. A collision of two 64-bit hashes within one article
/// could count a repeat that is none; at a few thousand 3-grams that chance is about 10^-12.
/// </remarks>
internal sealed class ArticleText
{
    // "it works." and "see below." repeat in honest prose; shorter sentences are not counted.
    private const int MinSentenceWords = 3;
    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;
    private const ulong SentenceSalt = 0x5E17E9CE5A17ED01UL;
    private const ulong FoldedSalt = 0xF01DED5A17F01DEDUL;

    private ArticleText()
    {
    }

    public int Words { get; private set; }

    public long WordChars { get; private set; }

    public int Sentences { get; private set; }

    public int RepeatedSentences { get; private set; }

    public TextSpot? FirstRepeatedSentence { get; private set; }

    public int Trigrams { get; private set; }

    public int RepeatedTrigrams { get; private set; }

    public TextSpot? FirstRepeatedTrigram { get; private set; }

    public static ArticleText Read(IReadOnlyList<BodyBlock> body)
    {
        var text = new ArticleText();
        var seen = new HashSetOfHashes(1024);
        try
        {
            for (var b = 0; b < body.Count; b++)
            {
                switch (body[b])
                {
                    case Paragraph paragraph:
                        text.Scan(paragraph.Text, b, 0, sentences: true, ref seen);
                        break;
                    case Heading heading:
                        text.Scan(heading.Text, b, 0, sentences: false, ref seen);
                        break;
                    case BulletList list:
                        for (var k = 0; k < list.Items.Count; k++)
                        {
                            text.Scan(list.Items[k], b, k, sentences: false, ref seen);
                        }

                        break;
                }
            }
        }
        finally
        {
            seen.Dispose();
        }

        return text;
    }

    /// <summary>The number of words in the article, counted as the checks count them.</summary>
    public static int CountWords(IReadOnlyList<BodyBlock> body) => Read(body).Words;

    private void Scan(string s, int block, int item, bool sentences, ref HashSetOfHashes seen)
    {
        ulong before2 = 0, before1 = 0;
        int start2 = 0, start1 = 0, wordsHere = 0;
        var sentence = SentenceSalt;
        int sentenceWords = 0, sentenceStart = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (IsWordChar(c))
            {
                var start = i;
                var plain = c < 128;
                for (i++; i < s.Length; i++)
                {
                    c = s[i];
                    if (c < 128 && AsciiWordChars[c])
                    {
                        continue;
                    }

                    if (char.IsLetterOrDigit(c) || (c is ('\'' or '\u2019') && i + 1 < s.Length && IsWordChar(s[i + 1])))
                    {
                        plain = false;
                        continue;
                    }

                    break;
                }

                var word = s.AsSpan(start, i - start);
                var (hash, letters) = plain ? (HashPlain(word), word.Length) : HashFolded(word);
                Words++;
                WordChars += letters;
                if (wordsHere >= 2)
                {
                    Trigrams++;
                    if (!seen.Add(Mix(before2 ^ ulong.RotateLeft(before1, 21) ^ ulong.RotateLeft(hash, 42))))
                    {
                        RepeatedTrigrams++;
                        FirstRepeatedTrigram ??= new TextSpot(block, item, s, start2, i - start2);
                    }
                }

                before2 = before1;
                before1 = hash;
                start2 = start1;
                start1 = start;
                wordsHere++;
                if (sentences)
                {
                    sentence = Mix(sentence ^ hash);
                    sentenceWords++;
                }

                continue;
            }

            i++;
            if (sentences && c is ('.' or '!' or '?') && (i == s.Length || char.IsWhiteSpace(s[i])))
            {
                EndSentence(sentence, sentenceWords, new TextSpot(block, item, s, sentenceStart, i - sentenceStart), ref seen);
                sentence = SentenceSalt;
                sentenceWords = 0;
                sentenceStart = i;
            }
        }

        if (sentences && sentenceWords > 0)
        {
            EndSentence(sentence, sentenceWords, new TextSpot(block, item, s, sentenceStart, s.Length - sentenceStart), ref seen);
        }
    }

    private void EndSentence(ulong hash, int words, TextSpot spot, ref HashSetOfHashes seen)
    {
        if (words < MinSentenceWords)
        {
            return;
        }

        Sentences++;
        if (!seen.Add(hash))
        {
            RepeatedSentences++;
            FirstRepeatedSentence ??= spot;
        }
    }

    private static readonly bool[] AsciiWordChars = [.. Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c))];

    private static bool IsWordChar(char c) => c < 128 ? AsciiWordChars[c] : char.IsLetterOrDigit(c);

    // Most words are ASCII letters and digits: hashed four characters at a time, folded to lower case
    // by setting bit 5 of each (which leaves digits as they are).
    private static ulong HashPlain(ReadOnlySpan<char> word)
    {
        const ulong lower = 0x0020_0020_0020_0020UL;
        var hash = FnvOffset ^ (ulong)word.Length;
        var chunks = MemoryMarshal.Cast<char, ulong>(word);
        foreach (var chunk in chunks)
        {
            hash = (hash ^ (chunk | lower)) * FnvPrime;
        }

        ulong rest = 0;
        for (var k = chunks.Length * 4; k < word.Length; k++)
        {
            rest = (rest << 16) | (uint)(word[k] | 0x20);
        }

        return Mix(hash ^ rest);
    }

    // Words with other letters or an apostrophe: folded by the invariant table, the apostrophe left out.
    private static (ulong Hash, int Letters) HashFolded(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ Fold(c)) * FnvPrime;
                letters++;
            }
        }

        // Kept apart from HashPlain's values: a plain word and a folded one are never the same word.
        return (Mix(hash) ^ FoldedSalt, letters);
    }

    // Case folding without a culture: ASCII by arithmetic, the rest by the invariant table.
    private static char Fold(char c) =>
        c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    // SplitMix64's finaliser: spreads the combined hashes over all 64 bits.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>A stretch of one block's text: a list item when <see cref="Item"/> is set.</summary>
internal readonly record struct TextSpot(int Block, int Item, string Source, int Start, int Length)
{
    /// <summary>The text, trimmed and quoted, cut to a readable length for a message.</summary>
    public string Quoted() => ErrorList.Quote(Source.AsSpan(Start, Length).Trim());
}
