namespace Dashboard.Core.Agreement;

/// <summary>An agreement coefficient and what it rests on.</summary>
/// <param name="Value">
/// The coefficient (1 perfect agreement, 0 what chance alone gives, below 0 worse than chance);
/// null when it is undefined: no pairable items, or every rating in one category, so that chance
/// already explains all agreement and the ratio is 0/0.
/// </param>
/// <param name="Items">How many items (posts) the figure rests on: those rated by at least two raters.</param>
/// <param name="ObservedAgreement">The share of pairable ratings that agree; null without any.</param>
public sealed record AgreementFigure(double? Value, int Items, double? ObservedAgreement)
{
    /// <summary>The figure of no pairable items.</summary>
    public static AgreementFigure Empty { get; } = new(null, 0, null);
}
