using Dashboard.Core.Review;

namespace Dashboard.Core.Format;

/// <summary>
/// The checks of <see cref="ImportRules"/>, made where the line of each value is known, so a
/// file that breaks one fails by line like any malformed value. Without rules they pass.
/// </summary>
internal sealed partial class MetaReader
{
    private string? ReadSourceId(int line, ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        var sourceId = ReadRequiredText(line, MetaLabels.Payload, key, value);
        if (sourceId is null || rules is null || SourceIdRule.Check(sourceId) is not { } problem)
        {
            return sourceId;
        }

        errors.Add(line, $"payload \"source id\" {ErrorList.Quote(sourceId)} {problem}");
        return null;
    }

    private string? ReadStatus(int line, ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        var status = ReadRequiredText(line, MetaLabels.Revision, key, value);
        if (status is null || rules is null)
        {
            return status;
        }

        // Only a known status fits the workflow (and its column): a variant kept as written, such
        // as "Approved ", would match no rule, and every action on the post would be refused.
        if (ReviewStatus.Normalize(status) is { } known)
        {
            return known;
        }

        errors.Add(line, $"revision \"status\" is {ErrorList.Quote(status)}; expected one of {string.Join(", ", ReviewStatus.All)}");
        return null;
    }

    private bool FitsColumn(int line, string what, ReadOnlySpan<char> value, int maxLength)
    {
        if (rules is null || value.Length <= maxLength)
        {
            return true;
        }

        errors.Add(line, $"{what} is {value.Length:N0} characters; the most stored is {maxLength:N0}");
        return false;
    }

    private List<string>? ReadChecklist(int from, int to)
    {
        var items = ReadList(MetaLabels.Checklist, from, to);
        if (items is null || rules?.Checklist is not { } limits)
        {
            return items;
        }

        // Every non-blank line is an item here (ReadList refused the list otherwise), so the
        // n-th item is on the n-th non-blank line.
        var ok = true;
        var number = 0;
        for (var i = from; i < to; i++)
        {
            if (lines.IsBlank(i))
            {
                continue;
            }

            number++;
            var problem = number == limits.MaxItems + 1 ? limits.TooMany(items.Count) : limits.TooLong(number, items[number - 1]);
            if (problem is not null)
            {
                errors.Add(i + 1, problem);
                ok = false;
            }
        }

        return ok ? items : null;
    }
}
