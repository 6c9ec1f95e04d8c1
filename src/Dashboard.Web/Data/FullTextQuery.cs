using System.Text;

namespace Dashboard.Web.Data;

/// <summary>
/// Turns what a reviewer types into an FTS5 query: each word quoted (so FTS5 operators and
/// punctuation in the input are plain text) and prefix-matched, all words required.
/// </summary>
public static class FullTextQuery
{
    public static string? From(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var terms = Words(input);
        return terms.Count == 0 ? null : string.Join(' ', terms.Take(16).Select(t => $"\"{t}\"*"));
    }

    /// <summary>
    /// A phrase query for an exact value in one column (<c>Stack : "python services"</c>): it
    /// finds candidates; the caller still checks the exact value, since a phrase also matches
    /// inside a longer value.
    /// </summary>
    public static string? InColumn(string column, string value)
    {
        var words = Words(value);
        return words.Count == 0 ? null : $"{column} : \"{string.Join(' ', words)}\"";
    }

    /// <summary>The runs of letters and digits in <paramref name="text"/>, in order.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
