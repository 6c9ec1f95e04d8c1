using MudBlazor;

namespace Dashboard.Web.Features.Review;

/// <summary>
/// A success message whose one action undoes what was just done. Bulk actions and single
/// approvals offer the same, so a decision taken too fast is one click from being taken back.
/// </summary>
internal static class UndoSnackbar
{
    /// <summary>Long enough to notice what happened and change one's mind.</summary>
    private const int VisibleMilliseconds = 20_000;

    public static void Add(ISnackbar snackbar, string message, Func<Task> undo) =>
        snackbar.Add(message, Severity.Success, options =>
        {
            options.Action = "Undo";
            options.ActionColor = Color.Inherit;
            options.VisibleStateDuration = VisibleMilliseconds;
            options.OnClick = _ => undo();
        });
}
