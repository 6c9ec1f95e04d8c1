namespace Dashboard.Core.Checks;

/// <summary>
/// One failing check on one post. A check fails at most once per post: when it fails in several
/// places, the message names the first and how many there are, so (post, check id) is unique.
/// </summary>
/// <param name="CheckId">The <see cref="Check.Id"/>, such as <c>reading-time</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What is wrong, naming the field or the article's line, for a reviewer.</param>
/// <param name="Place">The same place, structured, for the post page to point at.</param>
public sealed record CheckResult(string CheckId, CheckSeverity Severity, string Message, CheckPlace Place);
