using Dashboard.Core.Review;
using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Features.Review;

/// <summary>The bulk actions offered on the queue.</summary>
public enum BulkAction
{
    Approve,
    RequestChanges,
    BumpVersion,
    Reject,
}

/// <summary>A post picked for a bulk action, with the row version the reviewer saw when picking it.</summary>
public sealed record BulkTarget(string SourceId, long RowVersion);

/// <summary>
/// What to do, and to which posts: the selected ones, or every post matching a queue filter
/// (then the versions are those of the dry run).
/// </summary>
/// <param name="Reason">For a rejection: why (with <paramref name="Note"/>, and <paramref name="DuplicateOf"/> for a duplicate).</param>
public sealed record BulkRequest(
    BulkAction Action,
    IReadOnlyList<BulkTarget>? Selected,
    QueueFilter? Filter,
    VersionBump Bump = VersionBump.Patch,
    string? Note = null,
    RejectionReason Reason = RejectionReason.Other,
    string? DuplicateOf = null)
{
    public ReviewAction ReviewAction => Action switch
    {
        BulkAction.Approve => ReviewAction.Approve,
        BulkAction.RequestChanges => ReviewAction.RequestChanges,
        BulkAction.Reject => ReviewAction.Reject,
        _ => ReviewAction.BumpVersion,
    };
}

/// <summary>A post the dry run names: one that will change (<paramref name="Refusal"/> null), or one that cannot, and why.</summary>
public sealed record BulkSample(string SourceId, string? Refusal);

/// <summary>A reason some posts cannot take the action, and how many.</summary>
public sealed record BulkRefusal(string Reason, int Count);

/// <summary>The dry run: who can, who cannot and why. Executing it acts on <see cref="Eligible"/> only.</summary>
public sealed record BulkPlan(BulkRequest Request, IReadOnlyList<BulkTarget> Eligible, IReadOnlyList<BulkRefusal> Refusals)
{
    /// <summary>How many posts of each kind the dry run names as examples.</summary>
    public const int SampleSize = 10;

    /// <summary>Examples: the first posts that will change (no refusal), and the first that cannot, each with its reason.</summary>
    public IReadOnlyList<BulkSample> Sample { get; init; } = [];

    public int RefusedCount => Refusals.Sum(r => r.Count);

    /// <summary>"412 can be approved; 38 cannot: 30 are still drafted, 8 changed since you selected them".</summary>
    public string Summary
    {
        get
        {
            var verb = Request.Action switch
            {
                BulkAction.Approve => "approved",
                BulkAction.RequestChanges => "sent back with changes requested",
                BulkAction.Reject when Request.DuplicateOf is { } kept => $"rejected as duplicates of {kept}",
                BulkAction.Reject => $"rejected ({RejectionReasons.NameOf(Request.Reason)})",
                _ => $"given a {Request.Bump.ToString().ToLowerInvariant()} version bump",
            };
            var can = $"{Eligible.Count} can be {verb}";
            return RefusedCount == 0
                ? can
                : $"{can}; {RefusedCount} cannot: {string.Join(", ", Refusals.Select(r => $"{r.Count} {r.Reason}"))}";
        }
    }
}

/// <summary>What a bulk action did; <see cref="BulkId"/> undoes it in one click.</summary>
public sealed record BulkOutcome(Guid BulkId, int Done, IReadOnlyList<BulkRefusal> Refusals);

/// <summary>What undoing one change did: put back, or why not.</summary>
public sealed record ReviewUndo(bool Done, string? Refusal);
