namespace Dashboard.Web.Data.Imports;

/// <summary>
/// A batch's outcomes so far. The importer stores them with every chunk, in the chunk's
/// transaction, so a batch that stops midway still shows exactly what it stored.
/// </summary>
public sealed class ImportCounts
{
    public int Imported { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Conflicts { get; private set; }
    public int Failed { get; private set; }

    public void Add(ImportOutcome outcome)
    {
        switch (outcome)
        {
            case ImportOutcome.Imported: Imported++; break;
            case ImportOutcome.Updated: Updated++; break;
            case ImportOutcome.Unchanged: Unchanged++; break;
            case ImportOutcome.Conflict: Conflicts++; break;
            default: Failed++; break;
        }
    }
}

/// <summary>What became of one file.</summary>
public enum ImportOutcome
{
    Imported,
    Updated,
    Unchanged,
    Conflict,
    Failed,
}
