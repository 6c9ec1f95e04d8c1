namespace Dashboard.Core.Format;

/// <summary>Collects parse errors, capped so a garbage file cannot produce a huge report.</summary>
internal sealed class ErrorList
{
    public const int Limit = 20;

    private List<ParseError>? _errors;
    private int _dropped;
    private int _firstDroppedLine;

    public bool Any => _errors is not null;

    public void Add(int line, string message)
    {
        _errors ??= new List<ParseError>(4);
        if (_errors.Count < Limit)
        {
            _errors.Add(new ParseError(line, message));
            return;
        }

        if (_dropped++ == 0)
        {
            _firstDroppedLine = line;
        }
    }

    public IReadOnlyList<ParseError> ToList()
    {
        if (_errors is null)
        {
            return [];
        }

        var list = _errors.OrderBy(e => e.Line).ToList();
        if (_dropped > 0)
        {
            list.Add(new ParseError(_firstDroppedLine, $"{_dropped} more errors not shown; fix the ones above first"));
        }

        return list;
    }

    /// <summary>A value quoted for a message, shortened so one bad line cannot flood the report.</summary>
    public static string Quote(ReadOnlySpan<char> value)
    {
        const int max = 60;
        if (value.Length <= max)
        {
            return "\"" + value.ToString() + "\"";
        }

        // Never cut a surrogate pair in half: the message must stay valid text.
        var cut = char.IsHighSurrogate(value[max - 2]) ? max - 2 : max - 1;
        var shown = string.Concat(value[..cut], "…");
        return "\"" + shown + "\"";
    }
}
