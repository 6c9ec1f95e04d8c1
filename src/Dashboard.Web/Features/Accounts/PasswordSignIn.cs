using Dashboard.Web.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// Signs a person in with email and password for the current request (the sign-in page is
/// static server rendering, so there is a real response to set the cookie on). Failures
/// count towards the lockout.
/// </summary>
public sealed partial class PasswordSignIn(SignInManager<DashboardUser> signIn, SessionRecords sessions, TimeProvider time, ILogger<PasswordSignIn> logger)
{
    public const string WrongCredentials = "Email or password is wrong.";

    // Verifying against this hash when the email is unknown makes both failures take as long,
    // so response times do not tell which emails have accounts.
    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<DashboardUser>().HashPassword(new DashboardUser(), Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new DashboardUser(), UnknownUserHash.Value, password);
            LogFailed(logger, "unknown email");
            return SignInOutcome.Failed(WrongCredentials);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            LogLockedOut(logger, user.Id);
            return SignInOutcome.Failed(LockedOutMessage(user.LockoutEnd));
        }

        if (!result.Succeeded)
        {
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

    private string LockedOutMessage(DateTimeOffset? lockoutEnd)
    {
        var left = (lockoutEnd ?? time.GetUtcNow()) - time.GetUtcNow();
        var minutes = Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
        return $"This account is locked for {minutes} {(minutes == 1 ? "minute" : "minutes")} after repeated failed sign-ins.";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in of user {UserId}")]
    private static partial void LogSignedIn(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: user {UserId} is locked out")]
    private static partial void LogLockedOut(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}

/// <summary>The result of a sign-in attempt, with the message to show when it failed.</summary>
public sealed record SignInOutcome(bool Succeeded, string? Error)
{
    public static SignInOutcome Success { get; } = new(true, null);

    public static SignInOutcome Failed(string error) => new(false, error);
}
