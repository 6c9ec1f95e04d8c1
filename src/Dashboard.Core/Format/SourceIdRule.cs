using System.Buffers;

namespace Dashboard.Core.Format;

/// <summary>
/// What a source id may look like. It is a segment of the post's address (<c>/posts/{id}</c>,
/// <c>/api/posts/{id}</c>), so it holds only characters that every step of routing leaves alone:
/// a <c>/</c> splits the segment, a <c>%</c> is decoded again (<c>%2e</c> is a dot), and a
/// segment of dots walks up the path.
/// </summary>
public static class SourceIdRule
{
    /// <summary>The rule in words, for messages.</summary>
    public const string Description = "ASCII letters, digits, \".\", \"_\" and \"-\", starting with a letter or digit";

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    /// <summary>Why <paramref name="sourceId"/> cannot be a source id, or null when it can.</summary>
    public static string? Check(ReadOnlySpan<char> sourceId)
    {
        if (sourceId.Length > FieldLimits.SourceId)
        {
            return $"is {sourceId.Length:N0} characters; a source id has at most {FieldLimits.SourceId}";
        }

        var bad = sourceId.IndexOfAnyExcept(Allowed);
        if (bad >= 0)
        {
            var shown = char.IsSurrogate(sourceId[bad]) || char.IsControl(sourceId[bad])
                ? $"U+{(int)sourceId[bad]:X4}"
                : sourceId[bad].ToString();
            return $"has \"{shown}\"; a source id is part of the post's address, so it may have only {Description}";
        }

        return sourceId.IsEmpty || !char.IsAsciiLetterOrDigit(sourceId[0])
            ? $"does not start with a letter or digit; a source id may have only {Description}"
            : null;
    }
}
