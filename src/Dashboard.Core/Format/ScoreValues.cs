namespace Dashboard.Core.Format;

/// <summary>
/// A value, or none, for each score of <see cref="ScoreFields.All"/>: the scores of a stored post,
/// which may come from a file without a score map. Compares by value.
/// </summary>
public sealed class ScoreValues : IEquatable<ScoreValues>
{
    private readonly int?[] _values;

    /// <summary>The values in the order of <see cref="ScoreFields.All"/>.</summary>
    public ScoreValues(int?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != ScoreFields.All.Count)
        {
            throw new ArgumentException($"expected {ScoreFields.All.Count} score values, one per ScoreFields.All entry, not {values.Length}", nameof(values));
        }

        _values = values;
    }

    /// <summary>No score at all.</summary>
    public static ScoreValues None { get; } = new(new int?[ScoreFields.All.Count]);

    /// <summary>The scores of a parsed post, or <see cref="None"/> when it has no score map.</summary>
    public static ScoreValues From(Scores? scores) =>
        scores is null ? None : new([.. ScoreFields.All.Select(s => (int?)s.Read(scores))]);

    /// <summary>The value of <paramref name="score"/>, or null.</summary>
    public int? this[ScoreField score] => _values[ScoreFields.IndexOf(score)];

    /// <inheritdoc />
    public bool Equals(ScoreValues? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoreValues);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <summary>Such as <c>quality 87, freshness n/a, ...</c>.</summary>
    public override string ToString() =>
        string.Join(", ", ScoreFields.All.Select(s => $"{s.Name} {this[s]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n/a"}"));
}
