using Dashboard.Core.Sampling;

namespace Dashboard.Web.Data.Entities;

/// <summary>
/// A lot under acceptance sampling: an import batch, or the posts a queue filter matched, its
/// members fixed when the plan was made (<see cref="LotPost"/>). The plan's figures are stored as
/// computed, so a later change of the table's code cannot change what a lead decided on.
/// </summary>
public sealed class Lot
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The import batch the lot is, or null for a lot of a queue filter.</summary>
    public long? ImportBatchId { get; set; }

    /// <summary>The queue filter, as the queue's URL query writes it, for a lot that is one.</summary>
    public string? Filter { get; set; }

    public LotState State { get; set; }
    public decimal Aql { get; set; }
    public int LotSize { get; set; }
    public required string LotCode { get; set; }
    public required string PlanCode { get; set; }
    public int SampleSize { get; set; }
    public int Acceptance { get; set; }
    public int Rejection { get; set; }

    /// <summary>The draw's seed: the same seed and members draw the same sample again.</summary>
    public long Seed { get; set; }

    public required string PlannedBy { get; set; }
    public DateTime PlannedAtUtc { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>What the decision found and did, in words ("accepted: 2 defects in 200; 9,800 posts approved").</summary>
    public string? Outcome { get; set; }

    /// <summary>The bulk id of the approvals an acceptance made (or the rejections a rejection back made), so they undo as one.</summary>
    public Guid? BulkId { get; set; }

    /// <summary>Optimistic concurrency: two leads deciding one lot at once, the second is refused.</summary>
    public int Version { get; set; }

    /// <summary>The members; loaded only when a plan stores them.</summary>
    public List<LotPost> Posts { get; set; } = [];

    public SamplingPlan Plan => new(LotSize, Aql, LotCode[0], PlanCode[0], SampleSize, Acceptance, Rejection);
}

/// <summary>A post of a lot, and whether the draw put it in the sample.</summary>
public sealed class LotPost
{
    public long LotId { get; set; }
    public long PostId { get; set; }
    public bool InSample { get; set; }
}
