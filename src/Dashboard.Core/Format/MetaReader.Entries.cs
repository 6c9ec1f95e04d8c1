namespace Dashboard.Core.Format;

/// <summary>Dispatches each known entry to the reader for its value.</summary>
internal sealed partial class MetaReader
{
    private void ReadScalar(string label, int head)
    {
        var line = head + 1;
        var value = lines[head][label.Length..];
        switch (label)
        {
            case MetaLabels.ReadingTime:
                _readingTime = ReadInt(line, label, value, "a whole number of minutes");
                return;
            case MetaLabels.ViewCount:
                _viewCount = ReadLong(line, label, value);
                return;
        }

        var text = lines.GetString(head, label.Length);
        switch (label)
        {
            case MetaLabels.Topic: _topic = text; break;
            case MetaLabels.Summary: _summary = text; break;
            case MetaLabels.AiBrief: _aiBrief = text; break;
            case MetaLabels.CodeLanguage: _codeLanguage = text; break;
            case MetaLabels.Difficulty: _difficulty = text; break;
            case MetaLabels.Reference: _reference = text; break;
            case MetaLabels.Hash: _hash = text; break;
        }
    }

    private void ReadStructured(string label, int head, int from, int to)
    {
        switch (label)
        {
            case MetaLabels.AiOutline: _aiOutline = ReadOutline(from, to); break;
            case MetaLabels.Stack: _stack = ReadList(label, from, to); break;
            case MetaLabels.Tools: _tools = ReadList(label, from, to); break;
            case MetaLabels.Checklist: _checklist = ReadChecklist(from, to); break;
            case MetaLabels.Notes: _notes = ReadList(label, from, to); break;
            case MetaLabels.Score: _score = ReadScores(head, from, to); break;
            case MetaLabels.Revision: _revision = ReadRevision(head, from, to); break;
            case MetaLabels.Flags: _flags = ReadFlags(head, from, to); break;
            case MetaLabels.Payload: _payload = ReadPayload(head, from, to); break;
            case MetaLabels.Entities: _entities = ReadEntities(from, to); break;
            case MetaLabels.ImageSources: _imageSources = ReadImageSources(from, to); break;
        }
    }

    /// <summary>Reads <c>  • item</c> lines; null after reporting any line of another shape.</summary>
    private List<string>? ReadList(string label, int from, int to)
    {
        var items = new List<string>(Math.Max(0, to - from));
        var ok = true;
        for (var i = from; i < to; i++)
        {
            if (lines.IsBlank(i))
            {
                continue;
            }

            if (!lines[i].StartsWith(FormatText.Bullet))
            {
                errors.Add(i + 1, $"\"{label}\" items must look like \"{FormatText.Bullet}item\"; found {ErrorList.Quote(lines[i])}");
                ok = false;
                continue;
            }

            items.Add(lines.GetString(i, FormatText.Bullet.Length));
        }

        return ok ? items : null;
    }

    /// <summary>Reads the ai outline: any keys, in order, repeats allowed.</summary>
    private List<MetaPair>? ReadOutline(int from, int to)
    {
        var pairs = new List<MetaPair>(Math.Max(0, to - from));
        var ok = true;
        var i = from;
        while (NextPair(ref i, to, MetaLabels.AiOutline, record: false, ref ok, out var key, out var value, out _))
        {
            pairs.Add(new MetaPair(key.ToString(), value.ToString()));
        }

        return ok ? pairs : null;
    }

    /// <summary>
    /// Moves past blank lines to the next item and splits it at its first <c>": "</c>; a line
    /// ending in <c>":"</c> has an empty value. False at the end of the entry; a malformed item
    /// is reported, clears <paramref name="ok"/> and is skipped.
    /// </summary>
    private bool NextPair(
        ref int i, int to, string label, bool record, ref bool ok,
        out ReadOnlySpan<char> key, out ReadOnlySpan<char> value, out int line)
    {
        var bullet = record ? FormatText.RecordBullet : FormatText.Bullet;
        while (i < to)
        {
            var index = i++;
            var text = lines[index];
            if (FormatText.IsBlank(text))
            {
                continue;
            }

            line = index + 1;
            if (!text.StartsWith(bullet))
            {
                var shape = record ? " (four spaces before the bullet)" : string.Empty;
                errors.Add(line, $"\"{label}\" items must look like \"{bullet}key: value\"{shape}; found {ErrorList.Quote(text)}");
                ok = false;
                continue;
            }

            var rest = text[bullet.Length..];
            var separator = rest.IndexOf(FormatText.KeySeparator);
            if (separator >= 0)
            {
                key = rest[..separator];
                value = rest[(separator + FormatText.KeySeparator.Length)..];
            }
            else if (rest.EndsWith(':'))
            {
                key = rest[..^1];
                value = [];
            }
            else
            {
                errors.Add(line, $"\"{label}\" item {ErrorList.Quote(rest)} is not \"key: value\"");
                ok = false;
                continue;
            }

            if (!key.IsEmpty)
            {
                return true;
            }

            errors.Add(line, $"\"{label}\" item {ErrorList.Quote(rest)} has an empty key");
            ok = false;
        }

        key = default;
        value = default;
        line = 0;
        return false;
    }
}
