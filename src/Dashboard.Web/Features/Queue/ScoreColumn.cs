using Dashboard.Core.Format;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Queue;

/// <summary>
/// A queue column for one score. The grid names a column's sort by its property name; a template
/// column's is a fresh GUID, so this one gives the score's name, which <see cref="QueueSort.Find"/> reads.
/// </summary>
public sealed class ScoreColumn : TemplateColumn<QueueRow>
{
    [Parameter, EditorRequired] public ScoreField Score { get; set; } = default!;

    public override string PropertyName => Score.Name;
}
