using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Hosting;

/// <summary>The <c>Database</c> section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (embedded, the default) or Postgres (scale-out, not yet available).</summary>
    [Required, RegularExpression("^Sqlite$", ErrorMessage = "Database:Provider must be Sqlite; Postgres support has not landed yet.")]
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
    [Range(0, 100_000)]
    public int GeneratedPosts { get; set; } = 300;

    /// <summary>The generator's seed, so every fresh clone shows the same queue.</summary>
    public int RandomSeed { get; set; } = 2829;
}

/// <summary>The <c>Import</c> section.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Posts stored per transaction; bounds memory and the size of the write-ahead log.</summary>
    [Range(1, 100_000)]
    public int ChunkSize { get; set; } = 2000;

    /// <summary>The largest file accepted, in bytes; a larger one is refused with a clear error.</summary>
    [Range(1024, 1_073_741_824)]
    public int MaxFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The largest upload request to the import API, in bytes; a larger one is refused with 413.</summary>
    [Range(typeof(long), "1024", "17179869184", ErrorMessage = "Import:MaxUploadBytes must be between 1024 and 17179869184 (16 GiB).")]
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;
}
