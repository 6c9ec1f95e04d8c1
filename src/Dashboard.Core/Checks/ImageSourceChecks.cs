using Dashboard.Core.Format;

namespace Dashboard.Core.Checks;

/// <summary>The checks on the meta's <c>image sources</c>: https only, an allowed host, a caption.</summary>
internal static class ImageSourceChecks
{
    public static Finding? Https(CheckInput input) =>
        First(input, "url", source => TryUrl(source.Url, out var url) && url.Scheme == Uri.UriSchemeHttps
            ? null
            : $"the url {ArticleChecks.Quote(source.Url)} is not an https address");

    public static Finding? Host(CheckInput input)
    {
        var hosts = input.Options.ImageHostList;
        // A url that is no address at all is the https check's failure, not this one's.
        return First(input, "url", source => !TryUrl(source.Url, out var url) || hosts.Allows(url.IdnHost)
            ? null
            : $"the host {ArticleChecks.Quote(url.IdnHost)} of {ArticleChecks.Quote(source.Url)} is not one of the allowed image hosts (setting {CheckOptions.Section}:{nameof(CheckOptions.ImageHosts)})");
    }

    public static Finding? Caption(CheckInput input) =>
        First(input, "caption", source => string.IsNullOrWhiteSpace(source.Caption) ? "it has no caption" : null);

    private static Finding? First(CheckInput input, string key, Func<ImageSource, string?> problem)
    {
        var sources = input.Meta.ImageSources ?? [];
        string? first = null;
        var failures = 0;
        var item = 0;
        for (var k = 0; k < sources.Count; k++)
        {
            if (problem(sources[k]) is { } found)
            {
                failures++;
                first ??= $"image source {k + 1}: {found}";
                item = item == 0 ? k + 1 : item;
            }
        }

        return first is null
            ? null
            : new Finding(failures == 1 ? first : $"{first}; {failures - 1} more", new CheckPlace(MetaLabels.ImageSources, key, item));
    }

    private static bool TryUrl(string? text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!);
}
