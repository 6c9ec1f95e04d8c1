using System.Globalization;

namespace Dashboard.Core.Checks;

/// <summary>The rules <see cref="CheckOptions.Validate"/> applies, one message per wrong key.</summary>
internal static class CheckOptionsValidation
{
    public static IReadOnlyList<string> Errors(CheckOptions options)
    {
        var errors = new List<string>();
        Range(errors, nameof(options.MinWords), options.MinWords, 0, 10_000_000);
        Range(errors, nameof(options.MaxWords), options.MaxWords, 1, 10_000_000);
        Order(errors, nameof(options.MinWords), options.MinWords, nameof(options.MaxWords), options.MaxWords);
        Range(errors, nameof(options.MinMeanWordLength), options.MinMeanWordLength, 0, 100);
        Range(errors, nameof(options.MaxMeanWordLength), options.MaxMeanWordLength, 1, 100);
        Order(errors, nameof(options.MinMeanWordLength), options.MinMeanWordLength, nameof(options.MaxMeanWordLength), options.MaxMeanWordLength);
        Range(errors, nameof(options.MaxRepeatedSentenceShare), options.MaxRepeatedSentenceShare, 0, 1);
        Range(errors, nameof(options.MaxRepeatedTrigramShare), options.MaxRepeatedTrigramShare, 0, 1);
        Range(errors, nameof(options.MinWordsPerMinute), options.MinWordsPerMinute, 1, 10_000);
        Range(errors, nameof(options.MaxWordsPerMinute), options.MaxWordsPerMinute, 1, 10_000);
        Order(errors, nameof(options.MinWordsPerMinute), options.MinWordsPerMinute, nameof(options.MaxWordsPerMinute), options.MaxWordsPerMinute);
        Range(errors, nameof(options.ReadingTimeAllowanceMinutes), options.ReadingTimeAllowanceMinutes, 0, 10_000);
        Range(errors, nameof(options.ImageHeavyMinFigures), options.ImageHeavyMinFigures, 1, 10_000);
        Range(errors, nameof(options.StaleDays), options.StaleDays, 1, 36_500);
        Hosts(errors, options);
        Disabled(errors, options);
        return errors;
    }

    private static string Key(string name) => $"{CheckOptions.Section}:{name}";

    private static void Range(List<string> errors, string name, double value, double min, double max)
    {
        // NaN fails both comparisons, so it is refused too.
        if (!(value >= min && value <= max))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{Key(name)} must be between {min} and {max} (it is {value})"));
        }
    }

    private static void Order(List<string> errors, string minName, double min, string maxName, double max)
    {
        if (min > max)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{Key(minName)} ({min}) must not be larger than {Key(maxName)} ({max})"));
        }
    }

    private static void Hosts(List<string> errors, CheckOptions options)
    {
        var hosts = options.ImageHostList;
        if (hosts.Hosts.Count == 0 && hosts.Invalid.Count == 0)
        {
            errors.Add($"{Key(nameof(options.ImageHosts))} must name at least one host; switch the {Check.ImageHost.Id} check off in {Key(nameof(options.Disabled))} to allow any");
        }

        foreach (var host in hosts.Invalid)
        {
            errors.Add($"{Key(nameof(options.ImageHosts))} holds \"{host}\", which is not a host name (give names such as images.unsplash.com, comma separated)");
        }
    }

    private static void Disabled(List<string> errors, CheckOptions options)
    {
        foreach (var id in options.Disabled.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Check.Find(id) is null)
            {
                errors.Add($"{Key(nameof(options.Disabled))} names \"{id}\", which is no check; the checks are {string.Join(", ", Check.All.Select(c => c.Id))}");
            }
        }
    }
}
