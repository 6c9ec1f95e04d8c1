using Dashboard.Core.Review;
using Dashboard.Web.Components.Shared;

namespace Dashboard.Web.Features.Review;

/// <summary>An action of the review panel: its button's words and its key on the post page (none for the rarer ones).</summary>
public sealed record PanelAction(ReviewAction Action, string Label, string? Key, string KeyDoes);

/// <summary>
/// The review panel's actions as data: the buttons, the keys of the post page, its help overlay
/// and the "why not" lines all read this list. Whether an action may happen, and why not, is the
/// workflow's (<see cref="CurrentReviewer.Check"/>).
/// </summary>
public static class PanelActions
{
    public static IReadOnlyList<PanelAction> All { get; } =
    [
        new(ReviewAction.SubmitForApproval, "Send for approval", "s", "send for approval (asks for an optional note)"),
        new(ReviewAction.Approve, "Approve", "a", "approve for the search index"),
        new(ReviewAction.RequestChanges, "Request changes", "c", "request changes (asks for the note)"),
        new(ReviewAction.BumpVersion, "Bump version", "b", "bump the version: choose patch, minor or major"),
        new(ReviewAction.Reject, "Reject", null, ""),
        new(ReviewAction.Reopen, "Reopen", null, ""),
    ];

    /// <summary>The post page's help lines for the keyed actions.</summary>
    public static IEnumerable<Shortcut> Shortcuts => All.Where(a => a.Key is not null).Select(a => new Shortcut(a.Key!, a.KeyDoes));

    /// <summary>The action of <paramref name="key"/>, or null.</summary>
    public static PanelAction? ForKey(string key) => All.FirstOrDefault(a => a.Key == key);

    /// <summary>The panel's actions a post in <paramref name="status"/> shows: Reopen for a rejected post, Reject for any other.</summary>
    public static IEnumerable<PanelAction> ShownFor(string status) =>
        All.Where(a => a.Action != (status == ReviewStatus.Rejected ? ReviewAction.Reject : ReviewAction.Reopen));

    /// <summary>
    /// Why the shown actions that <paramref name="reviewer"/> may not take are greyed out: the
    /// workflow's refusal texts, one line per reason, naming the actions it holds back.
    /// </summary>
    public static IReadOnlyList<string> Refusals(Reviewer? reviewer, string status) =>
        [.. ShownFor(status)
            .Select(a => (a.Label, Decision: CurrentReviewer.Check(reviewer, a.Action, status)))
            .Where(x => !x.Decision.Allowed)
            .GroupBy(x => x.Decision.Reason ?? "", StringComparer.Ordinal)
            .Select(g => $"{string.Join(", ", g.Select(x => x.Label))}: {g.Key}")];

    /// <summary>A button's tooltip: what it does and its key, or why it is greyed out.</summary>
    public static string TooltipFor(Reviewer? reviewer, ReviewAction action, string status, string whatItDoes)
    {
        if (CurrentReviewer.Check(reviewer, action, status) is { Allowed: false, Reason: { } reason })
        {
            return reason;
        }

        return All.FirstOrDefault(a => a.Action == action)?.Key is { } key ? $"{whatItDoes} ({key})" : whatItDoes;
    }
}
