namespace Dashboard.Web.Features.Lots;

/// <summary>The <c>Lots</c> section: what acceptance sampling changes beyond the lots themselves.</summary>
public sealed class LotOptions
{
    public const string Section = "Lots";

    /// <summary>
    /// Whether the index feed gives only approved posts of accepted lots plus posts a lead approved
    /// one by one (not in a bulk action), holding back bulk approvals made without a lot's evidence.
    /// Off by default: the feed gives every approved post, as it did before lots.
    /// </summary>
    public bool FeedOnlyAcceptedLots { get; set; }
}
