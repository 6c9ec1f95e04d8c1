using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// The API's refusals as RFC 7807 problem details. A review service's refusal keeps its
/// message as the detail; the HTTP status says what kind of refusal it is.
/// </summary>
internal static class ApiProblems
{
    public static IResult From(ReviewResult result) => result.Failure switch
    {
        ReviewFailure.NotFound => NotFound(result.Message),
        ReviewFailure.Forbidden => Forbidden(result.Message),
        // The If-Match the client sent is no longer the post's ETag.
        ReviewFailure.Conflict => Problem(StatusCodes.Status412PreconditionFailed, "The post has changed", result.Message),
        // The change is valid but needs the client to say it means it (confirmBackwards): 409, so
        // it is told apart from an invalid value (422) and from a stale ETag (412).
        ReviewFailure.NeedsConfirmation => Problem(StatusCodes.Status409Conflict, "Confirmation needed", result.Message),
        ReviewFailure.Invalid => Invalid(result.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Failure, "Not a refusal."),
    };

    public static IResult NotFound(string? detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult Forbidden(string? detail) => Problem(StatusCodes.Status403Forbidden, "Not allowed", detail);

    public static IResult Invalid(string? detail) => Problem(StatusCodes.Status422UnprocessableEntity, "Invalid value", detail);

    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static IResult PreconditionRequired(string detail) => Problem(StatusCodes.Status428PreconditionRequired, "If-Match required", detail);

    public static IResult UnsupportedMediaType(string detail) => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    public static IResult Problem(int status, string title, string? detail) => Results.Problem(detail, statusCode: status, title: title);
}
