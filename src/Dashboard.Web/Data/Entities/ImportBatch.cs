namespace Dashboard.Web.Data.Entities;

/// <summary>One run of the importer: when, from where, by whom, and what came of it.</summary>
public sealed class ImportBatch
{
    public long Id { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public required string Origin { get; set; }
    public required string ImportedBy { get; set; }
    public int Imported { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Conflicts { get; set; }
    public int Failed { get; set; }
    public List<ImportError> Errors { get; set; } = [];
}

/// <summary>A file the importer refused, with the line and the reason.</summary>
public sealed class ImportError
{
    public long Id { get; set; }
    public long ImportBatchId { get; set; }
    public required string File { get; set; }
    public int Line { get; set; }
    public required string Message { get; set; }
}
