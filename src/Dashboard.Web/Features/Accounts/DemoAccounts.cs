using Dashboard.Core.Review;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// One account per role, created at start in Development only (and listed on the sign-in page
/// there), so a fresh clone can be tried in every role. Never created in other environments.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Review-demo-2026!";

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("editor@example.test", Roles.Editor),
        new("lead@example.test", Roles.Lead),
        new("admin@example.test", Roles.Admin),
    ];
}

public sealed record DemoAccount(string Email, string Role);
