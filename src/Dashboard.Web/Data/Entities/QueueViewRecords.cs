namespace Dashboard.Web.Data.Entities;

/// <summary>How one reviewer lays out the queue: which columns, in which order, and how dense.</summary>
public sealed class QueueLayoutRecord
{
    /// <summary>The reviewer's name, as history records it: one layout each.</summary>
    public required string Owner { get; set; }

    /// <summary>The shown columns' keys in order, comma separated (<c>title,status,quality</c>).</summary>
    public required string Columns { get; set; }

    public required string Density { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>A view a reviewer named: the queue's filter and sort (as its URL query) and its columns.</summary>
public sealed class SavedQueueViewRecord
{
    public long Id { get; set; }

    public required string Owner { get; set; }

    public required string Name { get; set; }

    /// <summary>The view's query string (<c>?status=drafted&amp;sort=clarity</c>), as the queue's URL carries it.</summary>
    public required string Query { get; set; }

    /// <summary>The view's columns, as <see cref="QueueLayoutRecord.Columns"/>.</summary>
    public required string Columns { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
