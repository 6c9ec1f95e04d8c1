namespace Dashboard.Web.Features.Accounts;

/// <summary>The names of the authentication schemes and policies.</summary>
public static class AuthSchemes
{
    /// <summary>Programs: <c>Authorization: Bearer &lt;token&gt;</c>, checked against the stored hashes.</summary>
    public const string ApiToken = "ApiToken";

    /// <summary>Authorisation policy for /api: a signed-in account or a valid token, with a role.</summary>
    public const string ApiPolicy = "Api";
}
