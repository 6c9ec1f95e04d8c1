using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;

namespace Dashboard.Core.Tests.Checks;

/// <summary>Shorthands the check tests share: a run with default options, and the ids that fired.</summary>
internal static class CheckRun
{
    public static readonly DateOnly Today = new(2026, 12, 1);

    public static IReadOnlyList<CheckResult> Run(Post post, CheckOptions? options = null, DateOnly? today = null, IReadOnlyList<SemVersion>? history = null) =>
        PostChecks.Run(post, new CheckContext(options ?? new CheckOptions(), today ?? Today, history ?? []));

    public static IReadOnlyList<CheckResult> Run(FailingPost failing, CheckOptions? options = null) =>
        Run(failing.Post, options, Today, failing.PreviousVersions);

    public static string[] Ids(IEnumerable<CheckResult> results) => [.. results.Select(r => r.CheckId)];

    /// <summary>The 1-based line of the stored document that is exactly <paramref name="text"/>.</summary>
    public static int LineIs(Post post, string text)
    {
        var lines = PostWriter.Write(post).Split('\n');
        var index = Array.IndexOf(lines, text);
        Assert.True(index >= 0, $"no line is \"{text}\"");
        return index + 1;
    }
}
