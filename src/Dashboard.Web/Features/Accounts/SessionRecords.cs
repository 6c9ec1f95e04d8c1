using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// The server's record of each open sign-in session, so that signing out ends it: a cookie
/// alone would be valid until it expires, whoever kept a copy. Sign-in writes a row and puts
/// its id in the cookie (<see cref="IdClaimType"/>); every request with the cookie, and every
/// circuit once a minute, checks the row is still there; sign-out deletes it. Only that session
/// ends: the account's other browsers stay signed in.
/// The rows live in Identity's user-token table (one per session, under <see cref="Provider"/>,
/// the start time as the value): keyed by account and id, removed with the account, and the
/// same for every instance on one database.
/// </summary>
public sealed class SessionRecords(IDbContextFactory<DashboardDbContext> contexts, IOptions<IdentityOptions> identity, IOptions<AuthOptions> auth)
{
    public const string IdClaimType = "alphanode:session_id";

    /// <summary>The <c>LoginProvider</c> of the session rows, apart from any token Identity keeps.</summary>
    public const string Provider = "alphanode:session";

    /// <summary>Records a new session of <paramref name="userId"/>; returns the claim that names it.</summary>
    public async Task<Claim> StartAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Sessions closed with the browser are never signed out: drop this account's rows past the absolute limit.
        var rows = await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ToListAsync(cancellationToken);
        db.UserTokens.RemoveRange(rows.Where(r => SessionLifetime.IsOver(StartOf(r.Value), now, auth.Value.AbsoluteSession)));
        db.UserTokens.Add(new IdentityUserToken<string>
        {
            UserId = userId,
            LoginProvider = Provider,
            Name = id,
            Value = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new Claim(IdClaimType, id);
    }

    /// <summary>True while the session of <paramref name="principal"/> is on record (a cookie without one never is).</summary>
    public async Task<bool> IsOpenAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken = default)
    {
        if (Key(principal) is not { } key)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.UserTokens.AnyAsync(t => t.UserId == key.UserId && t.LoginProvider == Provider && t.Name == key.Id, cancellationToken);
    }

    /// <summary>Ends the session of <paramref name="principal"/>: its cookie is refused from now on, by every instance.</summary>
    public async Task EndAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken = default)
    {
        if (Key(principal) is { } key)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.UserTokens.Where(t => t.UserId == key.UserId && t.LoginProvider == Provider && t.Name == key.Id).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private (string UserId, string Id)? Key(ClaimsPrincipal? principal) =>
        principal?.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value is { Length: > 0 } userId
        && principal.FindFirst(IdClaimType)?.Value is { Length: > 0 } id
            ? (userId, id)
            : null;

    private static DateTimeOffset? StartOf(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
