using Dashboard.Core.Review;

namespace Dashboard.Core.Sampling;

/// <summary>Where a lot is in its acceptance sampling.</summary>
public enum LotState
{
    /// <summary>No plan yet (an import batch nobody has planned).</summary>
    NotSampled = 0,

    /// <summary>Planned: the sample is drawn and waits for its decisions.</summary>
    Sampling = 1,

    /// <summary>The sample met the plan's acceptance number; the rest of the lot was approved.</summary>
    Accepted = 2,

    /// <summary>The sample reached the plan's rejection number.</summary>
    Rejected = 3,
}

/// <summary>What a lead does to a lot.</summary>
public enum LotAction
{
    /// <summary>Fix the lot's members, compute the plan and draw the sample.</summary>
    Plan,

    /// <summary>Accept the lot: approve its undecided posts on the sample's evidence.</summary>
    Accept,

    /// <summary>Reject the lot: leave it for full review, or reject it back to the generator team.</summary>
    Reject,
}

/// <summary>How a lot's sample stands: how many sample posts are decided, and how many of those are defects.</summary>
public sealed record LotTally(int SampleSize, int Decided, int Defects)
{
    /// <summary>Every sample post is decided.</summary>
    public bool IsComplete => Decided >= SampleSize;
}

/// <summary>
/// The lot's states as data, as <see cref="ReviewWorkflow"/> is the post's: per action, the state
/// it starts from and the one it leads to, and the plan's rule (Ac / Re) that allows it.
/// </summary>
public static class LotWorkflow
{
    private sealed record Step(LotAction Action, LotState From, LotState To);

    private static readonly Step[] Steps =
    [
        new(LotAction.Plan, LotState.NotSampled, LotState.Sampling),
        new(LotAction.Accept, LotState.Sampling, LotState.Accepted),
        new(LotAction.Reject, LotState.Sampling, LotState.Rejected),
    ];

    /// <summary>The state <paramref name="action"/> leads to.</summary>
    public static LotState After(LotAction action) => Steps.Single(s => s.Action == action).To;

    /// <summary>"not sampled", "sampling", "accepted", "rejected": as people read the state.</summary>
    public static string NameOf(LotState state) => state switch
    {
        LotState.NotSampled => "not sampled",
        LotState.Sampling => "sampling",
        LotState.Accepted => "accepted",
        LotState.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a lot state."),
    };

    /// <summary>
    /// May <paramref name="role"/> take <paramref name="action"/> on a lot in <paramref name="state"/>?
    /// Only leads and admins act on lots. Accepting needs every sample post decided with at most
    /// Ac defects; rejecting needs Re defects, which may come before the sample is complete (no
    /// further decision can make the lot acceptable).
    /// </summary>
    public static Decision Check(Role role, LotAction action, LotState state, SamplingPlan? plan = null, LotTally? tally = null)
    {
        if (role is not (Role.Lead or Role.Admin))
        {
            return Decision.Deny("Only a lead or an admin can plan, accept or reject a lot.");
        }

        var step = Steps.Single(s => s.Action == action);
        if (state != step.From)
        {
            return Decision.Deny($"This lot is {NameOf(state)}: only a lot that is {NameOf(step.From)} can be {Done(action)}.");
        }

        return (action, plan, tally) switch
        {
            (LotAction.Plan, _, _) => Decision.Allow,
            (_, null, _) or (_, _, null) => throw new ArgumentException("Accepting or rejecting a lot needs its plan and its tally."),
            (LotAction.Accept, _, { IsComplete: false }) => Decision.Deny(
                $"{tally.SampleSize - tally.Decided} of the {tally.SampleSize} sample posts are not decided yet; the lot can be accepted once all are."),
            (LotAction.Accept, _, _) when plan.Verdict(tally.Defects) == LotVerdict.Reject => Decision.Deny(
                $"The sample has {tally.Defects} defects, at least the plan's rejection number {plan.Rejection}: the lot cannot be accepted."),
            (LotAction.Reject, _, _) when tally.Defects < plan.Rejection => Decision.Deny(
                $"The sample has {tally.Defects} defects, fewer than the plan's rejection number {plan.Rejection}: the lot cannot be rejected on it."),
            _ => Decision.Allow,
        };
    }

    private static string Done(LotAction action) => action switch
    {
        LotAction.Plan => "planned",
        LotAction.Accept => "accepted",
        _ => "rejected",
    };
}
