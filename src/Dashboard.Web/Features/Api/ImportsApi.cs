using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// <c>POST /api/imports</c>: alphanode files as multipart/form-data, imported as one batch by the
/// caller. Every role may import (editors included): an import adds or updates drafts, and a
/// change to a post a reviewer has touched becomes a conflict for a person to resolve.
/// </summary>
internal static class ImportsApi
{
    public const string Origin = "api upload";

    public static void MapImportsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/imports", ImportAsync)
            .WithImportUploadLimit()
            .WithTags("Imports")
            .WithName("ImportPosts")
            .WithSummary("Import alphanode files (multipart/form-data, one part per file)")
            .WithDescription(
                "Answers 200 with the summary {imported, updated, unchanged, conflicts, failed, errors:[{file, line, message}]}, "
                + "also when some files failed (failed > 0, each named in errors). 400 when the request holds no file, "
                + "413 when the request is larger than Import:MaxUploadBytes; a file larger than Import:MaxFileBytes fails by name.")
            .WithFileUpload()
            .TakesNoIfMatch("Adds or updates posts from files; a changed file for a post reviewers have touched is kept beside it as a conflict for a person to resolve, never written over it.")
            .Produces<ImportSummaryJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> ImportAsync(
        HttpContext http, PostImporter importer, IOptions<ImportOptions> options, CancellationToken cancellationToken)
    {
        if (ReviewerClaims.ToReviewer(http.User) is not { } who)
        {
            return ApiProblems.Forbidden("This account or token has no reviewer role.");
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary) is not { Length: > 0 and <= 200 } boundary)
        {
            return ApiProblems.UnsupportedMediaType("Send the files as multipart/form-data, one part per file.");
        }

        UploadedFiles upload;
        try
        {
            upload = await UploadedFiles.ReadAsync(http.Request, boundary.ToString(), options.Value.MaxFileBytes, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.Problem(ex.StatusCode, "Upload too large", $"The request is larger than {options.Value.MaxUploadBytes:N0} bytes (setting Import:MaxUploadBytes); send the files in several requests.");
        }
        catch (IOException ex)
        {
            return ApiProblems.BadRequest($"The multipart body could not be read: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            return ApiProblems.BadRequest($"The multipart body could not be read: {ex.Message}");
        }

        using (upload)
        {
            if (upload.Files.Count == 0)
            {
                return ApiProblems.BadRequest("The request holds no file: attach one or more files as multipart/form-data parts with a file name.");
            }

            var summary = await importer.ImportAsync(upload.Files, Origin, who.Name, cancellationToken: cancellationToken);
            return Results.Ok(ImportSummaryJson.From(summary));
        }
    }
}
