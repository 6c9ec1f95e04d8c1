using Dashboard.Core.Review;
using Dashboard.Core.Sampling;
using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Features.Lots;

/// <summary>What a lead plans: an import batch or a queue filter (exactly one), at an AQL; a seed to draw with, or a fresh one.</summary>
public sealed record LotRequest(long? ImportBatchId, QueueFilter? Filter, decimal Aql, long? Seed = null, string? Name = null);

/// <summary>How a rejected lot goes on: it stays for full review, or its open posts are rejected back to the generator team.</summary>
public enum LotRejectionMode
{
    FullReview,
    RejectBack,
}

/// <summary>A lot's rejection: the mode and, to reject back, the rejection's reason and note.</summary>
public sealed record LotRejection(LotRejectionMode Mode, RejectionReason Reason = RejectionReason.LowQuality, string? Note = null);

/// <summary>Why a lot action did not happen.</summary>
public enum LotFailure
{
    None,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>What a lot action did: the lot and its new state, what it found and did, or why it was refused.</summary>
public sealed record LotResult(LotFailure Failure, string? Message, long LotId = 0, LotState State = LotState.NotSampled, string? Outcome = null)
{
    public bool Succeeded => Failure == LotFailure.None;

    public static LotResult Refused(LotFailure failure, string message) => new(failure, message);
}

/// <summary>A lot as its page and the API show it.</summary>
public sealed record LotView(
    long Id,
    string Name,
    long? ImportBatchId,
    string? Filter,
    LotState State,
    SamplingPlan Plan,
    long Seed,
    LotTally Tally,
    DefectRate DefectRate,
    string Defects,
    LotVerdict? Verdict,
    string PlannedBy,
    DateTime PlannedAtUtc,
    string? DecidedBy,
    DateTime? DecidedAtUtc,
    string? Outcome,
    IReadOnlyList<SamplePost> Sample)
{
    public string StateName => LotWorkflow.NameOf(State);
}

/// <summary>One sample post and its decision so far.</summary>
public sealed record SamplePost(string SourceId, string Title, string Status, bool Decided, string? DefectReason);

/// <summary>A lot in the list of lots, and an import batch not planned yet (then <see cref="LotId"/> is null).</summary>
public sealed record LotRow(long? LotId, string Name, long? ImportBatchId, LotState State, int Posts, string? Plan);
