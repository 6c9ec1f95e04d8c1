using Dashboard.Web.Data.Imports;

namespace Dashboard.Web.Features.Imports;

/// <summary>
/// What one import did, as the <c>import --json</c> verb and <c>POST /api/imports</c> report it;
/// <see cref="JoinedClusters"/>: how many of the posts it stored are near-copies in a cluster.
/// </summary>
public sealed record ImportSummary(
    long BatchId,
    int Imported,
    int Updated,
    int Unchanged,
    int Conflicts,
    int Failed,
    IReadOnlyList<ImportFileError> Errors,
    int JoinedClusters = 0)
{
    public int Total => Imported + Updated + Unchanged + Conflicts + Failed;

    /// <summary>How many of the posts stored (imported or updated) fail each check; checks none failed left out.</summary>
    public IReadOnlyList<CheckCount> FailedChecks { get; init; } = [];
}

/// <summary>A refused file. Line 0 means the whole file (unreadable, too large, a duplicate).</summary>
public sealed record ImportFileError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}: line {Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>One file offered to the importer: a name for messages, and how to read it.</summary>
/// <param name="Refusal">Set when the file is refused before it is read (a symbolic link): the reason, reported by name.</param>
public sealed record ImportFile(string Name, Func<Stream> Open, long? Length = null, string? Refusal = null)
{
    public static ImportFile FromPath(string path, string? displayName = null)
    {
        var info = new FileInfo(path);
        var name = displayName ?? path;

        // A link could point anywhere (a system file, the folder above); the importer reads only
        // what was given or lies in a given folder. The check is on the link itself, not its target.
        if (info.LinkTarget is not null)
        {
            return new ImportFile(name, () => Stream.Null, Refusal: "it is a symbolic link; links are not followed, so give the file or folder it points to instead");
        }

        return new ImportFile(name, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), info.Exists ? info.Length : null);
    }
}

/// <summary>How far an import has got.</summary>
public readonly record struct ImportProgress(int Processed, int? Total);
