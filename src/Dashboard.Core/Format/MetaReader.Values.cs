using System.Globalization;

namespace Dashboard.Core.Format;

/// <summary>Reads single values strictly and words the error when one does not fit.</summary>
internal sealed partial class MetaReader
{
    private enum NumberStatus
    {
        Ok,
        NotNumber,
        TooLarge,
    }

    private int? ReadScore(int line, ScoreField score, ReadOnlySpan<char> value)
    {
        if (ParseWhole(value, out var number) == NumberStatus.Ok && number >= (ulong)score.Min && number <= (ulong)score.Max)
        {
            return (int)number;
        }

        errors.Add(line, $"score {ErrorList.Quote(score.Name)} is {ErrorList.Quote(value)}; expected a whole number from {score.Min} to {score.Max}");
        return null;
    }

    private bool? ReadFlag(int line, ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        if (value is "0" or "1")
        {
            return value[0] == '1';
        }

        errors.Add(line, $"flag {ErrorList.Quote(key)} is {ErrorList.Quote(value)}; expected 0 or 1");
        return null;
    }

    private int? ReadInt(int line, string what, ReadOnlySpan<char> value, string expected)
    {
        var status = ParseWhole(value, out var number);
        if (status == NumberStatus.Ok && number <= int.MaxValue)
        {
            return (int)number;
        }

        errors.Add(line, status == NumberStatus.NotNumber
            ? $"{what} is {ErrorList.Quote(value)}; expected {expected}"
            : $"{what} is {ErrorList.Quote(value)}; that is more than {int.MaxValue}, the largest it can hold");
        return null;
    }

    private long? ReadLong(int line, string what, ReadOnlySpan<char> value)
    {
        var status = ParseWhole(value, out var number);
        if (status == NumberStatus.Ok && number <= long.MaxValue)
        {
            return (long)number;
        }

        errors.Add(line, status == NumberStatus.NotNumber
            ? $"{what} is {ErrorList.Quote(value)}; expected a whole number"
            : $"{what} is {ErrorList.Quote(value)}; that is more than {long.MaxValue}, the largest it can hold");
        return null;
    }

    private SemVersion? ReadVersion(int line, ReadOnlySpan<char> value)
    {
        var text = value.ToString();
        if (SemVersion.TryParse(text, out var version))
        {
            return version;
        }

        errors.Add(line, $"revision \"version\" is {ErrorList.Quote(value)}; expected a semantic version such as 1.5.3");
        return null;
    }

    private DateOnly? ReadDate(int line, ReadOnlySpan<char> value)
    {
        if (value.Length == 10 && value[4] == '-' && value[7] == '-'
            && ParseWhole(value[..4], out var year) == NumberStatus.Ok
            && ParseWhole(value[5..7], out var month) == NumberStatus.Ok
            && ParseWhole(value[8..], out var day) == NumberStatus.Ok
            && year is >= 1 and <= 9999 && month is >= 1 and <= 12
            && day >= 1 && day <= (ulong)DateTime.DaysInMonth((int)year, (int)month))
        {
            return new DateOnly((int)year, (int)month, (int)day);
        }

        errors.Add(line, $"revision \"last reviewed\" is {ErrorList.Quote(value)}; expected a date as yyyy-MM-dd, such as 2018-01-07");
        return null;
    }

    private string? ReadRequiredText(int line, string label, ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        if (!FormatText.IsBlank(value))
        {
            return value.ToString();
        }

        errors.Add(line, $"{label} {ErrorList.Quote(key)} is empty");
        return null;
    }

    private bool FirstTime(Span<int> seen, int k, int line, string label, string[] keys, bool inRecord = false)
    {
        if (seen[k] == 0)
        {
            seen[k] = line;
            return true;
        }

        var owner = inRecord ? label + " record" : label;
        errors.Add(line, $"{owner} has \"{keys[k]}\" twice (first on line {seen[k]})");
        return false;
    }

    /// <summary>Checks that the first <paramref name="required"/> keys were all present.</summary>
    private bool HasAll(Span<int> seen, int head, string label, string[] keys, int required)
    {
        var ok = true;
        for (var k = 0; k < required; k++)
        {
            if (seen[k] == 0)
            {
                errors.Add(head + 1, $"{label} has no \"{keys[k]}\"; it needs {JoinKeys(keys.AsSpan(0, required))}");
                ok = false;
            }
        }

        return ok;
    }

    private static int KeyIndex(ReadOnlySpan<char> key, string[] keys)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            if (key.SequenceEqual(keys[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private static string JoinKeys(ReadOnlySpan<string> keys) =>
        keys.Length == 1 ? keys[0] : string.Join(", ", keys[..^1].ToArray()) + " and " + keys[^1];

    // Digits only: no sign, no spaces, no separators, so "1e3", "-5" and " 7" are not numbers.
    private static NumberStatus ParseWhole(ReadOnlySpan<char> text, out ulong value)
    {
        value = 0;
        if (text.IsEmpty || text.ContainsAnyExceptInRange('0', '9'))
        {
            return NumberStatus.NotNumber;
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            ? NumberStatus.Ok
            : NumberStatus.TooLarge;
    }
}
