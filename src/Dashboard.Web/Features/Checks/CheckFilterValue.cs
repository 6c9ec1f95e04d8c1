using Dashboard.Core.Checks;

namespace Dashboard.Web.Features.Checks;

/// <summary>The values of the check filter, in the queue's URL and the API: a check's id, or <see cref="AnyError"/>.</summary>
public static class CheckFilterValue
{
    /// <summary>"Fails any check of error severity".</summary>
    public const string AnyError = "any";

    /// <summary><paramref name="value"/> when it is <see cref="AnyError"/> or a check's id, else null (an unknown id in a link filters nothing).</summary>
    public static string? Known(string? value) =>
        value == AnyError || (value is not null && Check.Find(value) is not null) ? value : null;
}
