using System.ComponentModel.DataAnnotations;
using Dashboard.Core.Format;

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

    /// <summary>The most checklist items a post may have, at import and when a reviewer saves it.</summary>
    [Range(1, 10_000, ErrorMessage = "Import:MaxChecklistItems must be from 1 to 10000.")]
    public int MaxChecklistItems { get; set; } = 100;

    /// <summary>The most characters one checklist item may have, at import and when a reviewer saves it.</summary>
    [Range(1, 10_000, ErrorMessage = "Import:MaxChecklistItemLength must be from 1 to 10000 characters.")]
    public int MaxChecklistItemLength { get; set; } = 500;

    /// <summary>The checklist limits, naming their settings in messages.</summary>
    public ChecklistLimits Checklist =>
        new(MaxChecklistItems, MaxChecklistItemLength, $"{Section}:{nameof(MaxChecklistItems)}", $"{Section}:{nameof(MaxChecklistItemLength)}");

    /// <summary>What a file must meet to be stored, besides being no larger than <see cref="MaxFileBytes"/>.</summary>
    public ImportRules Rules => new(Checklist);
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

/// <summary>The <c>Proxy</c> section: the reverse proxies whose forwarded headers the app believes.</summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Proxy";

    /// <summary>
    /// Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/24</c>), separated by <c>;</c>. Empty:
    /// no proxy, so a client's own X-Forwarded-* headers are ignored.
    /// </summary>
    public string KnownProxies { get; set; } = "";

    /// <summary>Each entry as a network (an address is a network of one); entries that do not parse are left out.</summary>
    public IReadOnlyList<System.Net.IPNetwork> Networks() => [.. Entries().Select(Parse).OfType<System.Net.IPNetwork>()];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Entries().Where(entry => Parse(entry) is null).Select(entry => new ValidationResult(
            $"Proxy:KnownProxies has '{entry}', which is neither an IP address (10.0.0.5) nor a network (10.0.0.0/24); separate entries with ';'.",
            [nameof(KnownProxies)]));

    private IEnumerable<string> Entries() => KnownProxies.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static System.Net.IPNetwork? Parse(string entry) =>
        System.Net.IPNetwork.TryParse(entry, out var network) ? network
        : System.Net.IPAddress.TryParse(entry, out var address) ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8)
        : null;
}

/// <summary>
/// The <c>Images</c> section: the hosts a post's images are loaded from. An image elsewhere would
/// tell its owner who reviews the post and when, so it is shown as its address, not loaded.
/// </summary>
public sealed class ImagesOptions : IValidatableObject
{
    public const string Section = "Images";

    private string _allowedHosts = string.Join(';', KnownImageHosts.All);
    private HostAllowList? _list;

    /// <summary>
    /// Host names, separated by <c>;</c>: an image loads from one of them exactly (the image-source
    /// check's rule too, <see cref="HostAllowList"/>); the default is the generator's image hosts. Empty: no outside images.
    /// </summary>
    public string AllowedHosts
    {
        get => _allowedHosts;
        set
        {
            _allowedHosts = value;
            _list = null;
        }
    }

    /// <summary>The allowed hosts, parsed once from <see cref="AllowedHosts"/>.</summary>
    public HostAllowList List => _list ??= HostAllowList.Parse(_allowedHosts);

    /// <summary>The allowed host names, lower case; entries that are not host names are left out.</summary>
    public IReadOnlyList<string> Hosts() => List.Hosts;

    /// <summary>True for an HTTPS address on an allowed host: the only images a reviewer's browser loads.</summary>
    public bool Allows(string? url) => List.AllowsHttps(url);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        List.Invalid.Select(entry => new ValidationResult(
            $"Images:AllowedHosts has '{entry}', which is not a host name; write names such as images.example.com (no scheme, port, path or wildcard), separated by ';'.",
            [nameof(AllowedHosts)]));
}
