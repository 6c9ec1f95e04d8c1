using Npgsql;

namespace Dashboard.Web.Tests.Live;

/// <summary>
/// A database of its own on the PostgreSQL server named by <c>DASHBOARD_TEST_POSTGRES</c>,
/// dropped on dispose; without that variable the test is skipped.
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
            Assert.Skip($"needs PostgreSQL: set {Variable}");
        }

        var scratch = new ScratchPostgres(server, $"dashboard_live_{Guid.NewGuid():N}");
        await scratch.ExecuteOnServerAsync($"CREATE DATABASE \"{scratch.Name}\"");
        return scratch;
    }

    /// <summary>Runs <paramref name="sql"/> in the scratch database.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(Xunit.TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Xunit.TestContext.Current.CancellationToken);
    }

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
