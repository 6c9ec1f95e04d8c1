using Dashboard.Core.Review;

namespace Dashboard.Core.Sampling;

/// <summary>What became of one sample post: not decided yet, passed (approved), or a defect and its reason.</summary>
/// <param name="Decided">Whether the post's review has decided it.</param>
/// <param name="DefectReason">Null for a post that passed or is not decided; else why it is a defect.</param>
public sealed record SampleOutcome(bool Decided, string? DefectReason)
{
    /// <summary>The reason of a defect sent back to its editor.</summary>
    public const string ChangesRequested = "changes requested";

    /// <summary>Whether the post is a defect of the sample.</summary>
    public bool IsDefect => DefectReason is not null;

    /// <summary>
    /// A sample post is a defect once rejected (by its rejection's reason) or sent back with changes
    /// requested since the plan was made, even if fixed and approved afterwards: the lot as it
    /// came needed that work. It passes once approved (or indexed) without either.
    /// </summary>
    public static SampleOutcome Of(string status, string? rejectionReason, bool sentBackSincePlan) => status switch
    {
        ReviewStatus.Rejected => new(true, rejectionReason ?? "rejected"),
        _ when sentBackSincePlan => new(true, ChangesRequested),
        _ when ReviewWorkflow.ReviewedStatuses.Contains(status) => new(true, null),
        _ => new(false, null),
    };

    /// <summary>How many sample posts are decided and how many are defects.</summary>
    public static LotTally Tally(int sampleSize, IEnumerable<SampleOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new LotTally(sampleSize, list.Count(o => o.Decided), list.Count(o => o.IsDefect));
    }

    /// <summary>"3 low quality, 1 changes requested": the defects by reason, most first.</summary>
    public static string DescribeDefects(IEnumerable<SampleOutcome> outcomes)
    {
        var byReason = outcomes.Where(o => o.IsDefect).GroupBy(o => o.DefectReason!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}").ToList();
        return byReason.Count == 0 ? "no defects" : string.Join(", ", byReason);
    }
}
