using System.Net.Sockets;
using Npgsql;

namespace Dashboard.Web.Data.Postgres;

/// <summary>
/// On PostgreSQL, the start-up check also opens one connection: a wrong host, port, database or
/// password then stops the app with a line naming <c>ConnectionStrings:Dashboard</c>, instead of
/// a stack trace from the first migration.
/// </summary>
internal static class PostgresReachable
{
    public static string? Check(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        builder.Timeout = Math.Min(builder.Timeout, 10);
        try
        {
            using var probe = new NpgsqlConnection(builder.ToString());
            probe.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException or InvalidOperationException)
        {
            // The server, never the password.
            return $"ConnectionStrings:{DashboardConnection.Name} does not open a PostgreSQL database at {builder.Host}:{builder.Port}/{builder.Database}: {ex.Message}";
        }
    }
}
