using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// The start-up step after migration: the roles, and in Development the demo accounts. Outside
/// Development no account is created, and a demo account found there is reported.
/// </summary>
public sealed partial class AccountSetup(
    AccountService accounts,
    IDbContextFactory<DashboardDbContext> contexts,
    IHostEnvironment environment,
    ILogger<AccountSetup> logger)
{
    private static readonly Reviewer StartUp = new("start-up", Role.Admin);

    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        await accounts.EnsureRolesAsync();
        var existing = await ExistingDemoAccountsAsync(cancellationToken);
        if (!environment.IsDevelopment())
        {
            foreach (var demo in existing)
            {
                LogDemoOutsideDevelopment(logger, demo.Email, environment.EnvironmentName);
            }

            return;
        }

        foreach (var demo in DemoAccounts.All.Where(d => !existing.Any(e => e.Email == d.Email)))
        {
            var result = await accounts.CreateAsync(demo.Email, DemoAccounts.Password, demo.Role, StartUp);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create the demo account {demo.Email}: {result.Message}");
            }

            LogDemoCreated(logger, demo.Email, demo.Role);
        }
    }

    /// <summary>The demo accounts the sign-in page lists: those that exist, and only in Development.</summary>
    public async Task<IReadOnlyList<DemoAccount>> ListedDemoAccountsAsync(CancellationToken cancellationToken = default) =>
        environment.IsDevelopment() ? await ExistingDemoAccountsAsync(cancellationToken) : [];

    private async Task<IReadOnlyList<DemoAccount>> ExistingDemoAccountsAsync(CancellationToken cancellationToken)
    {
        var normalized = DemoAccounts.All.Select(d => d.Email.ToUpperInvariant()).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail != null && normalized.Contains(u.NormalizedEmail))
            .Select(u => u.NormalizedEmail)
            .ToListAsync(cancellationToken);
        return DemoAccounts.All.Where(d => found.Contains(d.Email.ToUpperInvariant())).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development: demo account {Email} ({Role}) created")]
    private static partial void LogDemoCreated(ILogger logger, string email, string role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo account {Email} exists in environment {Environment}; its password is public: remove it")]
    private static partial void LogDemoOutsideDevelopment(ILogger logger, string email, string environment);
}
