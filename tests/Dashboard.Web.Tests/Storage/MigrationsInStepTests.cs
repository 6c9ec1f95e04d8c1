using Dashboard.Web.Data;
using Dashboard.Web.Data.Postgres;
using Dashboard.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Web.Tests.Storage;

/// <summary>
/// Each provider keeps its own migrations; these tests keep them in step with the one model and
/// with each other. Neither needs a database: they compare the model with each provider's snapshot.
/// </summary>
public class MigrationsInStepTests
{
    [Fact]
    public void The_sqlite_migrations_hold_every_change_to_the_model()
    {
        using var db = Sqlite();

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a SQLite migration: dotnet ef migrations add <Name> --context SqliteDashboardContext");
    }

    [Fact]
    public void The_postgres_migrations_hold_every_change_to_the_model()
    {
        using var db = Postgres();

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a PostgreSQL migration: dotnet ef migrations add <Name> --context PostgresDashboardContext");
    }

    [Fact]
    public void Both_providers_migrate_to_the_same_tables_columns_and_indexes()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();

        var fromSqlite = Shape(sqlite);
        var fromPostgres = Shape(postgres);

        Assert.NotEmpty(fromSqlite);
        Assert.Equal(fromSqlite, fromPostgres);
    }

    [Fact]
    public void Each_provider_finds_only_its_own_migrations()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();

        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();
        var postgresMigrations = postgres.Database.GetMigrations().ToList();

        Assert.NotEmpty(sqliteMigrations);
        Assert.NotEmpty(postgresMigrations);
        Assert.Empty(sqliteMigrations.Intersect(postgresMigrations));
    }

    [Fact]
    public void Only_postgres_names_the_id_at_the_end_of_the_queue_indexes()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();

        Assert.Contains("Posts index (InQueue, Quality) unique=False", RawIndexes(sqlite));
        Assert.Contains("Posts index (InQueue, Quality, Id) unique=False", RawIndexes(postgres));
    }

    // Every table with its columns and indexed column lists, from the provider's model snapshot.
    // An Id closing an index is left out: SQLite ends every index with its row id by itself, so
    // only PostgreSQL's model names it (see DashboardDbContext.QueueIndexesNameTheId).
    private static List<string> Shape(DashboardDbContext db) =>
    [
        .. Tables(db).SelectMany(t =>
            t.Columns.Select(c => $"{t.Name}.{c.Name} null={c.IsNullable}")
                .Concat(t.Indexes.Select(i => Describe(t, i, withoutClosingId: true))))
            .Order(StringComparer.Ordinal),
    ];

    private static List<string> RawIndexes(DashboardDbContext db) =>
        [.. Tables(db).SelectMany(t => t.Indexes.Select(i => Describe(t, i, withoutClosingId: false)))];

    private static string Describe(ITable table, ITableIndex index, bool withoutClosingId)
    {
        var columns = index.Columns.Select(c => c.Name).ToList();
        if (withoutClosingId && columns.Count > 1 && columns[^1] == "Id")
        {
            columns.RemoveAt(columns.Count - 1);
        }

        return $"{table.Name} index ({string.Join(", ", columns)}) unique={index.IsUnique}";
    }

    private static IEnumerable<ITable> Tables(DashboardDbContext db)
    {
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model
            ?? throw new InvalidOperationException($"{db.GetType().Name} has no model snapshot");
        var model = db.GetService<IModelRuntimeInitializer>().Initialize(
            snapshot is IMutableModel mutable ? mutable.FinalizeModel() : snapshot, designTime: true, validationLogger: null);
        return model.GetRelationalModel().Tables;
    }

    private static SqliteDashboardContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite("Data Source=:memory:").Options);

    private static PostgresDashboardContext Postgres() =>
        new(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql("Host=localhost;Database=unused").Options);
}
