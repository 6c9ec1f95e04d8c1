using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.Accounts;

/// <summary>The <c>Auth</c> section: sessions, lockout and the sign-in throttle.</summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    /// <summary>The shortest password an account may have.</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>A session ends after this many minutes without a request (sliding).</summary>
    [Range(1, 24 * 60, ErrorMessage = "Auth:SessionMinutes must be between 1 and 1440 (one day).")]
    public int SessionMinutes { get; set; } = 60;

    /// <summary>A session ends this many hours after sign-in, however active it is.</summary>
    [Range(1, 30 * 24, ErrorMessage = "Auth:AbsoluteSessionHours must be between 1 and 720 (30 days).")]
    public int AbsoluteSessionHours { get; set; } = 12;

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    [Range(1, 100, ErrorMessage = "Auth:MaxFailedAttempts must be between 1 and 100.")]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>
    /// Failed sign-ins from one client (an IPv4 address, an IPv6 /64), whichever accounts they
    /// name, within <see cref="LockoutMinutes"/>, before that client is refused for as long.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = "Auth:MaxFailedAttemptsPerClient must be between 1 and 10000.")]
    public int MaxFailedAttemptsPerClient { get; set; } = 20;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(1, 7 * 24 * 60, ErrorMessage = "Auth:LockoutMinutes must be between 1 and 10080 (one week).")]
    public int LockoutMinutes { get; set; } = 15;

    public TimeSpan Session => TimeSpan.FromMinutes(SessionMinutes);

    public TimeSpan AbsoluteSession => TimeSpan.FromHours(AbsoluteSessionHours);

    public TimeSpan Lockout => TimeSpan.FromMinutes(LockoutMinutes);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AbsoluteSession < Session)
        {
            yield return new ValidationResult(
                $"Auth:AbsoluteSessionHours ({AbsoluteSessionHours} h) must not be shorter than Auth:SessionMinutes ({SessionMinutes} min).",
                [nameof(AbsoluteSessionHours)]);
        }
    }
}
