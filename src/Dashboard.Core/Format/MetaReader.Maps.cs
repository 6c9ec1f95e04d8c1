namespace Dashboard.Core.Format;

/// <summary>Reads the typed maps: score, revision, flags and payload. Unknown keys go to <c>Extra</c>.</summary>
internal sealed partial class MetaReader
{
    private static readonly string[] ScoreKeys = [.. ScoreFields.All.Select(s => s.Name)];
    private static readonly string[] RevisionKeys = ["status", "version", "last reviewed"];
    private static readonly string[] FlagKeys = ["ai generated style", "has images", "image heavy", "needs human review"];
    private static readonly string[] PayloadKeys = ["source id", "generator", "paragraphs", "scenario", "seed"];

    private Scores? ReadScores(int head, int from, int to)
    {
        Span<int> seen = stackalloc int[ScoreKeys.Length];
        Span<int> scores = stackalloc int[ScoreKeys.Length];
        List<MetaPair>? extra = null;
        var ok = true;
        var i = from;
        while (NextPair(ref i, to, MetaLabels.Score, record: false, ref ok, out var key, out var value, out var line))
        {
            var k = KeyIndex(key, ScoreKeys);
            if (k < 0)
            {
                (extra ??= []).Add(new MetaPair(key.ToString(), value.ToString()));
            }
            else if (FirstTime(seen, k, line, MetaLabels.Score, ScoreKeys) && ReadScore(line, ScoreFields.All[k], value) is { } score)
            {
                scores[k] = score;
            }
            else
            {
                ok = false;
            }
        }

        // Missing keys are reported only when every item read cleanly: a malformed item is
        // usually the "missing" key, and one error says it better than two.
        ok = ok && HasAll(seen, head, MetaLabels.Score, ScoreKeys, required: ScoreKeys.Length);
        return ok ? new Scores(scores) { Extra = extra ?? [] } : null;
    }

    private Revision? ReadRevision(int head, int from, int to)
    {
        Span<int> seen = stackalloc int[RevisionKeys.Length];
        string? status = null;
        SemVersion? version = null;
        DateOnly? lastReviewed = null;
        List<MetaPair>? extra = null;
        var ok = true;
        var i = from;
        while (NextPair(ref i, to, MetaLabels.Revision, record: false, ref ok, out var key, out var value, out var line))
        {
            var k = KeyIndex(key, RevisionKeys);
            if (k < 0)
            {
                (extra ??= []).Add(new MetaPair(key.ToString(), value.ToString()));
                continue;
            }

            if (!FirstTime(seen, k, line, MetaLabels.Revision, RevisionKeys))
            {
                ok = false;
                continue;
            }

            switch (k)
            {
                case 0:
                    status = ReadStatus(line, key, value);
                    ok &= status is not null;
                    break;
                case 1:
                    version = FitsColumn(line, "revision \"version\"", value, FieldLimits.Version) ? ReadVersion(line, value) : null;
                    ok &= version is not null;
                    break;
                default:
                    lastReviewed = ReadDate(line, value);
                    ok &= lastReviewed is not null;
                    break;
            }
        }

        // "last reviewed" may be missing: a draft that nobody has reviewed yet has no date.
        ok = ok && HasAll(seen, head, MetaLabels.Revision, RevisionKeys, required: 2);
        return ok ? new Revision(status!, version!, lastReviewed) { Extra = extra ?? [] } : null;
    }

    private Flags? ReadFlags(int head, int from, int to)
    {
        Span<int> seen = stackalloc int[FlagKeys.Length];
        Span<bool> flags = stackalloc bool[FlagKeys.Length];
        List<MetaPair>? extra = null;
        var ok = true;
        var i = from;
        while (NextPair(ref i, to, MetaLabels.Flags, record: false, ref ok, out var key, out var value, out var line))
        {
            var k = KeyIndex(key, FlagKeys);
            if (k < 0)
            {
                (extra ??= []).Add(new MetaPair(key.ToString(), value.ToString()));
            }
            else if (FirstTime(seen, k, line, MetaLabels.Flags, FlagKeys) && ReadFlag(line, key, value) is { } flag)
            {
                flags[k] = flag;
            }
            else
            {
                ok = false;
            }
        }

        // Every flag is required: a missing "needs human review" read as 0 would skip a review.
        ok = ok && HasAll(seen, head, MetaLabels.Flags, FlagKeys, required: FlagKeys.Length);
        return ok ? new Flags(flags[0], flags[1], flags[2], flags[3]) { Extra = extra ?? [] } : null;
    }

    private Payload? ReadPayload(int head, int from, int to)
    {
        Span<int> seen = stackalloc int[PayloadKeys.Length];
        string? sourceId = null, generator = null, scenario = null;
        int? paragraphs = null;
        long? seed = null;
        List<MetaPair>? extra = null;
        var ok = true;
        var i = from;
        while (NextPair(ref i, to, MetaLabels.Payload, record: false, ref ok, out var key, out var value, out var line))
        {
            var k = KeyIndex(key, PayloadKeys);
            if (k < 0)
            {
                (extra ??= []).Add(new MetaPair(key.ToString(), value.ToString()));
                continue;
            }

            if (!FirstTime(seen, k, line, MetaLabels.Payload, PayloadKeys))
            {
                ok = false;
                continue;
            }

            switch (k)
            {
                case 0:
                    sourceId = ReadSourceId(line, key, value);
                    ok &= sourceId is not null;
                    break;
                case 1:
                    generator = value.ToString();
                    break;
                case 2:
                    paragraphs = ReadInt(line, "payload \"paragraphs\"", value, "a whole number");
                    ok &= paragraphs is not null;
                    break;
                case 3:
                    scenario = value.ToString();
                    break;
                default:
                    seed = ReadLong(line, "payload \"seed\"", value);
                    ok &= seed is not null;
                    break;
            }
        }

        if (ok && seen[0] == 0)
        {
            errors.Add(head + 1, "payload has no \"source id\"; the source id is the post's identity, so it is required");
            ok = false;
        }

        return ok ? new Payload(sourceId!, generator, paragraphs, scenario, seed) { Extra = extra ?? [] } : null;
    }
}
