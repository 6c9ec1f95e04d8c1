namespace Dashboard.Core.Generation;

/// <summary>How <see cref="PostGenerator"/> shapes a batch.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The seed: the same seed and index always give the same post and file.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The share of posts, 0 to 1, flagged <c>needs human review</c>.</summary>
    public double NeedsReviewShare { get; init; } = 0.8;

    /// <summary>
    /// The share of files, 0 to 1, that are awkward (see <see cref="AwkwardKind"/>): some still valid
    /// (CRLF, byte-order mark, unknown labels...), some that the parser must reject (truncated, binary...).
    /// </summary>
    public double AwkwardShare { get; init; }

    /// <summary>The share of posts, 0 to 1, that are near-copies of an earlier post (see <see cref="NearCopyFamilies"/>).</summary>
    public double NearCopyShare { get; init; }

    /// <summary>Throws when a share is outside 0 to 1.</summary>
    public void Validate()
    {
        if (NeedsReviewShare is < 0 or > 1 || double.IsNaN(NeedsReviewShare))
        {
            throw new ArgumentOutOfRangeException(nameof(NeedsReviewShare), NeedsReviewShare, "must be from 0 to 1");
        }

        if (AwkwardShare is < 0 or > 1 || double.IsNaN(AwkwardShare))
        {
            throw new ArgumentOutOfRangeException(nameof(AwkwardShare), AwkwardShare, "must be from 0 to 1");
        }

        if (NearCopyShare is < 0 or > 1 || double.IsNaN(NearCopyShare))
        {
            throw new ArgumentOutOfRangeException(nameof(NearCopyShare), NearCopyShare, "must be from 0 to 1");
        }
    }
}
