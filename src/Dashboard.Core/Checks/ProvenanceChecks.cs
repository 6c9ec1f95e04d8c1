using System.Globalization;
using Dashboard.Core.Format;

namespace Dashboard.Core.Checks;

/// <summary>
/// The payload's source id, the reference and the seed name one generated post. In the sample they
/// agree as alphanode-<b>002829</b>, anp-ref-<b>002829</b>-7966 and seed <b>2829</b>: the source id's
/// final number, the reference's first number and the seed are the same number, leading zeros aside.
/// A source id without a final number (another exporter's scheme) has nothing to agree with.
/// </summary>
internal static class ProvenanceChecks
{
    public static Finding? Agree(CheckInput input)
    {
        var sourceId = input.Post.SourceId;
        var number = FinalNumber(sourceId);
        if (number.IsEmpty)
        {
            return null;
        }

        var reference = input.Meta.Reference;
        var referenced = reference is null ? default : FirstNumber(reference);
        if (!referenced.IsEmpty && !SameNumber(referenced, number))
        {
            return new Finding(
                $"reference {ArticleChecks.Quote(reference)} names post {referenced}, but source id {ArticleChecks.Quote(sourceId)} names {number}",
                new CheckPlace(MetaLabels.Reference));
        }

        if (input.Meta.Payload?.Seed is { } seed && !SameNumber(seed.ToString(CultureInfo.InvariantCulture), number))
        {
            return new Finding(
                string.Create(CultureInfo.InvariantCulture, $"payload seed is {seed}, but source id {ArticleChecks.Quote(sourceId)} names post {number}"),
                new CheckPlace(MetaLabels.Payload, "seed"));
        }

        return null;
    }

    // The digits after the last dash, when that part is all digits: "alphanode-002829" gives "002829".
    private static ReadOnlySpan<char> FinalNumber(string sourceId)
    {
        var part = sourceId.AsSpan(sourceId.LastIndexOf('-') + 1);
        return IsNumber(part) ? part : default;
    }

    // The first dash-separated part that is all digits: "anp-ref-002829-7966" gives "002829".
    private static ReadOnlySpan<char> FirstNumber(string reference)
    {
        foreach (var range in reference.AsSpan().Split('-'))
        {
            var part = reference.AsSpan(range);
            if (IsNumber(part))
            {
                return part;
            }
        }

        return default;
    }

    private static bool IsNumber(ReadOnlySpan<char> part) => !part.IsEmpty && !part.ContainsAnyExceptInRange('0', '9');

    // Compared as digit strings, so numbers of any length cannot overflow.
    private static bool SameNumber(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        Significant(a).SequenceEqual(Significant(b));

    private static ReadOnlySpan<char> Significant(ReadOnlySpan<char> digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.IsEmpty ? "0" : trimmed;
    }
}
