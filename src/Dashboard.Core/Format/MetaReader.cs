namespace Dashboard.Core.Format;

/// <summary>
/// Reads the meta section: splits it into entries (a head line and the indented lines under it),
/// types the known ones and keeps the unknown ones verbatim, recording the order of all of them.
/// Errors are collected, not thrown, so one pass reports every bad entry. With
/// <see cref="ImportRules"/> it also checks what the dashboard requires of a stored post.
/// </summary>
internal sealed partial class MetaReader(LineTable lines, ErrorList errors, ImportRules? rules)
{
    private static readonly int PayloadId = Array.FindIndex(KnownLabels.All, known => known.Label == MetaLabels.Payload);

    private readonly int[] _seenOnLine = new int[KnownLabels.Count];
    private readonly List<string> _order = new(KnownLabels.Count);
    private List<UnknownMetaEntry>? _unknown;

    private string? _topic, _summary, _aiBrief, _codeLanguage, _difficulty, _reference, _hash;
    private int? _readingTime;
    private long? _viewCount;
    private IReadOnlyList<MetaPair>? _aiOutline;
    private IReadOnlyList<string>? _stack, _tools, _checklist, _notes;
    private Scores? _score;
    private Revision? _revision;
    private Flags? _flags;
    private Payload? _payload;
    private IReadOnlyList<Entity>? _entities;
    private IReadOnlyList<ImageSource>? _imageSources;

    /// <summary>Reads lines <paramref name="from"/> to <paramref name="to"/> (exclusive), which follow the marker line.</summary>
    public PostMeta Read(int markerIndex, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            if (lines.IsBlank(i))
            {
                i++;
                continue;
            }

            var itemsEnd = i + 1;
            var hasItems = false;
            while (itemsEnd < to && (FormatText.IsIndented(lines[itemsEnd]) || lines.IsBlank(itemsEnd)))
            {
                hasItems |= !lines.IsBlank(itemsEnd);
                itemsEnd++;
            }

            ReadEntry(markerIndex, i, itemsEnd, hasItems);
            i = itemsEnd;
        }

        if (_seenOnLine[PayloadId] == 0)
        {
            errors.Add(markerIndex + 1, "the meta section has no \"payload\" entry, so the post has no source id");
        }

        return Build();
    }

    private void ReadEntry(int markerIndex, int head, int itemsEnd, bool hasItems)
    {
        var line = lines[head];
        if (FormatText.IsIndented(line))
        {
            errors.Add(head + 1, $"indented line {ErrorList.Quote(line)} comes before any meta label");
            return;
        }

        if (FormatText.TrimEnd(line).SequenceEqual(FormatText.MetaMarker))
        {
            errors.Add(head + 1, $"\"{FormatText.MetaMarker}\" appears again (first on line {markerIndex + 1})");
            return;
        }

        var id = KnownLabels.MatchStructured(line);
        if (id >= 0)
        {
            if (Claim(id, head))
            {
                ReadStructured(KnownLabels.All[id].Label, head, head + 1, itemsEnd);
            }

            return;
        }

        id = KnownLabels.MatchScalar(line);
        if (id < 0)
        {
            AddUnknown(head, itemsEnd);
            return;
        }

        var label = KnownLabels.All[id].Label;
        if (!hasItems)
        {
            if (Claim(id, head))
            {
                ReadScalar(label, head);
            }
        }
        else if (FormatText.TrimEnd(line).Length == label.Length)
        {
            errors.Add(head + 1, $"\"{label}\" takes its value on the same line, as in \"{label}value\"; it cannot have \"  • \" items below it");
        }
        else
        {
            // A longer label that starts like a known one ("topics", "hashtags") and has items of its own.
            AddUnknown(head, itemsEnd);
        }
    }

    private bool Claim(int id, int head)
    {
        var label = KnownLabels.All[id].Label;
        if (_seenOnLine[id] != 0)
        {
            errors.Add(head + 1, $"\"{label}\" appears twice in the meta section (first on line {_seenOnLine[id]})");
            return false;
        }

        _seenOnLine[id] = head + 1;
        _order.Add(label);
        return true;
    }

    private void AddUnknown(int head, int itemsEnd)
    {
        var items = new List<string>(itemsEnd - head - 1);
        for (var i = head + 1; i < itemsEnd; i++)
        {
            if (!lines.IsBlank(i))
            {
                items.Add(lines.GetString(i));
            }
        }

        _unknown ??= [];
        _order.Add("?" + _unknown.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _unknown.Add(new UnknownMetaEntry(lines.GetString(head), items));
    }

    private PostMeta Build() => new()
    {
        Topic = _topic,
        Summary = _summary,
        AiOutline = _aiOutline,
        AiBrief = _aiBrief,
        Stack = _stack,
        Tools = _tools,
        CodeLanguage = _codeLanguage,
        Difficulty = _difficulty,
        ReadingTime = _readingTime,
        ViewCount = _viewCount,
        Score = _score,
        Revision = _revision,
        Reference = _reference,
        Hash = _hash,
        Flags = _flags,
        Checklist = _checklist,
        Entities = _entities,
        ImageSources = _imageSources,
        Payload = _payload,
        Notes = _notes,
        Unknown = _unknown ?? (IReadOnlyList<UnknownMetaEntry>)[],
        Order = _order,
    };
}
