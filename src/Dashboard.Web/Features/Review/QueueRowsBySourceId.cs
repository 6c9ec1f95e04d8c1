using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Features.Review;

/// <summary>
/// A queue row is the same row whatever its row version: the grid keeps a selected row checked
/// after a reload, and the selection keeps the version it was picked at (a bulk dry run then
/// reports it as "changed since you selected them").
/// </summary>
public sealed class QueueRowsBySourceId : IEqualityComparer<QueueRow>
{
    public static QueueRowsBySourceId Instance { get; } = new();

    public bool Equals(QueueRow? x, QueueRow? y) => string.Equals(x?.SourceId, y?.SourceId, StringComparison.Ordinal);

    public int GetHashCode(QueueRow obj) => StringComparer.Ordinal.GetHashCode(obj.SourceId);
}
