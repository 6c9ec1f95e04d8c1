using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;
using Dashboard.Web.Data.Postgres;
using Dashboard.Web.Data.Sqlite;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

// The import and queue benchmark (issues: 100,000 posts at >= 10,000 posts/s end to end with flat
// memory; a queue page in <= 20 ms of server time at 100,000 posts).
//   dotnet run -c Release --project tests/Dashboard.LoadBenchmarks -- [--count 100000] [--work DIR]
// 1. generates COUNT files on disk (not timed);
// 2. creates the schema with the product's `migrate` (timed on its own), then runs the product's
//    own `import DIR --json` as a child process, timing it end to end (process start, read,
//    parse, store, search index) and sampling its peak resident memory;
// 3. in the same run, times a plain SQLite insert of the same files (read + one prepared INSERT
//    of source id and text, chunked transactions, no parsing, no indexes) as the floor;
// 4. times queue pages against the imported database through the app's QueueQuery;
// 5. times near-copy clustering (NearCopyTimes): the signatures' share, from scratch, incrementally;
// 6. times a bulk approval of every post with its undo (BulkTimes; alone: --bulk-only).
// With --postgres CONNECTION (a role that may create databases) the same steps run on PostgreSQL:
// the product imports into a fresh database "dashboard_bench", and the floor is a plain binary
// COPY of source id and text into an unindexed table.
var count = ReadOption(args, "--count", 100_000);
var work = ReadText(args, "--work") ?? Path.Combine(Path.GetTempPath(), $"dashboard-bench-{count}");
var files = Path.Combine(work, "files");
var repoRoot = FindRepoRoot();
var database = ReadText(args, "--postgres") is { } admin
    ? BenchDatabase.Postgres(admin)
    : BenchDatabase.Sqlite(Path.Combine(work, "dashboard.db"));
Console.WriteLine($"database: {database.Provider}");

if (!Directory.Exists(files) || Directory.GetFiles(files).Length != count)
{
    Console.WriteLine($"generating {count:N0} files in {files} ...");
    if (Directory.Exists(files))
    {
        Directory.Delete(files, recursive: true);
    }

    Directory.CreateDirectory(files);
    // A tenth are near-copies of an earlier post, as a generator run repeats itself.
    foreach (var file in new PostGenerator(new GeneratorOptions { Seed = 7, NearCopyShare = 0.1 }).Generate(count))
    {
        File.WriteAllBytes(Path.Combine(files, file.FileName), file.Content);
    }
}

// --bulk-only: a fresh database with the files imported, then one bulk approval of all of them (BulkTimes).
if (args.Contains("--bulk-only"))
{
    database.Reset();
    var bulkDll = Path.Combine(AppContext.BaseDirectory, "Dashboard.Web.dll");
    RunCommand(bulkDll, ["migrate"], database, repoRoot);
    RunImport(bulkDll, files, database, repoRoot);
    BulkTimes.Run(database, count);
    return 0;
}

// --queue-only: the queue pages of the database the last run imported, nothing else.
if (args.Contains("--queue-only"))
{
    QueuePages(database);
    return 0;
}

var bytes = Directory.GetFiles(files).Sum(f => new FileInfo(f).Length);
database.Reset();

// 2. The product, end to end, as a user runs it: into a database the app has already created
// (its first start or `migrate` makes the schema once; that is timed and printed on its own).
var webDll = Path.Combine(AppContext.BaseDirectory, "Dashboard.Web.dll");
var migrateClock = Stopwatch.StartNew();
RunCommand(webDll, ["migrate"], database, repoRoot);
Console.WriteLine($"schema (migrate, once per database, not in the import's time): {migrateClock.Elapsed.TotalSeconds:N2} s");
var (importSeconds, peakBytes, summary) = RunImport(webDll, files, database, repoRoot);
var rate = count / importSeconds;
Console.WriteLine($"import: {count:N0} posts ({bytes / 1048576.0:N0} MiB) in {importSeconds:N2} s = {rate:N0} posts/s, peak RSS {peakBytes / 1048576.0:N0} MiB");
Console.WriteLine($"        summary: {summary}");

// Again: everything unchanged.
var (reimportSeconds, reimportPeak, resummary) = RunImport(webDll, files, database, repoRoot);
Console.WriteLine($"re-import (all unchanged): {reimportSeconds:N2} s = {count / reimportSeconds:N0} posts/s, peak RSS {reimportPeak / 1048576.0:N0} MiB; {resummary}");

// The export of those posts, imported again: every post unchanged.
var exported = Path.Combine(work, "exported");
if (Directory.Exists(exported))
{
    Directory.Delete(exported, recursive: true);
}

RunCommand(webDll, ["export", "--out", exported], database, repoRoot);
var (exportImportSeconds, _, exportSummary) = RunImport(webDll, exported, database, repoRoot);
Console.WriteLine($"export ({Directory.GetFiles(exported).Length:N0} files), then import of the export: {exportImportSeconds:N2} s; {exportSummary}");

// 2b. The same import with every check switched off (Checks:Disabled), into a fresh database: what
// the checks add to the import, measured in the same run.
database.Reset();
RunCommand(webDll, ["migrate"], database, repoRoot);
var allChecks = string.Join(',', Dashboard.Core.Checks.Check.All.Select(c => c.Id));
var (uncheckedSeconds, _, _) = RunImport(webDll, files, database, repoRoot, new Dictionary<string, string> { ["Checks__Disabled"] = allChecks });
Console.WriteLine($"import without checks: {uncheckedSeconds:N2} s = {count / uncheckedSeconds:N0} posts/s; with checks {importSeconds:N2} s: checks add {importSeconds / uncheckedSeconds - 1:P1}");

// The queue's pages below read the database imported with checks.
database.Reset();
RunCommand(webDll, ["migrate"], database, repoRoot);
RunImport(webDll, files, database, repoRoot);

// 3. The floor: a plain insert of the same files.
var plainSeconds = database.Provider == PostgresProvider.ProviderName
    ? PlainCopy(files, database.ConnectionString)
    : PlainInsert(files, Path.Combine(work, "plain.db"));
var plainRate = count / plainSeconds;
Console.WriteLine($"plain {(database.Provider == PostgresProvider.ProviderName ? "PostgreSQL COPY" : "SQLite insert")}: {plainSeconds:N2} s = {plainRate:N0} posts/s");
Console.WriteLine($"ratio product/plain: {rate / plainRate:P0}");

// 4. Queue pages at this size, through the app's own query service.
QueuePages(database);

// 5. Near-copy clustering: the signatures' share of the import, from scratch, and a tenth incrementally.
NearCopyTimes.Run(database, files, count, importSeconds);

// 6. A bulk approval of every post, with its history rows and its undo, while another reviewer works.
BulkTimes.Run(database, count);
return 0;

static (double Seconds, long PeakBytes, string Summary) RunImport(string webDll, string files, BenchDatabase database, string repoRoot, IReadOnlyDictionary<string, string>? settings = null)
{
    var start = new ProcessStartInfo("dotnet", [webDll, "import", files, "--json"])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        WorkingDirectory = repoRoot,
    };
    database.Configure(start.Environment);
    start.Environment["DOTNET_gcServer"] = "0";
    foreach (var (key, value) in settings ?? new Dictionary<string, string>())
    {
        start.Environment[key] = value;
    }

    var clock = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var errors = process.StandardError.ReadToEndAsync();
    long peak = 0;
    while (!process.WaitForExit(100))
    {
        peak = Math.Max(peak, ReadPeakResident(process.Id));
    }

    clock.Stop();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"import exited with {process.ExitCode}: {errors.Result}");
    }

    using var json = JsonDocument.Parse(output.Result);
    var root = json.RootElement;
    var text = string.Join(", ", new[] { "imported", "updated", "unchanged", "conflicts", "failed" }.Select(k => $"{k} {root.GetProperty(k).GetInt32():N0}"));
    return (clock.Elapsed.TotalSeconds, peak, text);
}

static void RunCommand(string webDll, string[] arguments, BenchDatabase database, string repoRoot)
{
    var start = new ProcessStartInfo("dotnet", [webDll, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repoRoot };
    database.Configure(start.Environment);
    using var process = Process.Start(start)!;
    var errors = process.StandardError.ReadToEndAsync();
    process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{arguments[0]} exited with {process.ExitCode}: {errors.Result}");
    }
}

static long ReadPeakResident(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
    catch (IOException)
    {
        return 0;
    }
}

static double PlainInsert(string files, string database)
{
    BenchDatabase.DeleteSqliteFiles(database);

    var clock = Stopwatch.StartNew();
    using var connection = new SqliteConnection($"Data Source={database}");
    connection.Open();
    using (var setup = connection.CreateCommand())
    {
        setup.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE Plain (Id INTEGER PRIMARY KEY, SourceId TEXT NOT NULL, Document TEXT NOT NULL);";
        setup.ExecuteNonQuery();
    }

    using var insert = connection.CreateCommand();
    insert.CommandText = "INSERT INTO Plain (SourceId, Document) VALUES ($id, $doc)";
    var id = insert.Parameters.Add("$id", SqliteType.Text);
    var doc = insert.Parameters.Add("$doc", SqliteType.Text);
    var transaction = connection.BeginTransaction();
    insert.Transaction = transaction;
    var n = 0;
    foreach (var file in Directory.EnumerateFiles(files))
    {
        id.Value = Path.GetFileNameWithoutExtension(file);
        doc.Value = File.ReadAllText(file);
        insert.ExecuteNonQuery();
        if (++n % 2000 == 0)
        {
            transaction.Commit();
            transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
        }
    }

    transaction.Commit();
    return clock.Elapsed.TotalSeconds;
}

static double PlainCopy(string files, string connectionString)
{
    var clock = Stopwatch.StartNew();
    using var connection = new NpgsqlConnection(connectionString);
    connection.Open();
    using (var setup = new NpgsqlCommand("DROP TABLE IF EXISTS \"Plain\"; CREATE TABLE \"Plain\" (\"Id\" bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, \"SourceId\" text NOT NULL, \"Document\" text NOT NULL)", connection))
    {
        setup.ExecuteNonQuery();
    }

    foreach (var chunk in Directory.EnumerateFiles(files).Chunk(2000))
    {
        using var transaction = connection.BeginTransaction();
        using (var copy = connection.BeginBinaryImport("COPY \"Plain\" (\"SourceId\", \"Document\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var file in chunk)
            {
                copy.StartRow();
                copy.Write(Path.GetFileNameWithoutExtension(file), NpgsqlDbType.Text);
                copy.Write(File.ReadAllText(file), NpgsqlDbType.Text);
            }

            copy.Complete();
        }

        transaction.Commit();
    }

    var seconds = clock.Elapsed.TotalSeconds;
    using (var drop = new NpgsqlCommand("DROP TABLE \"Plain\"", connection))
    {
        drop.ExecuteNonQuery();
    }

    return seconds;
}

static void QueuePages(BenchDatabase database)
{
    using var host = database.CreateHost();
    var queue = host.Services.GetRequiredService<QueueQuery>();
    var cases = new (string Name, QueueFilter Filter)[]
    {
        ("queue, page 1, by quality", new QueueFilter()),
        ("queue, page 2,000, by quality", new QueueFilter { Page = 1999 }),
        ("queue, by clarity desc, page 50", new QueueFilter { Sort = QueueSort.By(ScoreFields.Clarity), Descending = true, Page = 49 }),
        ("queue, by version, page 10", new QueueFilter { Sort = QueueSort.Version, Page = 9 }),
        ("queue, search \"python\"", new QueueFilter { Search = "python" }),
        ("queue, status + difficulty + quality 60-100", new QueueFilter { Status = "drafted", Difficulty = "advanced" }.With(ScoreFields.Quality, new ScoreRange(60, 100))),
        ("queue, stack filter", new QueueFilter { Stack = "python" }),
        ("queue, any check error, by quality", new QueueFilter { Check = "any" }),
        ("queue, any check error, page 20", new QueueFilter { Check = "any", Page = 19 }),
        ("queue, one check (reading-time), by quality", new QueueFilter { Check = "reading-time" }),
        ("queue, one check (last-reviewed-stale), page 20", new QueueFilter { Check = "last-reviewed-stale", Page = 19 }),
        ("queue, by check errors desc, page 50", new QueueFilter { Sort = QueueSort.CheckErrors, Descending = true, Page = 49 }),
        ("all posts, by views desc, page 100", new QueueFilter { ShowAll = true, Sort = QueueSort.ViewCount, Descending = true, Page = 99 }),
        ("all posts, any check error, page 20", new QueueFilter { ShowAll = true, Check = "any", Page = 19 }),
        ("all posts, one check (reading-time)", new QueueFilter { ShowAll = true, Check = "reading-time" }),
    };
    var clusters = host.Services.GetRequiredService<Dashboard.Web.Features.Clusters.ClusterQuery>();

    Console.WriteLine("queue pages (25 rows, count included), server time per page over 30 runs after 3 warm-ups:");
    foreach (var (name, filter) in cases)
    {
        Time(name, () => queue.GetPageAsync(filter).GetAwaiter().GetResult().Total);
    }

    // The Clusters page as it loads: a page of 25 clusters, largest first, with their members and the total.
    Time("clusters page 1 (minSize 2)", () => clusters.PageAsync(2, 1, 25).GetAwaiter().GetResult().Total);
    Time("clusters page 10 (minSize 2)", () => clusters.PageAsync(2, 10, 25).GetAwaiter().GetResult().Total);
    Time("clusters of 3 or more, page 1", () => clusters.PageAsync(3, 1, 25).GetAwaiter().GetResult().Total);

    static void Time(string name, Func<int> page)
    {
        for (var i = 0; i < 3; i++)
        {
            page();
        }

        var times = new List<double>();
        var total = 0;
        for (var i = 0; i < 30; i++)
        {
            var clock = Stopwatch.StartNew();
            total = page();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"  {name,-46} median {times[15],6:N1} ms  p95 {times[28],6:N1} ms  ({total:N0} matching)");
    }
}

static int ReadOption(string[] args, string name, int fallback) =>
    ReadText(args, name) is { } text && int.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : fallback;

static string? ReadText(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static string FindRepoRoot()
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Dashboard.sln")))
    {
        folder = folder.Parent;
    }

    return folder?.FullName ?? Directory.GetCurrentDirectory();
}

/// <summary>Where the benchmark imports: a SQLite file, or a fresh PostgreSQL database.</summary>
internal sealed record BenchDatabase(string Provider, string ConnectionString, Action Reset)
{
    private const string PostgresName = "dashboard_bench";

    public static BenchDatabase Sqlite(string file) => new(SqliteProvider.ProviderName, $"Data Source={file}", () => DeleteSqliteFiles(file));

    /// <summary>The database file with its -wal and -shm companions.</summary>
    public static void DeleteSqliteFiles(string file)
    {
        foreach (var path in Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + "*"))
        {
            File.Delete(path);
        }
    }

    public static BenchDatabase Postgres(string admin)
    {
        var target = new NpgsqlConnectionStringBuilder(admin) { Database = PostgresName }.ToString();
        return new(PostgresProvider.ProviderName, target, () =>
        {
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {PostgresName} WITH (FORCE); CREATE DATABASE {PostgresName}", connection);
            command.ExecuteNonQuery();
        });
    }

    /// <summary>The app's data and feature services on this database, for timing them in process.</summary>
    public IHost CreateHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:Dashboard"] = ConnectionString;
        builder.Configuration["Database:Provider"] = Provider;
        builder.Logging.ClearProviders();
        builder.AddDashboardData();
        builder.Services.AddDashboardFeatures();
        return builder.Build();
    }

    public void Configure(IDictionary<string, string?> environment)
    {
        environment["ConnectionStrings__Dashboard"] = ConnectionString;
        environment["Database__Provider"] = Provider.ToString();
    }
}
