using System.Globalization;

namespace Dashboard.Core.Checks;

/// <summary>The checks on the article's wording: length, word length and repetition, all from one <see cref="ArticleText"/>.</summary>
internal static class WordingChecks
{
    public static Finding? RepeatedSentences(CheckInput input)
    {
        var text = input.Text;
        return Repetition(input, text.RepeatedSentences, text.Sentences, "sentences", input.Options.MaxRepeatedSentenceShare,
            nameof(CheckOptions.MaxRepeatedSentenceShare), text.FirstRepeatedSentence);
    }

    public static Finding? RepeatedTrigrams(CheckInput input)
    {
        var text = input.Text;
        return Repetition(input, text.RepeatedTrigrams, text.Trigrams, "word 3-grams", input.Options.MaxRepeatedTrigramShare,
            nameof(CheckOptions.MaxRepeatedTrigramShare), text.FirstRepeatedTrigram);
    }

    public static Finding? WordCount(CheckInput input)
    {
        var options = input.Options;
        var words = input.Text.Words;
        if (words < options.MinWords)
        {
            return new Finding(Text($"the article has {words:N0} words; the fewest expected is {options.MinWords:N0} (setting {Key(nameof(options.MinWords))})"), new CheckPlace());
        }

        return words > options.MaxWords
            ? new Finding(Text($"the article has {words:N0} words; the most expected is {options.MaxWords:N0} (setting {Key(nameof(options.MaxWords))})"), new CheckPlace())
            : null;
    }

    public static Finding? MeanWordLength(CheckInput input)
    {
        var options = input.Options;
        var text = input.Text;
        if (text.Words == 0)
        {
            // No words is the word count's failure; a mean of nothing says nothing more.
            return null;
        }

        var mean = text.WordChars / (double)text.Words;
        if (mean < options.MinMeanWordLength)
        {
            return new Finding(Text($"the article's words are {mean:0.0} characters long on average; the least expected is {options.MinMeanWordLength} (setting {Key(nameof(options.MinMeanWordLength))})"), new CheckPlace());
        }

        return mean > options.MaxMeanWordLength
            ? new Finding(Text($"the article's words are {mean:0.0} characters long on average; the most expected is {options.MaxMeanWordLength} (setting {Key(nameof(options.MaxMeanWordLength))})"), new CheckPlace())
            : null;
    }

    private static Finding? Repetition(CheckInput input, int repeated, int total, string what, double most, string setting, TextSpot? first)
    {
        if (total == 0 || repeated <= most * total || first is not { } spot)
        {
            return null;
        }

        var line = input.LineOf(spot.Block, spot.Item);
        return new Finding(
            Text($"{repeated} of the article's {total} {what} ({repeated / (double)total:0%}) repeat an earlier one; the most expected is {most:0%} (setting {Key(setting)}); the first repeat is on line {line}: {spot.Quoted()}"),
            new CheckPlace(Line: line));
    }

    private static string Key(string name) => $"{CheckOptions.Section}:{name}";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
