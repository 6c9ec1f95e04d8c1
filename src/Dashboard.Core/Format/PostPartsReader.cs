namespace Dashboard.Core.Format;

/// <summary>Finds the parts of a decoded file (title, body, meta) and hands each to its reader.</summary>
internal static class PostPartsReader
{
    public static ParseResult Read(string text, ImportRules? rules)
    {
        var errors = new ErrorList();

        // Every leading byte-order mark goes: keeping a second one in the title would make the
        // written file start with a mark the next read strips, and the title would change.
        var offset = 0;
        while (offset < text.Length && text[offset] == '\uFEFF')
        {
            offset++;
        }

        if (offset == text.Length)
        {
            return Fail(errors, 1, "file is empty");
        }

        if (!TextInput.IsText(text, offset, errors))
        {
            return ParseResult.Failure(errors.ToList());
        }

        using var lines = new LineTable(text, offset);
        return Read(lines, errors, rules);
    }

    private static ParseResult Read(LineTable lines, ErrorList errors, ImportRules? rules)
    {
        var last = lines.Count - 1;
        while (last >= 0 && lines.IsBlank(last))
        {
            last--;
        }

        if (last < 0)
        {
            return Fail(errors, 1, "file is empty (it has only blank lines)");
        }

        var marker = FindMarker(lines, last);
        if (marker < 0)
        {
            return Fail(errors, last + 1, $"the file looks truncated: it has no \"{FormatText.MetaMarker}\" line, so the meta section is missing");
        }

        if (last == marker || !FormatText.TrimEnd(lines[last]).SequenceEqual(FormatText.LastLine))
        {
            return Fail(errors, last + 1, $"the file looks truncated: its last line is {ErrorList.Quote(lines[last])}, but an export ends with \"{FormatText.LastLine}\"");
        }

        if (lines.IsBlank(0))
        {
            errors.Add(1, "the title is empty; the first line of the file must be the post's title");
        }

        var body = BodyReader.Read(lines, 1, marker);
        var meta = new MetaReader(lines, errors, rules).Read(marker, marker + 1, last);
        if (errors.Any)
        {
            return ParseResult.Failure(errors.ToList());
        }

        return ParseResult.Success(new Post { Title = lines.GetString(0), Body = body, Meta = meta });
    }

    // The first marker after the title ends the body; a later one is reported by the meta reader.
    private static int FindMarker(LineTable lines, int last)
    {
        for (var i = 1; i <= last; i++)
        {
            var line = lines[i];
            if (line.Length >= FormatText.MetaMarker.Length && FormatText.TrimEnd(line).SequenceEqual(FormatText.MetaMarker))
            {
                return i;
            }
        }

        return -1;
    }

    private static ParseResult Fail(ErrorList errors, int line, string message)
    {
        errors.Add(line, message);
        return ParseResult.Failure(errors.ToList());
    }
}
