using System.Globalization;
using Dashboard.Core.Format;

namespace Dashboard.Core.Checks;

/// <summary>The checks that hold the meta's claims about the article against the article itself.</summary>
internal static class ArticleChecks
{
    public static Finding? Checklist(CheckInput input)
    {
        var body = input.Post.Body;
        var meta = input.Meta.Checklist;
        var heading = FindChecklistHeading(body);
        if (heading < 0)
        {
            return meta is { Count: > 0 }
                ? new Finding($"the meta checklist has {meta.Count} items, but the article has no \"{FormatText.ChecklistHeading}\" heading to show them under", new CheckPlace(MetaLabels.Checklist))
                : null;
        }

        var list = heading + 1 < body.Count ? body[heading + 1] as BulletList : null;
        IReadOnlyList<string> article = list?.Items ?? [];
        var line = input.LineOf(list is null ? heading : heading + 1);
        if (meta is null)
        {
            return article.Count > 0
                ? new Finding($"the article lists {article.Count} checklist items (line {line}), but the meta has no checklist", new CheckPlace(MetaLabels.Checklist, Line: line))
                : null;
        }

        var differ = FirstDifference(article, meta);
        if (differ < 0)
        {
            return null;
        }

        var place = new CheckPlace(MetaLabels.Checklist, Item: differ + 1, Line: line);
        var order = article.Count == meta.Count && article.Order(StringComparer.Ordinal).SequenceEqual(meta.Order(StringComparer.Ordinal), StringComparer.Ordinal)
            ? "the same items in another order"
            : $"{article.Count} items against the meta's {meta.Count}";
        return new Finding(
            $"the article's checklist (line {line}) has {order}; item {differ + 1} is {ItemOrNone(article, differ)} in the article and {ItemOrNone(meta, differ)} in the meta",
            place);
    }

    /// <summary>
    /// The payload's <c>paragraphs</c> counts the paragraphs under the article's headings: the sample
    /// says 4 for 3 under "production checks" and 1 under "final notes", leaving out the opening
    /// paragraph before the first heading. An article without headings counts all of them.
    /// </summary>
    public static Finding? Paragraphs(CheckInput input)
    {
        if (input.Meta.Payload?.Paragraphs is not { } stated)
        {
            return null;
        }

        var body = input.Post.Body;
        var firstHeading = -1;
        int all = 0, opening = 0;
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is Heading && firstHeading < 0)
            {
                firstHeading = i;
            }
            else if (body[i] is Paragraph)
            {
                all++;
                opening += firstHeading < 0 ? 1 : 0;
            }
        }

        var counted = firstHeading < 0 ? all : all - opening;
        if (counted == stated)
        {
            return null;
        }

        var which = firstHeading < 0 ? "paragraphs" : "paragraphs under its headings (the opening paragraph is not counted, as in the sample)";
        return new Finding($"payload paragraphs says {stated}, but the article has {counted} {which}", new CheckPlace(MetaLabels.Payload, "paragraphs"));
    }

    /// <summary>
    /// A stated reading time is plausible from the time the words take at the fastest pace, rounded
    /// down, to the time they take at the slowest, rounded up, plus an allowance for what is not prose:
    /// for the sample's ~220 words at 200-250 words a minute, 0 to 2 + 5 minutes, so its 6 passes,
    /// while 30 minutes for it, or 1 minute for 2,000 words, do not.
    /// </summary>
    public static Finding? ReadingTime(CheckInput input)
    {
        if (input.Meta.ReadingTime is not { } minutes)
        {
            return null;
        }

        var options = input.Options;
        var words = input.Text.Words;
        var fastest = (int)Math.Floor(words / (double)options.MaxWordsPerMinute);
        var slowest = (int)Math.Ceiling(words / (double)options.MinWordsPerMinute);
        var most = slowest + options.ReadingTimeAllowanceMinutes;
        var place = new CheckPlace(MetaLabels.ReadingTime);
        if (minutes < fastest)
        {
            return new Finding(Text($"reading time says {minutes} minutes, but the article's {words:N0} words take at least {fastest} at {options.MaxWordsPerMinute} words a minute"), place);
        }

        return minutes > most
            ? new Finding(Text($"reading time says {minutes} minutes, but the article's {words:N0} words take about {slowest} at {options.MinWordsPerMinute} words a minute; at most {most} is plausible (setting {CheckOptions.Section}:{nameof(options.ReadingTimeAllowanceMinutes)})"), place)
            : null;
    }

    public static Finding? ImageFlags(CheckInput input)
    {
        if (input.Meta.Flags is not { } flags)
        {
            return null;
        }

        var body = input.Post.Body;
        var figures = 0;
        var first = -1;
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is Figure)
            {
                figures++;
                first = first < 0 ? i : first;
            }
        }

        var where = figures == 0 ? "no figures" : $"{figures} figure{(figures == 1 ? "" : "s")} (the first on line {input.LineOf(first)})";
        if (flags.HasImages != figures > 0)
        {
            return new Finding($"flag has images says {Bit(flags.HasImages)}, but the article has {where}", new CheckPlace(MetaLabels.Flags, "has images"));
        }

        var heavy = figures >= input.Options.ImageHeavyMinFigures;
        return flags.ImageHeavy != heavy
            ? new Finding($"flag image heavy says {Bit(flags.ImageHeavy)}, but the article has {where}; {input.Options.ImageHeavyMinFigures} or more count as image heavy (setting {CheckOptions.Section}:{nameof(CheckOptions.ImageHeavyMinFigures)})", new CheckPlace(MetaLabels.Flags, "image heavy"))
            : null;
    }

    /// <summary>Figure k of the article and image source k of the meta describe the same image: the same caption and source.</summary>
    public static Finding? Captions(CheckInput input)
    {
        var body = input.Post.Body;
        var sources = input.Meta.ImageSources;
        var figure = 0;
        var failures = 0;
        string? first = null;
        CheckPlace? place = null;
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is not Figure shown)
            {
                continue;
            }

            var problem = sources is null || figure >= sources.Count
                ? $"the figure on line {input.LineOf(i)} has no entry in image sources (it lists {sources?.Count ?? 0})"
                : Disagreement(shown, sources[figure], figure + 1, input.LineOf(i));
            if (problem is not null)
            {
                failures++;
                first ??= problem;
                place ??= new CheckPlace(MetaLabels.ImageSources, Item: figure + 1, Line: input.LineOf(i));
            }

            figure++;
        }

        for (var k = figure; k < (sources?.Count ?? 0); k++)
        {
            failures++;
            first ??= $"image source {k + 1} ({Quote(sources![k].Caption)}) has no figure in the article (it has {figure})";
            place ??= new CheckPlace(MetaLabels.ImageSources, Item: k + 1);
        }

        return first is null ? null : new Finding(failures == 1 ? first : $"{first}; {failures - 1} more disagree", place!);
    }

    private static string? Disagreement(Figure figure, ImageSource source, int number, int line)
    {
        if (string.IsNullOrWhiteSpace(source.Caption))
        {
            // A missing caption is the image-caption check's failure; one fault, one report.
            return null;
        }

        if (!string.Equals(figure.AltText, source.Caption, StringComparison.Ordinal))
        {
            return $"the figure on line {line} is captioned {Quote(figure.AltText)}, but image source {number} says {Quote(source.Caption)}";
        }

        return string.Equals(figure.Source, source.Source, StringComparison.Ordinal)
            ? null
            : $"the figure on line {line} says image source: {Quote(figure.Source)}, but image source {number} says source: {Quote(source.Source)}";
    }

    private static int FindChecklistHeading(IReadOnlyList<BodyBlock> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            if (BodyWriter.IsChecklistHeading(body[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstDifference(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var common = Math.Min(a.Count, b.Count);
        for (var i = 0; i < common; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return a.Count == b.Count ? -1 : common;
    }

    private static string ItemOrNone(IReadOnlyList<string> items, int index) => index < items.Count ? Quote(items[index]) : "missing";

    internal static string Quote(string? text) => text is null ? "nothing" : ErrorList.Quote(text);

    private static string Bit(bool value) => value ? "1" : "0";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
