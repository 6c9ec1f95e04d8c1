using MudBlazor;

namespace Dashboard.Web.Features.Queue;

/// <summary>The queue's "waiting" column, sorted under the name <see cref="QueueSort.Find"/> reads (a template column's own is a fresh GUID).</summary>
public sealed class WaitingColumn : TemplateColumn<QueueRow>
{
    public override string PropertyName => QueueSort.Waiting.Name;
}
