using Dashboard.Core.Format;

namespace Dashboard.Core.Checks;

/// <summary>
/// Puts a post through every check of <see cref="Check.All"/> that is switched on. Pure: the same
/// post and context always give the same results, so the import and every edit can run it.
/// </summary>
public static class PostChecks
{
    /// <summary>The checks <paramref name="post"/> fails, in the order of <see cref="Check.All"/>; empty when it passes all.</summary>
    /// <remarks>Run it on the post as parsed, before it is written canonically: writing makes the article's checklist the meta's.</remarks>
    public static IReadOnlyList<CheckResult> Run(Post post, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        var input = new CheckInput(post, context);
        List<CheckResult>? failed = null;
        foreach (var check in Check.All)
        {
            if (!context.Options.IsOff(check) && check.Rule(input) is { } finding)
            {
                (failed ??= []).Add(new CheckResult(check.Id, check.Severity, finding.Message, finding.Place));
            }
        }

        return failed ?? (IReadOnlyList<CheckResult>)[];
    }

    /// <summary>
    /// The one <paramref name="check"/> on <paramref name="post"/>, or null when it passes or is
    /// switched off: for a check whose context is known only later than the rest (the history's
    /// versions, read by the writer after the parallel parse).
    /// </summary>
    public static CheckResult? RunOne(Check check, Post post, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        return !context.Options.IsOff(check) && check.Rule(new CheckInput(post, context)) is { } finding
            ? new CheckResult(check.Id, check.Severity, finding.Message, finding.Place)
            : null;
    }
}
