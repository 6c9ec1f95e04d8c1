namespace Dashboard.Web.Data.Entities;

/// <summary>
/// A token for a program (the search indexer above all). Only its SHA-256 hash is stored:
/// the token itself is shown once, when it is created.
/// </summary>
public sealed class ApiToken
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Role { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
    public DateTime? LastUsedAtUtc { get; set; }
}
