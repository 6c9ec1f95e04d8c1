using Dashboard.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Browser.Tests;

/// <summary>
/// A fresh database on the PostgreSQL server named by <c>DASHBOARD_TEST_POSTGRES</c>, dropped on
/// dispose (also while app instances still hold connections to it); without the variable the
/// test is skipped.
/// </summary>
internal sealed class ScratchPostgres : IAsyncDisposable
{
    public const string Variable = "DASHBOARD_TEST_POSTGRES";

    private readonly string _server;

    private ScratchPostgres(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<ScratchPostgres> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip($"needs PostgreSQL: set {Variable} to a connection string whose role may create databases");
        }

        var scratch = new ScratchPostgres(server, $"dashboard_browser_{Guid.NewGuid():N}");
        await scratch.ExecuteOnServerAsync($"CREATE DATABASE \"{scratch.Name}\"");
        return scratch;
    }

    /// <summary>A context on the scratch database, to read what the app instances stored.</summary>
    public PostgresDashboardContext CreateContext() =>
        new(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql(ConnectionString).Options);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
