using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// The request size limit for uploads, as endpoint metadata: routing applies it to the
/// request before the body is read (an endpoint filter would run after form binding, too late).
/// </summary>
public static class UploadLimits
{
    /// <summary>
    /// Accepts request bodies (and multipart forms) up to <c>Import:MaxUploadBytes</c>; a larger
    /// one is refused with 413. Use on the import upload endpoint:
    /// <c>app.MapPost("/api/imports", ...).WithImportUploadLimit();</c>
    /// </summary>
    public static TBuilder WithImportUploadLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var limit = endpoint.ApplicationServices.GetRequiredService<IOptions<ImportOptions>>().Value.MaxUploadBytes;
            endpoint.Metadata.Add(new UploadLimit(limit));
            endpoint.Metadata.Add(new UploadFormLimit(limit));
        });
        return builder;
    }

    private sealed record UploadLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

    // Only the multipart body limit; null leaves every other form setting at its default.
    private sealed record UploadFormLimit(long? MultipartBodyLengthLimit) : IFormOptionsMetadata
    {
        public bool? BufferBody => null;
        public int? MemoryBufferThreshold => null;
        public long? BufferBodyLengthLimit => null;
        public int? ValueCountLimit => null;
        public int? KeyLengthLimit => null;
        public int? ValueLengthLimit => null;
        public int? MultipartBoundaryLengthLimit => null;
        public int? MultipartHeadersCountLimit => null;
        public int? MultipartHeadersLengthLimit => null;
    }
}
