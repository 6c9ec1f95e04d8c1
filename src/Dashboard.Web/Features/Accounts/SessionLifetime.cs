using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// When a session started. The cookie's own <c>IssuedUtc</c> cannot carry an absolute limit:
/// every sliding renewal (and every security-stamp refresh) resets it to "now". So sign-in
/// stamps the start as a claim, which survives renewals and also reaches Blazor circuits.
/// </summary>
internal static class SessionLifetime
{
    public const string StartedClaimType = "alphanode:session_started";

    public static Claim StartedAt(DateTimeOffset now) =>
        new(StartedClaimType, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    public static DateTimeOffset? StartOf(ClaimsPrincipal? principal) =>
        long.TryParse(principal?.FindFirst(StartedClaimType)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>True when the session began longer than <paramref name="limit"/> ago, or its start is unknown.</summary>
    public static bool IsOver(DateTimeOffset? started, DateTimeOffset now, TimeSpan limit) =>
        started is not { } start || now - start >= limit;

    /// <summary>
    /// A security-stamp refresh builds a new principal from the database: carry over what only
    /// sign-in knows, the session's start and its record's id (<see cref="SessionRecords"/>).
    /// </summary>
    public static Task KeepSessionOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            foreach (var type in (string[])[StartedClaimType, SessionRecords.IdClaimType])
            {
                if (context.CurrentPrincipal?.FindFirst(type) is { } claim && !identity.HasClaim(c => c.Type == type))
                {
                    identity.AddClaim(new Claim(claim.Type, claim.Value, claim.ValueType));
                }
            }
        }

        return Task.CompletedTask;
    }
}
