using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// The <see cref="AuthSchemes.ApiToken"/> scheme: <c>Authorization: Bearer anp_...</c>. The
/// principal carries <c>token:&lt;name&gt;</c> as its name and the token's role, like an
/// account does, so <see cref="ReviewerClaims.ToReviewer"/> works for both.
/// </summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    TokenService tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string Bearer = "Bearer ";

    public const string NamePrefix = "token:";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header[Bearer.Length..].Trim();
        if (await tokens.AuthenticateAsync(token, Context.RequestAborted) is not { } found)
        {
            // The message is logged by the framework: it must never contain the token.
            return AuthenticateResult.Fail("The API token is unknown or revoked.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, NamePrefix + found.Name), new Claim(ClaimTypes.Role, found.Role)],
            Scheme.Name,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
