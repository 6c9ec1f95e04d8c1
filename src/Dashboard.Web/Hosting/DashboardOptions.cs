using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Hosting;

/// <summary>The <c>Database</c> section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (embedded, the default) or Postgres (one database for several app instances); the names are those of <see cref="DataRegistration.Providers"/>.</summary>
    [Required(ErrorMessage = "Database:Provider is required (Sqlite or Postgres).")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Apply pending migrations when the app starts.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

/// <summary>The <c>Seed</c> section: what a fresh, empty database receives at first start.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Import the sample file and generated posts when the database is empty.</summary>
    public bool OnFirstRun { get; set; } = true;

    /// <summary>How many generated posts the first run adds beside the sample.</summary>
    [Range(0, 100_000, ErrorMessage = "Seed:GeneratedPosts must be from 0 to 100000.")]
    public int GeneratedPosts { get; set; } = 300;

    /// <summary>The generator's seed, so every fresh clone shows the same queue.</summary>
    public int RandomSeed { get; set; } = 2829;
}

/// <summary>The <c>Import</c> section.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Posts stored per transaction; bounds memory and the size of the write-ahead log.</summary>
    [Range(1, 100_000, ErrorMessage = "Import:ChunkSize must be from 1 to 100000 posts per transaction.")]
    public int ChunkSize { get; set; } = 2000;

    /// <summary>The largest file accepted, in bytes; a larger one is refused with a clear error.</summary>
    [Range(1024, 1_073_741_824, ErrorMessage = "Import:MaxFileBytes must be from 1024 to 1073741824 bytes.")]
    public int MaxFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The largest upload request to the import API, in bytes; a larger one is refused with 413.</summary>
    [Range(typeof(long), "1024", "17179869184", ErrorMessage = "Import:MaxUploadBytes must be between 1024 and 17179869184 (16 GiB).")]
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;
}

/// <summary>The <c>Logs</c> section: the rolling JSON log files.</summary>
public sealed class LogsOptions
{
    public const string Section = "Logs";

    /// <summary>The folder of the log files, relative to the content root.</summary>
    [Required(ErrorMessage = "Logs:Folder is required.")]
    public string Folder { get; set; } = "logs";

    /// <summary>How many daily files are kept.</summary>
    [Range(1, 3650, ErrorMessage = "Logs:RetainedFiles must be from 1 to 3650.")]
    public int RetainedFiles { get; set; } = 14;
}
