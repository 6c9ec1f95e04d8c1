namespace Dashboard.Core.Checks;

/// <summary>How much a failing check matters to a reviewer.</summary>
public enum CheckSeverity
{
    /// <summary>Worth knowing; the post may well be fine.</summary>
    Info,

    /// <summary>Probably wrong; a reviewer should look.</summary>
    Warning,

    /// <summary>Wrong: the post should not reach the index feed as it is.</summary>
    Error,
}
