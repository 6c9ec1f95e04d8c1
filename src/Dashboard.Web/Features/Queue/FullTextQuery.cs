using System.Text;

namespace Dashboard.Web.Features.Queue;

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

        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in input)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                terms.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            terms.Add(word.ToString());
        }

        return terms.Count == 0 ? null : string.Join(' ', terms.Take(16).Select(t => $"\"{t}\"*"));
    }
}
