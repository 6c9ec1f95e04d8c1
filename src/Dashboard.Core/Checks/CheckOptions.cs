using Dashboard.Core.Format;

namespace Dashboard.Core.Checks;

/// <summary>
/// The <c>Checks</c> settings: thresholds, the image host allow-list and the checks switched off.
/// Bindable from configuration; <see cref="Validate"/> names the key of every wrong value.
/// </summary>
public sealed class CheckOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Checks";

    private string _imageHosts = string.Join(',', KnownImageHosts.All);
    private string _disabled = string.Empty;
    private HostAllowList? _hostList;
    private HashSet<string>? _disabledSet;

    /// <summary>
    /// Fewest words an article may have. 50 to 100,000 words is the bound DeepMind's Gopher rules
    /// put on web text kept for training (Rae et al., 2021); below 50 an article is a stub.
    /// </summary>
    public int MinWords { get; set; } = 50;

    /// <summary>Most words an article may have (Gopher's upper bound).</summary>
    public int MaxWords { get; set; } = 100_000;

    /// <summary>
    /// Shortest mean word length, in letters and digits. Gopher keeps documents whose mean word
    /// length is 3 to 10: below, it is lists of symbols or numbers; above, it is run-together text,
    /// URLs or hashes. The sample's is 5.1.
    /// </summary>
    public double MinMeanWordLength { get; set; } = 3;

    /// <summary>Longest mean word length (Gopher's upper bound).</summary>
    public double MaxMeanWordLength { get; set; } = 10;

    /// <summary>
    /// Largest share, 0 to 1, of the article's sentences that repeat an earlier sentence (word for word,
    /// case and punctuation aside). Gopher drops documents above 0.3 duplicate lines, but a line of web
    /// text is often a menu item; in prose a sentence said twice is rare, so 0.1 (one repeat in ten).
    /// The sample and the generator's posts repeat none.
    /// </summary>
    public double MaxRepeatedSentenceShare { get; set; } = 0.1;

    /// <summary>
    /// Largest share, 0 to 1, of the article's word 3-grams that repeat an earlier 3-gram. Gopher
    /// caps the characters in duplicated 5-grams at 0.15 and in the most common 3-gram at 0.18; counted
    /// per 3-gram, ordinary prose stays well below 0.15 (the sample: 0.01, the generator's posts at most
    /// about 0.05), while one long sentence said four times in a short article passes it.
    /// </summary>
    public double MaxRepeatedTrigramShare { get; set; } = 0.15;

    /// <summary>Slowest reading pace assumed, in words a minute (adults read prose at about 200-250).</summary>
    public int MinWordsPerMinute { get; set; } = 200;

    /// <summary>Fastest reading pace assumed, in words a minute.</summary>
    public int MaxWordsPerMinute { get; set; } = 250;

    /// <summary>
    /// Minutes a stated reading time may exceed the slowest pace's estimate. Exports count more than
    /// prose (the sample says 6 minutes for about 220 words, 2 at 200 words a minute: figures,
    /// the checklist, trying the steps), so only a time far above the text's is reported.
    /// </summary>
    public int ReadingTimeAllowanceMinutes { get; set; } = 5;

    /// <summary>Figures from which a post counts as <c>image heavy</c> (the generator's rule; the sample has 1 and says 0).</summary>
    public int ImageHeavyMinFigures { get; set; } = 3;

    /// <summary>
    /// Image hosts allowed, comma separated: an image URL's host must be one of them exactly, the rule
    /// of the page's image allow-list too (<see cref="HostAllowList"/>). The default holds the hosts of
    /// the sample and the generator.
    /// </summary>
    public string ImageHosts
    {
        get => _imageHosts;
        set
        {
            _imageHosts = value;
            _hostList = null;
        }
    }

    /// <summary>Days after which a <c>last reviewed</c> date is stale: two years, a long time for tooling advice.</summary>
    public int StaleDays { get; set; } = 730;

    /// <summary>Check ids switched off, comma separated (see <see cref="Check.All"/>); empty runs every check.</summary>
    public string Disabled
    {
        get => _disabled;
        set
        {
            _disabled = value;
            _disabledSet = null;
        }
    }

    /// <summary>The allowed hosts, parsed once from <see cref="ImageHosts"/>.</summary>
    public HostAllowList ImageHostList => _hostList ??= HostAllowList.Parse(_imageHosts);

    /// <summary>True when <paramref name="check"/> is switched off by <see cref="Disabled"/>.</summary>
    public bool IsOff(Check check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return (_disabledSet ??= new HashSet<string>(Split(_disabled), StringComparer.Ordinal)).Contains(check.Id);
    }

    /// <summary>Every wrong value, each message naming its key (<c>Checks:StaleDays ...</c>); empty when all are right.</summary>
    public IReadOnlyList<string> Validate() => CheckOptionsValidation.Errors(this);

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
