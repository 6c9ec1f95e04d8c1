namespace Dashboard.Core.Sampling;

/// <summary>
/// A single sampling plan for a lot: inspect <see cref="SampleSize"/> items drawn at random;
/// accept the lot with at most <see cref="Acceptance"/> defective, reject it with
/// <see cref="Rejection"/> or more.
/// </summary>
/// <param name="LotSize">Items in the lot.</param>
/// <param name="Aql">The acceptable quality level, in percent nonconforming.</param>
/// <param name="LotCode">The code letter the lot size gives (Table I, level II).</param>
/// <param name="PlanCode">The code letter of the plan used: the lot's, or the one the master table's arrow leads to.</param>
/// <param name="SampleSize">Items to inspect (the whole lot when the plan's sample would be as large).</param>
/// <param name="Acceptance">Ac: the most defective items in the sample that still accept the lot.</param>
/// <param name="Rejection">Re: the fewest defective items that reject it (always Ac + 1 in single sampling).</param>
public sealed record SamplingPlan(int LotSize, decimal Aql, char LotCode, char PlanCode, int SampleSize, int Acceptance, int Rejection)
{
    /// <summary>Whether the sample is the whole lot (the standard's "100 % inspection").</summary>
    public bool InspectsWholeLot => SampleSize == LotSize;

    /// <summary>What <paramref name="defects"/> defective items in the sample decide, once the whole sample is decided.</summary>
    public LotVerdict Verdict(int defects) => defects <= Acceptance ? LotVerdict.Accept : LotVerdict.Reject;

    /// <summary>"AQL 1.0 %, code L, n = 200, Ac 5 / Re 6": how history and the lot page name the plan.</summary>
    public string Describe() =>
        $"AQL {AcceptableQualityLevels.Format(Aql)} %, code {PlanCode}{(PlanCode == LotCode ? "" : $" (lot {LotCode})")}, n = {SampleSize}, Ac {Acceptance} / Re {Rejection}";
}

/// <summary>What a decided sample says of its lot.</summary>
public enum LotVerdict
{
    /// <summary>Defects at most Ac.</summary>
    Accept,

    /// <summary>Defects at least Re.</summary>
    Reject,
}
