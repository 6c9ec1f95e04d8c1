namespace Dashboard.Core.Checks;

/// <summary>
/// One check a post is put through: its id (stored, in URLs and the API), a label for people and
/// its default severity. <see cref="All"/> is the one list the checks engine, the settings and
/// everything that shows checks iterate over; a new check is a new row there.
/// </summary>
public sealed partial class Check
{
    private Check(string id, string label, CheckSeverity severity, CheckRule rule)
    {
        Id = id;
        Label = label;
        Severity = severity;
        Rule = rule;
    }

    /// <summary>The stable id, lower case with dashes, such as <c>reading-time</c>.</summary>
    public string Id { get; }

    /// <summary>A short label for people, such as <c>Reading time implausible</c>.</summary>
    public string Label { get; }

    /// <summary>The severity of a failure.</summary>
    public CheckSeverity Severity { get; }

    internal CheckRule Rule { get; }

    /// <summary>The check with <paramref name="id"/> (ordinal), or null.</summary>
    public static Check? Find(string id) => All.FirstOrDefault(check => check.Id == id);

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>Why the post fails a check (the message and the place), or null when it passes.</summary>
internal delegate Finding? CheckRule(CheckInput input);

/// <summary>A failure before it is stamped with its check's id and severity.</summary>
internal readonly record struct Finding(string Message, CheckPlace Place);
