using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Data.Entities;

/// <summary>A person who signs in. Their role (editor, lead, admin) is an Identity role.</summary>
public sealed class DashboardUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
