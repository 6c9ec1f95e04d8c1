namespace Dashboard.Web.Features.Accounts;

/// <summary>Why an account or token change did not happen.</summary>
public enum AccountFailure
{
    None,
    Forbidden,
    NotFound,
    Invalid,
    Conflict,
}

/// <summary>The outcome of an account or token change: done, or refused with a message for the person who asked.</summary>
public sealed record AccountResult(AccountFailure Failure, string Message)
{
    public bool Succeeded => Failure == AccountFailure.None;

    public static AccountResult Done(string message) => new(AccountFailure.None, message);

    public static AccountResult Refused(AccountFailure failure, string message) => new(failure, message);

    internal static AccountResult NotAdmin { get; } = Refused(AccountFailure.Forbidden, "Only an admin can manage accounts and API tokens.");
}

/// <summary>One account as the admin page lists it.</summary>
public sealed record AccountRow(string Id, string Email, string Role, DateTimeOffset? LockedUntil, int FailedSignIns);
