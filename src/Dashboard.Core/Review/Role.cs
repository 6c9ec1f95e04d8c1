namespace Dashboard.Core.Review;

/// <summary>Who a reviewer is to the workflow.</summary>
public enum Role
{
    /// <summary>Reviews drafts: reads, fixes checklists, bumps versions, sends to a lead.</summary>
    Editor,

    /// <summary>Approves posts for indexing, or sends them back.</summary>
    Lead,

    /// <summary>Edits revision metadata directly and manages accounts.</summary>
    Admin,
}

/// <summary>The names of the roles as stored with accounts and tokens.</summary>
public static class Roles
{
    /// <summary>The editor role's name.</summary>
    public const string Editor = "editor";

    /// <summary>The lead role's name.</summary>
    public const string Lead = "lead";

    /// <summary>The admin role's name.</summary>
    public const string Admin = "admin";

    /// <summary>Every role name, lowest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Editor, Lead, Admin];

    /// <summary>Parses a role name (case-insensitive).</summary>
    public static bool TryParse(string? name, out Role role)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case Editor: role = Role.Editor; return true;
            case Lead: role = Role.Lead; return true;
            case Admin: role = Role.Admin; return true;
            default: role = default; return false;
        }
    }

    /// <summary>The stored name of <paramref name="role"/>.</summary>
    public static string NameOf(Role role) => role switch
    {
        Role.Lead => Lead,
        Role.Admin => Admin,
        _ => Editor,
    };
}
