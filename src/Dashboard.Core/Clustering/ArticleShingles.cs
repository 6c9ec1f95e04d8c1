using Dashboard.Core.Format;

namespace Dashboard.Core.Clustering;

/// <summary>
/// The article's wording as hashed word 5-grams: title and body text, lower case, words only
/// (runs of letters and digits), so punctuation, markup and spacing never decide a near-copy.
/// </summary>
internal static class ArticleShingles
{
    /// <summary>Words per shingle: long enough that stock phrases alone rarely match, short enough that one changed word spoils only five.</summary>
    public const int WordsPerShingle = 5;

    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    /// <summary>Adds the 64-bit hash of every shingle of <paramref name="post"/>'s article to <paramref name="sink"/>.</summary>
    public static void Hash<TSink>(Post post, ref TSink sink)
        where TSink : struct, IShingleSink
    {
        var window = new ShingleWindow();
        Words(post.Title, ref window, ref sink);
        foreach (var block in post.Body)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    Words(paragraph.Text, ref window, ref sink);
                    break;
                case Heading heading:
                    Words(heading.Text, ref window, ref sink);
                    break;
                case Figure figure:
                    Words(figure.AltText, ref window, ref sink);
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        Words(item, ref window, ref sink);
                    }

                    break;
            }
        }

        // An article shorter than one shingle still has a wording: its few words as one shingle.
        if (window.Count is > 0 and < WordsPerShingle)
        {
            sink.Add(window.Shingle());
        }
    }

    private static void Words<TSink>(string text, ref ShingleWindow window, ref TSink sink)
        where TSink : struct, IShingleSink
    {
        var hash = FnvOffset;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
                inWord = true;
            }
            else if (inWord)
            {
                Push(hash, ref window, ref sink);
                hash = FnvOffset;
                inWord = false;
            }
        }

        if (inWord)
        {
            Push(hash, ref window, ref sink);
        }
    }

    private static void Push<TSink>(ulong word, ref ShingleWindow window, ref TSink sink)
        where TSink : struct, IShingleSink
    {
        window.Push(word);
        if (window.Count >= WordsPerShingle)
        {
            sink.Add(window.Shingle());
        }
    }

    /// <summary>The last five word hashes, oldest first.</summary>
    private struct ShingleWindow
    {
        private ulong _w0, _w1, _w2, _w3, _w4;

        public int Count { get; private set; }

        public void Push(ulong word)
        {
            (_w0, _w1, _w2, _w3, _w4) = (_w1, _w2, _w3, _w4, word);
            Count++;
        }

        // Order matters (a 5-gram is a sequence), so each word is mixed in after the ones before it.
        // All 64 bits are kept: one-permutation hashing takes the bin from the top bits and the
        // value from the low ones (see MinHasher).
        public readonly ulong Shingle()
        {
            var h = Mix(_w0);
            h = Mix(h ^ _w1);
            h = Mix(h ^ _w2);
            h = Mix(h ^ _w3);
            h = Mix(h ^ _w4);
            return h;
        }

        private static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}

/// <summary>Receives shingle hashes; a struct so the hot loop is not a delegate call per shingle.</summary>
internal interface IShingleSink
{
    void Add(ulong shingle);
}
