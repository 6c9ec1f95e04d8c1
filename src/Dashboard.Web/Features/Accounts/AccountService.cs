using System.Net.Mail;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// Accounts: create (command line, Development demo accounts), list, change role, unlock and
/// remove (admin page). Every call checks that the actor is an admin, whatever the UI shows.
/// Each call takes its own scope, so no UserManager or DbContext outlives it in a circuit.
/// </summary>
public sealed partial class AccountService(
    IServiceScopeFactory scopes,
    IDbContextFactory<DashboardDbContext> contexts,
    TimeProvider time,
    ILogger<AccountService> logger)
{
    // One role change or removal at a time: two admins demoting each other at once must not
    // both pass the last-admin check.
    private readonly SemaphoreSlim _adminChanges = new(1, 1);

    /// <summary>The actor for command-line verbs: whoever can run them already holds the database.</summary>
    public static Reviewer CommandLine { get; } = new("command line", Role.Admin);

    public static string PasswordTooShort { get; } = $"The password must be at least {AuthOptions.MinimumPasswordLength} characters long.";

    public static string UnknownRole(string? role) => $"Unknown role '{role}': use {string.Join(", ", Roles.All)}.";

    public static bool IsEmail(string email) =>
        MailAddress.TryCreate(email, out var parsed) && string.Equals(parsed.Address, email, StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates the roles editor, lead and admin where they are missing.</summary>
    public async Task EnsureRolesAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                Check(await roles.CreateAsync(new IdentityRole(name)), $"create the role {name}");
            }
        }
    }

    public async Task<AccountResult> CreateAsync(string email, string password, string role, Reviewer actor)
    {
        if (actor.Role != Role.Admin)
        {
            return AccountResult.NotAdmin;
        }

        email = email.Trim();
        if (!Roles.TryParse(role, out var parsed))
        {
            return AccountResult.Refused(AccountFailure.Invalid, UnknownRole(role));
        }

        if (!IsEmail(email))
        {
            return AccountResult.Refused(AccountFailure.Invalid, $"'{email}' is not an email address.");
        }

        if (password.Length < AuthOptions.MinimumPasswordLength)
        {
            return AccountResult.Refused(AccountFailure.Invalid, PasswordTooShort);
        }

        await EnsureRolesAsync();
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        if (await users.FindByEmailAsync(email) is not null)
        {
            return AccountResult.Refused(AccountFailure.Conflict, $"An account for {email} already exists.");
        }

        var user = new DashboardUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return AccountResult.Refused(AccountFailure.Invalid, Describe(created));
        }

        var roleName = Roles.NameOf(parsed);
        var added = await users.AddToRoleAsync(user, roleName);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return AccountResult.Refused(AccountFailure.Invalid, Describe(added));
        }

        LogCreated(logger, email, roleName, actor.Name);
        return AccountResult.Done($"Account {email} created with the role {roleName}.");
    }

    public async Task<IReadOnlyList<AccountRow>> ListAsync(Reviewer actor, CancellationToken cancellationToken = default)
    {
        RequireAdmin(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.UserName, u.LockoutEnd, u.AccessFailedCount })
            .ToListAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).AsNoTracking().ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name);
        var now = time.GetUtcNow();
        return users
            .Select(u => new AccountRow(u.Id, u.Email ?? u.UserName ?? u.Id, HighestRole(rolesByUser[u.Id]), u.LockoutEnd > now ? u.LockoutEnd : null, u.AccessFailedCount))
            .OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<AccountResult> ChangeRoleAsync(string userId, string role, Reviewer actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role != Role.Admin)
        {
            return AccountResult.NotAdmin;
        }

        if (!Roles.TryParse(role, out var parsed))
        {
            return AccountResult.Refused(AccountFailure.Invalid, UnknownRole(role));
        }

        var roleName = Roles.NameOf(parsed);
        await _adminChanges.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var users = Users(scope);
            if (await users.FindByIdAsync(userId) is not { } user)
            {
                return AccountResult.Refused(AccountFailure.NotFound, "That account no longer exists.");
            }

            var current = await users.GetRolesAsync(user);
            if (current.Count == 1 && current[0] == roleName)
            {
                return AccountResult.Done($"{user.Email} already has the role {roleName}.");
            }

            if (current.Contains(Roles.Admin) && roleName != Roles.Admin && await IsLastAdminAsync(users))
            {
                return AccountResult.Refused(AccountFailure.Conflict, $"{user.Email} is the last admin: make another account admin first.");
            }

            Check(await users.RemoveFromRolesAsync(user, current), $"remove the roles of {user.Email}");
            Check(await users.AddToRoleAsync(user, roleName), $"give {user.Email} the role {roleName}");

            // Open sessions of this account pick up the new role at their next stamp check.
            await users.UpdateSecurityStampAsync(user);
            LogRoleChanged(logger, user.Email, string.Join(",", current), roleName, actor.Name);
            return AccountResult.Done($"{user.Email} is now {roleName}.");
        }
        finally
        {
            _adminChanges.Release();
        }
    }

    public async Task<AccountResult> UnlockAsync(string userId, Reviewer actor)
    {
        if (actor.Role != Role.Admin)
        {
            return AccountResult.NotAdmin;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AccountResult.Refused(AccountFailure.NotFound, "That account no longer exists.");
        }

        Check(await users.SetLockoutEndDateAsync(user, null), $"unlock {user.Email}");
        Check(await users.ResetAccessFailedCountAsync(user), $"reset the failed sign-ins of {user.Email}");
        LogUnlocked(logger, user.Email, actor.Name);
        return AccountResult.Done($"{user.Email} is unlocked.");
    }

    public async Task<AccountResult> RemoveAsync(string userId, Reviewer actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role != Role.Admin)
        {
            return AccountResult.NotAdmin;
        }

        await _adminChanges.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var users = Users(scope);
            if (await users.FindByIdAsync(userId) is not { } user)
            {
                return AccountResult.Refused(AccountFailure.NotFound, "That account no longer exists.");
            }

            if (string.Equals(user.UserName, actor.Name, StringComparison.OrdinalIgnoreCase))
            {
                return AccountResult.Refused(AccountFailure.Conflict, "You cannot remove your own account.");
            }

            if (await users.IsInRoleAsync(user, Roles.Admin) && await IsLastAdminAsync(users))
            {
                return AccountResult.Refused(AccountFailure.Conflict, $"{user.Email} is the last admin and cannot be removed.");
            }

            Check(await users.DeleteAsync(user), $"remove {user.Email}");
            LogRemoved(logger, user.Email, actor.Name);
            return AccountResult.Done($"{user.Email} is removed.");
        }
        finally
        {
            _adminChanges.Release();
        }
    }

    internal static void RequireAdmin(Reviewer actor)
    {
        if (actor.Role != Role.Admin)
        {
            throw new UnauthorizedAccessException(AccountResult.NotAdmin.Message);
        }
    }

    private static UserManager<DashboardUser> Users(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();

    private static async Task<bool> IsLastAdminAsync(UserManager<DashboardUser> users) =>
        (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1;

    private static string HighestRole(IEnumerable<string?> names)
    {
        Role? best = null;
        foreach (var name in names)
        {
            if (Roles.TryParse(name, out var role) && (best is null || role > best))
            {
                best = role;
            }
        }

        return best is { } found ? Roles.NameOf(found) : "none";
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {Describe(result)}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Email} created with role {Role} by {Actor}")]
    private static partial void LogCreated(ILogger logger, string email, string role, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Email} changed from {OldRoles} to {Role} by {Actor}")]
    private static partial void LogRoleChanged(ILogger logger, string? email, string oldRoles, string role, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Email} unlocked by {Actor}")]
    private static partial void LogUnlocked(ILogger logger, string? email, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Email} removed by {Actor}")]
    private static partial void LogRemoved(ILogger logger, string? email, string actor);
}
