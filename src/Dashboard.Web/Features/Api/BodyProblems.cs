using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// What is wrong with a JSON body, said in the body's own terms: the field by its path
/// (<c>posts[0].etag</c>), what it should be, or the fields the request takes. The answer is a
/// 400 problem whose <c>errors</c> map the field to the message, as validation problems do.
/// </summary>
internal static partial class BodyProblems
{
    public const string Body = "body";

    public static IResult Refused(string? field, string detail) => Results.Problem(new HttpValidationProblemDetails(
        new Dictionary<string, string[]> { [field ?? Body] = [detail] })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "Bad request body",
        Detail = detail,
    });

    public static IResult Describe(JsonException ex, JsonTypeInfo root)
    {
        var field = ex.Path is null or "$" ? null : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path.TrimStart('$');
        var where = $"line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}";

        // The reader's own error (wrapped with the path): the text is not JSON.
        if (ex.InnerException is JsonException reader)
        {
            var what = ReaderDetail().Replace(reader.Message, string.Empty).Trim();
            return Refused(field, $"The request body is not valid JSON ({where}{(field is null ? "" : $", in \"{field}\"")}): {what}");
        }

        var (info, unknown) = Walk(root, ex.Path);
        if (unknown is not null)
        {
            var fields = info.Properties.Select(p => $"\"{p.Name}\"").ToList();
            return Refused(field, $"\"{field}\" is not a field of this request; {(fields.Count == 0 ? "it takes none" : $"the fields are {string.Join(", ", fields)}")}.");
        }

        return field is null
            ? Refused(null, $"The request body must be {Expected(info)} ({where}).")
            : Refused(field, $"\"{field}\" must be {Expected(info)} ({where}).");
    }

    // The type the path leads to; or, at the first name the type lacks, that name and the type without it.
    private static (JsonTypeInfo Info, string? Unknown) Walk(JsonTypeInfo root, string? path)
    {
        var info = root;
        foreach (Match segment in Segment().Matches(path ?? string.Empty))
        {
            if (segment.Groups["index"].Success)
            {
                if (info.ElementType is null)
                {
                    break;
                }

                info = info.Options.GetTypeInfo(info.ElementType);
                continue;
            }

            var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value;
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                break;
            }

            var comparison = info.Options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, comparison)) is not { } property)
            {
                return (info, name);
            }

            info = info.Options.GetTypeInfo(property.PropertyType);
        }

        return (info, null);
    }

    private static string Expected(JsonTypeInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => "a string",
            TypeCode.Boolean => "true or false",
            TypeCode.Byte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 => "a whole number",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            _ when type == typeof(DateOnly) => "a date such as \"2026-01-31\"",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "a date and time such as \"2026-01-31T12:00:00Z\"",
            _ => info.Kind switch
            {
                JsonTypeInfoKind.Enumerable when info.ElementType is { } element => $"a list of {Plural(info.Options.GetTypeInfo(element))}",
                JsonTypeInfoKind.Object => $"an object with the fields {string.Join(", ", info.Properties.Select(p => $"\"{p.Name}\""))}",
                JsonTypeInfoKind.Dictionary => "an object",
                _ => "a value of another type",
            },
        };
    }

    private static string Plural(JsonTypeInfo element) => Expected(element) switch
    {
        "a string" => "strings",
        "a whole number" => "whole numbers",
        var one when one.StartsWith("an object", StringComparison.Ordinal) => $"objects{one["an object".Length..]}",
        var one => one,
    };

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segment();

    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex ReaderDetail();
}
