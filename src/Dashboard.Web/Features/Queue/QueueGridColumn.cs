using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Queue;

/// <summary>
/// One queue column in the grid. The grid names a column's sort by its property name; a template
/// column's is a fresh GUID, so this one gives the sort's name, which <see cref="QueueSort.Find"/> reads.
/// </summary>
public sealed class QueueGridColumn : TemplateColumn<QueueRow>
{
    [Parameter, EditorRequired] public QueueColumnDefinition Definition { get; set; } = default!;

    public override string PropertyName => Definition.Sort?.Name ?? Definition.Key;
}
