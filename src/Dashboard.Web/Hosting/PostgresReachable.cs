using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.Web.Hosting;

/// <summary>
/// On PostgreSQL, the start-up check also opens one connection: a wrong host, port, database or
/// password then stops the app with a line naming <c>ConnectionStrings:Dashboard</c>, instead of
/// a stack trace from the first migration.
/// </summary>
internal sealed class PostgresReachable(DashboardConnection connection) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection.ConnectionString) { Pooling = false };
        builder.Timeout = Math.Min(builder.Timeout, 10);
        try
        {
            using var probe = new NpgsqlConnection(builder.ToString());
            probe.Open();
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException or InvalidOperationException)
        {
            // The server, never the password.
            return ValidateOptionsResult.Fail(
                $"ConnectionStrings:{DataRegistration.ConnectionStringName} does not open a PostgreSQL database at {builder.Host}:{builder.Port}/{builder.Database}: {ex.Message}");
        }
    }
}
