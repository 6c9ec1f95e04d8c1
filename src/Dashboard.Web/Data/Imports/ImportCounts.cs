using Dashboard.Core.Checks;

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

    private readonly Dictionary<string, int> _failedChecks = new(StringComparer.Ordinal);

    /// <summary>Posts stored (imported or updated) per check they fail, in the order of <see cref="Check.All"/>; checks none failed left out.</summary>
    public IReadOnlyList<CheckCount> FailedChecks =>
        [.. Check.All.Where(c => _failedChecks.ContainsKey(c.Id)).Select(c => new CheckCount(c.Id, StoredChecks.Name(c.Severity), _failedChecks[c.Id]))];

    /// <summary>Counts the checks a stored post fails.</summary>
    public void AddChecks(IReadOnlyList<CheckResult> failed)
    {
        foreach (var result in failed)
        {
            _failedChecks[result.CheckId] = _failedChecks.GetValueOrDefault(result.CheckId) + 1;
        }
    }

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

/// <summary>How many posts fail one check; the severity by name (<c>error</c>, <c>warning</c>, <c>info</c>), as the API writes it.</summary>
public sealed record CheckCount(string Id, string Severity, int Posts);
