namespace Dashboard.Web.Features.Queue;

/// <summary>How tall the queue's rows are: one line each (the default), or room to breathe.</summary>
public enum QueueDensity
{
    Compact,
    Comfortable,
}

/// <summary>
/// A reviewer's queue layout: the columns shown, in order (keys of <see cref="QueueColumns.All"/>),
/// and the density. Whatever is stored, it reads back as a layout of known columns with the
/// required ones kept.
/// </summary>
public sealed record QueueLayout(IReadOnlyList<string> Columns, QueueDensity Density)
{
    public static QueueLayout Default { get; } = new([.. QueueColumns.All.Where(c => c.ShownByDefault).Select(c => c.Key)], QueueDensity.Compact);

    /// <summary>The shown columns, in order.</summary>
    public IReadOnlyList<QueueColumnDefinition> Shown => [.. Columns.Select(QueueColumns.Find).OfType<QueueColumnDefinition>()];

    /// <summary>Every column, the shown ones first in their order, then the hidden ones: what the chooser lists.</summary>
    public IReadOnlyList<QueueColumnDefinition> Ordered => [.. Shown, .. QueueColumns.All.Where(c => !Columns.Contains(c.Key))];

    public bool IsShown(string key) => Columns.Contains(key);

    /// <summary>The stored form of <see cref="Columns"/>: keys, comma separated.</summary>
    public string ColumnsText => string.Join(',', Columns);

    /// <summary>The layout stored as <paramref name="columns"/> and <paramref name="density"/>; unknown keys are dropped, nothing stored is the default.</summary>
    public static QueueLayout Parse(string? columns, string? density) =>
        new(ParseColumns(columns) ?? Default.Columns, Enum.TryParse<QueueDensity>(density, ignoreCase: true, out var d) ? d : Default.Density);

    /// <summary>The known columns of <paramref name="columns"/> in its order, required ones added; null when it names none.</summary>
    public static IReadOnlyList<string>? ParseColumns(string? columns)
    {
        var keys = (columns ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(k => QueueColumns.Find(k) is not null).Distinct().ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        var missing = QueueColumns.All.Where(c => c.Required && !keys.Contains(c.Key)).Select(c => c.Key);
        return [.. missing, .. keys];
    }

    /// <summary>This layout with <paramref name="key"/> shown (at the end) or hidden; a required column stays.</summary>
    public QueueLayout Toggle(string key)
    {
        if (QueueColumns.Find(key) is not { } column || column.Required)
        {
            return this;
        }

        return this with { Columns = IsShown(key) ? [.. Columns.Where(k => k != key)] : [.. Columns, key] };
    }

    /// <summary>This layout with the shown column <paramref name="key"/> moved <paramref name="by"/> places (negative: to the left).</summary>
    public QueueLayout Move(string key, int by)
    {
        var index = Columns.ToList().IndexOf(key);
        if (index < 0)
        {
            return this;
        }

        var target = Math.Clamp(index + by, 0, Columns.Count - 1);
        var keys = Columns.ToList();
        keys.RemoveAt(index);
        keys.Insert(target, key);
        return this with { Columns = keys };
    }
}
