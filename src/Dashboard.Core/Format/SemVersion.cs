using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Dashboard.Core.Format;

/// <summary>
/// A semantic version (<c>major.minor.patch</c>, with optional pre-release and build parts),
/// compared by the rules of semver 2.0.0 (build metadata does not count).
/// </summary>
public sealed partial record SemVersion(long Major, long Minor, long Patch, string? PreRelease = null, string? Build = null)
    : IComparable<SemVersion>
{
    /// <summary>Parses <paramref name="text"/>, or returns false when it is not a semantic version.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SemVersion? version)
    {
        version = null;
        // No longer than the column that stores it.
        if (text is null || text.Length > FieldLimits.Version)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success
            || !long.TryParse(match.Groups["major"].ValueSpan, out var major)
            || !long.TryParse(match.Groups["minor"].ValueSpan, out var minor)
            || !long.TryParse(match.Groups["patch"].ValueSpan, out var patch))
        {
            return false;
        }

        version = new SemVersion(
            major,
            minor,
            patch,
            match.Groups["pre"].Success ? match.Groups["pre"].Value : null,
            match.Groups["build"].Success ? match.Groups["build"].Value : null);
        return true;
    }

    /// <summary>Parses <paramref name="text"/> or throws <see cref="FormatException"/>.</summary>
    public static SemVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"\"{text}\" is not a semantic version such as 1.5.3");

    /// <summary>The next patch version: 1.5.3 becomes 1.5.4.</summary>
    public SemVersion BumpPatch() => new(Major, Minor, PreRelease is null ? Patch + 1 : Patch);

    /// <summary>
    /// The next minor version: 1.5.3 becomes 1.6.0. A pre-release of a minor release
    /// (1.6.0-rc.1) becomes that release (1.6.0), as <see cref="BumpPatch"/> does for patches.
    /// </summary>
    public SemVersion BumpMinor() => new(Major, PreRelease is not null && Patch == 0 ? Minor : Minor + 1, 0);

    /// <summary>
    /// The next major version: 1.5.3 becomes 2.0.0. A pre-release of a major release
    /// (2.0.0-rc.1) becomes that release (2.0.0).
    /// </summary>
    public SemVersion BumpMajor() => new(PreRelease is not null && Minor == 0 && Patch == 0 ? Major : Major + 1, 0, 0);

    /// <inheritdoc />
    public int CompareTo(SemVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byNumbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        return (PreRelease, other.PreRelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => ComparePreRelease(PreRelease, other.PreRelease),
        };
    }

    /// <summary>Orders versions by precedence.</summary>
    public static bool operator <(SemVersion? left, SemVersion? right) => Compare(left, right) < 0;

    /// <summary>Orders versions by precedence.</summary>
    public static bool operator >(SemVersion? left, SemVersion? right) => Compare(left, right) > 0;

    /// <summary>Orders versions by precedence.</summary>
    public static bool operator <=(SemVersion? left, SemVersion? right) => Compare(left, right) <= 0;

    /// <summary>Orders versions by precedence.</summary>
    public static bool operator >=(SemVersion? left, SemVersion? right) => Compare(left, right) >= 0;

    /// <summary>The version as written in a file: <c>1.5.3</c>, <c>2.0.0-rc.1+build.5</c>.</summary>
    public override string ToString() =>
        $"{Major}.{Minor}.{Patch}{(PreRelease is null ? "" : "-" + PreRelease)}{(Build is null ? "" : "+" + Build)}";

    // Null sorts first, as CompareTo(null) says.
    private static int Compare(SemVersion? left, SemVersion? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static int ComparePreRelease(string left, string right)
    {
        var a = left.Split('.');
        var b = right.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var result = (IsNumeric(a[i]), IsNumeric(b[i])) switch
            {
                // The grammar forbids leading zeros, so the longer number is the larger one,
                // and numbers of any length compare without overflowing.
                (true, true) => a[i].Length != b[i].Length ? a[i].Length.CompareTo(b[i].Length) : string.CompareOrdinal(a[i], b[i]),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(a[i], b[i]),
            };
            if (result != 0)
            {
                return result;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    // Only ASCII digits make a numeric identifier: "-1" is alphanumeric (long.TryParse would say -1).
    private static bool IsNumeric(string identifier) => !identifier.AsSpan().ContainsAnyExceptInRange('0', '9');

    // The official semver 2.0.0 grammar: no leading zeros, dot-separated identifiers. [0-9], not \d,
    // which would admit other scripts' digits; \z, not $, which would accept a final newline.
    [GeneratedRegex(@"^(?<major>0|[1-9][0-9]{0,17})\.(?<minor>0|[1-9][0-9]{0,17})\.(?<patch>0|[1-9][0-9]{0,17})(?:-(?<pre>(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+(?<build>[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
