namespace Dashboard.Web.Data;

/// <summary>The connection string as resolved at start, for the code that opens its own connections (the live relay).</summary>
public sealed record DashboardConnection(string ConnectionString)
{
    /// <summary>The name under <c>ConnectionStrings</c>.</summary>
    public const string Name = "Dashboard";
}
