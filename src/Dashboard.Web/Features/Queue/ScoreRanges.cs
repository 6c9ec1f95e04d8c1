using Dashboard.Core.Format;

namespace Dashboard.Web.Features.Queue;

/// <summary>An inclusive range of a score.</summary>
public readonly record struct ScoreRange(int Min, int Max)
{
    /// <summary>Every value <paramref name="score"/> may take.</summary>
    public static ScoreRange Whole(ScoreField score) => new(score.Min, score.Max);

    /// <summary>True when the range leaves out no value of <paramref name="score"/>: no filter.</summary>
    public bool Covers(ScoreField score) => Min <= score.Min && Max >= score.Max;
}

/// <summary>
/// The queue's range for each score of <see cref="ScoreFields.All"/>. Compares by value, so two
/// filters with the same ranges are equal (the queue page compares the URL's filter with its own).
/// </summary>
public sealed class ScoreRanges : IEquatable<ScoreRanges>
{
    private readonly ScoreRange[] _ranges;

    private ScoreRanges(ScoreRange[] ranges) => _ranges = ranges;

    /// <summary>Every score's whole range: no score filter.</summary>
    public static ScoreRanges All { get; } = new([.. ScoreFields.All.Select(ScoreRange.Whole)]);

    public ScoreRange this[ScoreField score] => _ranges[ScoreFields.IndexOf(score)];

    /// <summary>These ranges with <paramref name="score"/>'s replaced.</summary>
    public ScoreRanges With(ScoreField score, ScoreRange range)
    {
        var ranges = (ScoreRange[])_ranges.Clone();
        ranges[ScoreFields.IndexOf(score)] = range;
        return new ScoreRanges(ranges);
    }

    public bool Equals(ScoreRanges? other) => other is not null && _ranges.AsSpan().SequenceEqual(other._ranges);

    public override bool Equals(object? obj) => Equals(obj as ScoreRanges);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var range in _ranges)
        {
            hash.Add(range);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ", ScoreFields.All.Select(s => $"{s.Name} {this[s].Min}-{this[s].Max}"));
}
