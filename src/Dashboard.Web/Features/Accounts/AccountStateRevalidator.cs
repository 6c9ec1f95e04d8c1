using Dashboard.Web.Data.Entities;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// A circuit keeps the user it started with for as long as the tab is open. Every minute this
/// checks that the account still exists, its security stamp (changed with its role) is the
/// one signed in with, the session is still on record (not signed out in another tab) and the
/// absolute session limit has not passed; otherwise the circuit
/// turns anonymous and the router sends the tab to the sign-in page.
/// </summary>
internal sealed class AccountStateRevalidator(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identityOptions,
    IOptions<AuthOptions> authOptions,
    SessionRecords sessions,
    TimeProvider time) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var principal = authenticationState.User;
        if (SessionLifetime.IsOver(SessionLifetime.StartOf(principal), time.GetUtcNow(), authOptions.Value.AbsoluteSession))
        {
            return false;
        }

        if (!await sessions.IsOpenAsync(principal, cancellationToken))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return false;
        }

        var stamp = principal.FindFirst(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
