namespace Dashboard.Core.Format;

/// <summary>
/// Reads lists of records (entities, image sources): <c>    • key: value</c> lines where a
/// record ends where its first key comes again. Records have no place for other keys, so an
/// unknown key is an error rather than data silently dropped.
/// </summary>
internal sealed partial class MetaReader
{
    private static readonly string[] EntityKeys = ["name", "type"];
    private static readonly string[] ImageSourceKeys = ["source", "url", "caption"];

    private List<Entity>? ReadEntities(int from, int to)
    {
        var records = ReadRecords(MetaLabels.Entities, from, to, EntityKeys);
        return records?.ConvertAll(values => new Entity(values[0], values[1]));
    }

    private List<ImageSource>? ReadImageSources(int from, int to)
    {
        var records = ReadRecords(MetaLabels.ImageSources, from, to, ImageSourceKeys);
        return records?.ConvertAll(values => new ImageSource(values[0], values[1], values[2]));
    }

    private List<string[]>? ReadRecords(string label, int from, int to, string[] keys)
    {
        var records = new List<string[]>(4);
        Span<int> seen = stackalloc int[keys.Length];
        string[]? current = null;
        var firstKey = -1;
        var recordLine = 0;
        var ok = true;
        var i = from;
        while (NextPair(ref i, to, label, record: true, ref ok, out var key, out var value, out var line))
        {
            var k = KeyIndex(key, keys);
            if (k < 0)
            {
                errors.Add(line, $"{label} record has an unknown key {ErrorList.Quote(key)}; records have {JoinKeys(keys)}");
                ok = false;
                continue;
            }

            if (current is null || k == firstKey)
            {
                ok &= current is null || CloseRecord(label, keys, seen, recordLine, current, records);
                current = new string[keys.Length];
                seen.Clear();
                firstKey = k;
                recordLine = line;
            }

            if (FirstTime(seen, k, line, label, keys, inRecord: true))
            {
                current[k] = value.ToString();
            }
            else
            {
                ok = false;
            }
        }

        ok &= current is null || CloseRecord(label, keys, seen, recordLine, current, records);
        return ok ? records : null;
    }

    private bool CloseRecord(string label, string[] keys, Span<int> seen, int recordLine, string[] record, List<string[]> records)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            if (seen[k] == 0)
            {
                errors.Add(recordLine, $"{label} record starting here has no \"{keys[k]}\"; each record needs {JoinKeys(keys)}");
                return false;
            }
        }

        records.Add(record);
        return true;
    }
}
