using System.Net;
using Dashboard.Web.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// Signs a person in with email and password for the current request (the sign-in page is
/// static server rendering, so there is a real response to set the cookie on). Failures
/// count towards the account's lockout and the client's throttle. An unknown email gets the
/// same answers as an account, lockout included, and every answer checks one password hash,
/// so neither the text nor the time of an answer tells which emails have accounts.
/// </summary>
public sealed partial class PasswordSignIn(
    SignInManager<DashboardUser> signIn,
    SessionRecords sessions,
    SignInThrottle throttle,
    TimeProvider time,
    ILogger<PasswordSignIn> logger)
{
    public const string WrongCredentials = "Email or password is wrong.";

    // Checked when no real hash is: for an unknown email, and for a locked account.
    private static readonly Lazy<string> StandInHash = new(() => new PasswordHasher<DashboardUser>().HashPassword(new DashboardUser(), Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> SignInAsync(string email, string password, IPAddress? client)
    {
        // A throttled client's attempts are not checked at all, so they cannot lock accounts either.
        if (throttle.ClientRefusedFor(client) is { } wait)
        {
            LogThrottled(logger, client?.ToString() ?? "unknown");
            return SignInOutcome.Failed($"Too many failed sign-ins from this address: try again in {Minutes(wait)}.");
        }

        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            CheckStandIn(password);
            throttle.ClientFailed(client);
            LogFailed(logger, "unknown email");
            return SignInOutcome.Failed(throttle.UnknownAccountFailed(email) is { } locked ? LockedOut(locked) : WrongCredentials);
        }

        // Identity would refuse a locked account without checking the password: check one anyway.
        var lockedBefore = await signIn.UserManager.IsLockedOutAsync(user);
        if (lockedBefore)
        {
            CheckStandIn(password);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            throttle.ClientFailed(client);
            LogLockedOut(logger, user.Id);
            return SignInOutcome.Failed(LockedOut((user.LockoutEnd ?? time.GetUtcNow()) - time.GetUtcNow()));
        }

        if (!result.Succeeded)
        {
            throttle.ClientFailed(client);
            LogFailed(logger, result.IsNotAllowed ? "not allowed" : "wrong password");
            return SignInOutcome.Failed(result.IsNotAllowed ? "This account may not sign in." : WrongCredentials);
        }

        var now = time.GetUtcNow();
        await signIn.SignInWithClaimsAsync(
            user,
            new AuthenticationProperties { IsPersistent = false },
            [new("amr", "pwd"), SessionLifetime.StartedAt(now), await sessions.StartAsync(user.Id, now)]);
        LogSignedIn(logger, user.Id);
        return SignInOutcome.Success;
    }

    private void CheckStandIn(string password) =>
        signIn.UserManager.PasswordHasher.VerifyHashedPassword(new DashboardUser(), StandInHash.Value, password);

    private static string LockedOut(TimeSpan left) => $"This account is locked for {Minutes(left)} after repeated failed sign-ins.";

    private static string Minutes(TimeSpan left)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
        return $"{minutes} {(minutes == 1 ? "minute" : "minutes")}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in of user {UserId}")]
    private static partial void LogSignedIn(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: user {UserId} is locked out")]
    private static partial void LogLockedOut(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused unchecked: too many failures from client {Client}")]
    private static partial void LogThrottled(ILogger logger, string client);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}

/// <summary>The result of a sign-in attempt, with the message to show when it failed.</summary>
public sealed record SignInOutcome(bool Succeeded, string? Error)
{
    public static SignInOutcome Success { get; } = new(true, null);

    public static SignInOutcome Failed(string error) => new(false, error);
}
