using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Data.Postgres;
using Dashboard.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Storage;

/// <summary>
/// Every size-limited text column that an import fills from a file has an import rule of the
/// same length, on both providers: a value too long for its column must fail its file by line,
/// not the database write of the whole chunk.
/// </summary>
public class ColumnLimitsTests
{
    // The column, and the limit the import rules hold a file's value to.
    private static readonly Dictionary<string, int> ImportRuleLimits = new(StringComparer.Ordinal)
    {
        [$"{nameof(PostRecord)}.{nameof(PostRecord.SourceId)}"] = FieldLimits.SourceId,
        [$"{nameof(PostRecord)}.{nameof(PostRecord.Status)}"] = FieldLimits.Status,
        [$"{nameof(PostRecord)}.{nameof(PostRecord.Version)}"] = FieldLimits.Version,
    };

    // Filled by the importer, never from a file: SHA-256 as hex.
    private static readonly Dictionary<string, int> Computed = new(StringComparer.Ordinal)
    {
        [$"{nameof(PostRecord)}.{nameof(PostRecord.ContentHash)}"] = 64,
    };

    // The tables an import writes.
    private static readonly Type[] ImportTables = [typeof(PostRecord), typeof(PostConflict), typeof(PostHistoryEntry), typeof(ImportBatch), typeof(ImportError)];

    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_limited_text_column_an_import_writes_has_an_import_rule_of_its_length(string provider)
    {
        using var db = ModelOnly(provider);
        var limited = ImportTables
            .Select(type => db.Model.FindEntityType(type)!)
            .SelectMany(entity => entity.GetProperties()
                .Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null)
                .Select(p => (Column: $"{entity.ClrType.Name}.{p.Name}", MaxLength: p.GetMaxLength()!.Value)))
            .ToDictionary(c => c.Column, c => c.MaxLength, StringComparer.Ordinal);

        var expected = ImportRuleLimits.Concat(Computed).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(c => c.Key, StringComparer.Ordinal), limited.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    private static DashboardDbContext ModelOnly(string provider) => provider == "Postgres"
        ? new PostgresDashboardContext(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql("Host=model.invalid").Options)
        : new SqliteDashboardContext(new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite("Data Source=:memory:").Options);
}
