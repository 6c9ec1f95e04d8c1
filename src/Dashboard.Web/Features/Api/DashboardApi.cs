using Dashboard.Web.Features.Accounts;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// The HTTP API under <c>/api</c>, for programs (the search indexer, import scripts) and for
/// people with a session. Everything needs an account or a token with a role
/// (<see cref="AuthSchemes.ApiPolicy"/>); what each role may do is the review service's to say.
/// Refusals are RFC 7807 problem details. The OpenAPI document is at <c>/openapi/v1.json</c>.
/// </summary>
public static class DashboardApi
{
    public static WebApplication MapDashboardApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(AuthSchemes.ApiPolicy);
        api.MapPostsApi();
        api.MapReviewApi();
        api.MapClaimsApi();
        api.MapCommentsApi();
        api.MapRejectionApi();
        api.MapAssignmentsApi();
        api.MapAgreementApi();
        api.MapImportsApi();
        api.MapIndexFeedApi();
        api.MapWebhooksApi();
        api.MapLotsApi();

        // The document describes the API, it grants nothing: readable without signing in.
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
