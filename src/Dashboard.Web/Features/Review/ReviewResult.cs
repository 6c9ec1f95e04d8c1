namespace Dashboard.Web.Features.Review;

/// <summary>Why a review action did not happen.</summary>
public enum ReviewFailure
{
    None,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
    NeedsConfirmation,
}

/// <summary>
/// The outcome of a review action: done (with the post's new row version, and the history entry
/// that records it, which undoes it) or refused, and why.
/// </summary>
public sealed record ReviewResult(ReviewFailure Failure, string? Message, long RowVersion = 0, string? Status = null, string? Version = null, long? HistoryId = null)
{
    public bool Succeeded => Failure == ReviewFailure.None;

    public static ReviewResult Done(long rowVersion, string status, string version, long? historyId = null) =>
        new(ReviewFailure.None, null, rowVersion, status, version, historyId);

    public static ReviewResult Refused(ReviewFailure failure, string message) => new(failure, message);
}

/// <summary>A post the indexer's acknowledgement could not mark, and why.</summary>
public sealed record IndexRefusal(string SourceId, string Reason);

/// <summary>A post the indexer took, with the row version it took (its feed line's etag).</summary>
public sealed record IndexAckRequest(string SourceId, long ExpectedRowVersion);

/// <summary>What an index acknowledgement did.</summary>
public sealed record IndexAcknowledgement(IReadOnlyList<string> Indexed, IReadOnlyList<IndexRefusal> Refused, bool Forbidden);
