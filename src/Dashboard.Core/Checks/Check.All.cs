namespace Dashboard.Core.Checks;

public sealed partial class Check
{
    // The rows and the list live in one file: static fields of a partial class initialise in an
    // unspecified order across files, and All must come after the rows.

    /// <summary>The article's checklist against the meta checklist: same items, same order.</summary>
    public static readonly Check ChecklistMismatch = new("checklist-mismatch", "Checklist differs from the article's", CheckSeverity.Warning, ArticleChecks.Checklist);

    /// <summary>The payload's <c>paragraphs</c> against the article's paragraphs.</summary>
    public static readonly Check ParagraphsMismatch = new("paragraphs-mismatch", "Paragraph count differs from the article's", CheckSeverity.Warning, ArticleChecks.Paragraphs);

    /// <summary><c>reading time</c> against the article's word count.</summary>
    public static readonly Check ReadingTime = new("reading-time", "Reading time does not fit the word count", CheckSeverity.Warning, ArticleChecks.ReadingTime);

    /// <summary>The <c>has images</c> and <c>image heavy</c> flags against the article's figures.</summary>
    public static readonly Check ImagesMismatch = new("images-mismatch", "Image flags disagree with the figures", CheckSeverity.Warning, ArticleChecks.ImageFlags);

    /// <summary>Each figure's caption and source against its entry in <c>image sources</c>.</summary>
    public static readonly Check CaptionSource = new("caption-source", "Figures disagree with the image sources", CheckSeverity.Warning, ArticleChecks.Captions);

    /// <summary>The share of the article's sentences that repeat an earlier one.</summary>
    public static readonly Check RepeatedSentences = new("repeated-sentences", "Repeated sentences", CheckSeverity.Warning, WordingChecks.RepeatedSentences);

    /// <summary>The share of the article's word 3-grams that repeat an earlier one.</summary>
    public static readonly Check RepeatedTrigrams = new("repeated-trigrams", "Repeated word 3-grams", CheckSeverity.Warning, WordingChecks.RepeatedTrigrams);

    /// <summary>The article's word count within bounds.</summary>
    public static readonly Check WordCount = new("word-count", "Word count out of bounds", CheckSeverity.Error, WordingChecks.WordCount);

    /// <summary>The article's mean word length within bounds.</summary>
    public static readonly Check MeanWordLength = new("mean-word-length", "Mean word length out of bounds", CheckSeverity.Warning, WordingChecks.MeanWordLength);

    /// <summary>Every image source's URL is https.</summary>
    public static readonly Check ImageHttps = new("image-https", "Image URL not https", CheckSeverity.Error, ImageSourceChecks.Https);

    /// <summary>Every image source's host is in the allow-list.</summary>
    public static readonly Check ImageHost = new("image-host", "Image host not allowed", CheckSeverity.Error, ImageSourceChecks.Host);

    /// <summary>Every image source has a caption.</summary>
    public static readonly Check ImageCaption = new("image-caption", "Image source without caption", CheckSeverity.Warning, ImageSourceChecks.Caption);

    /// <summary>The revision's <c>last reviewed</c> is not older than the limit.</summary>
    public static readonly Check LastReviewedStale = new("last-reviewed-stale", "Last reviewed long ago", CheckSeverity.Info, RevisionChecks.Stale);

    /// <summary>The revision's <c>last reviewed</c> is not in the future.</summary>
    public static readonly Check LastReviewedFuture = new("last-reviewed-future", "Last reviewed in the future", CheckSeverity.Error, RevisionChecks.Future);

    /// <summary>The version is not lower than one the post's history recorded.</summary>
    public static readonly Check VersionBackwards = new("version-backwards", "Version went backwards", CheckSeverity.Error, RevisionChecks.VersionBackwards);

    /// <summary>The status does not contradict the flags.</summary>
    public static readonly Check StatusFlags = new("status-flags", "Status contradicts the flags", CheckSeverity.Error, RevisionChecks.StatusFlags);

    /// <summary>The source id, reference and seed name the same post.</summary>
    public static readonly Check ProvenanceMismatch = new("provenance-mismatch", "Source id, reference and seed disagree", CheckSeverity.Error, ProvenanceChecks.Agree);

    /// <summary>Every check, in the order they are run and shown.</summary>
    public static IReadOnlyList<Check> All { get; } =
    [
        ChecklistMismatch, ParagraphsMismatch, ReadingTime, ImagesMismatch, CaptionSource,
        RepeatedSentences, RepeatedTrigrams, WordCount, MeanWordLength,
        ImageHttps, ImageHost, ImageCaption,
        LastReviewedStale, LastReviewedFuture, VersionBackwards, StatusFlags,
        ProvenanceMismatch,
    ];
}
