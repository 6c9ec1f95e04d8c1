namespace Dashboard.Core.Format;

/// <summary>
/// One score of the <c>score</c> map, described once: its key in the file (also its name in the
/// queue's URL, its sort and the API), the label people read, the inclusive range a value must lie
/// in, and where <see cref="Scores"/> keeps it. The parser, the writer, the stored columns, the
/// queue, the overview and the post page all go through <see cref="ScoreFields.All"/>.
/// </summary>
public sealed class ScoreField(string name, string label, int min, int max, Func<Scores, int> read)
{
    /// <summary>The key in the file, such as <c>quality</c>; the queue's URL and the API use it too.</summary>
    public string Name { get; } = name;

    /// <summary>What people read, such as <c>Quality</c>.</summary>
    public string Label { get; } = label;

    /// <summary>The lowest value the file may carry; the file's whole numbers have no sign, so 0 or more.</summary>
    public int Min { get; } = min >= 0 && min <= max
        ? min
        : throw new ArgumentOutOfRangeException(nameof(min), $"score \"{name}\" needs 0 <= min <= max, not {min} to {max}");

    /// <summary>The highest value the file may carry.</summary>
    public int Max { get; } = max;

    /// <summary>This score of a parsed post.</summary>
    public int Read(Scores scores) => read(scores);

    /// <summary>The <see cref="Name"/>, so test output and logs read as the file does.</summary>
    public override string ToString() => Name;
}

/// <summary>Every score the format knows. A new score is a row here and a parameter of <see cref="Scores"/>.</summary>
public static class ScoreFields
{
    /// <summary>The <c>quality</c> score.</summary>
    public static readonly ScoreField Quality = new("quality", "Quality", 0, 100, s => s.Quality);
    /// <summary>The <c>freshness</c> score.</summary>
    public static readonly ScoreField Freshness = new("freshness", "Freshness", 0, 100, s => s.Freshness);
    /// <summary>The <c>depth</c> score.</summary>
    public static readonly ScoreField Depth = new("depth", "Depth", 0, 100, s => s.Depth);
    /// <summary>The <c>clarity</c> score.</summary>
    public static readonly ScoreField Clarity = new("clarity", "Clarity", 0, 100, s => s.Clarity);

    /// <summary>Every score, in the order the file lists them and <see cref="Scores"/> takes them.</summary>
    public static readonly IReadOnlyList<ScoreField> All = [Quality, Freshness, Depth, Clarity];

    /// <summary>The position of <paramref name="score"/> in <see cref="All"/>.</summary>
    public static int IndexOf(ScoreField score)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (ReferenceEquals(All[i], score))
            {
                return i;
            }
        }

        throw new ArgumentException($"\"{score.Name}\" is not one of ScoreFields.All.", nameof(score));
    }

    /// <summary>The score named <paramref name="name"/> (any case), or null.</summary>
    public static ScoreField? Find(string? name)
    {
        foreach (var score in All)
        {
            if (string.Equals(score.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return score;
            }
        }

        return null;
    }
}
