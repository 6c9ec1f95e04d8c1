using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Data.Entities;

/// <summary>A person who signs in. Their role (editor, lead, admin) is an Identity role.</summary>
public sealed class DashboardUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>Light, dark, or the system's: remembered across sign-ins and browsers.</summary>
    public ThemePreference Theme { get; set; }
}
