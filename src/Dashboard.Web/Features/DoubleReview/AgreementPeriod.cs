namespace Dashboard.Web.Features.DoubleReview;

/// <summary>A period the agreement figures cover, as the Overview offers it and the API names it.</summary>
/// <param name="Name">Its name in the API's query string (<c>period=7d</c>).</param>
/// <param name="Label">How the Overview shows it.</param>
/// <param name="Length">How far back it reaches; null: all time.</param>
public sealed record AgreementPeriod(string Name, string Label, TimeSpan? Length)
{
    public static AgreementPeriod Day { get; } = new("24h", "24 h", TimeSpan.FromHours(24));

    public static AgreementPeriod Week { get; } = new("7d", "7 d", TimeSpan.FromDays(7));

    public static AgreementPeriod Month { get; } = new("30d", "30 d", TimeSpan.FromDays(30));

    public static AgreementPeriod AllTime { get; } = new("all", "all", null);

    public static IReadOnlyList<AgreementPeriod> All { get; } = [Day, Week, Month, AllTime];

    /// <summary>The period named <paramref name="name"/> (case ignored), or null.</summary>
    public static AgreementPeriod? Parse(string? name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
