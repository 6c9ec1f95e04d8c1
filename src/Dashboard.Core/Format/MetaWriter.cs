using System.Globalization;
using System.Text;

namespace Dashboard.Core.Format;

/// <summary>Writes the meta entries, one line or label-plus-items each, with no blank lines between.</summary>
internal static class MetaWriter
{
    public static void Write(PostMeta meta, StringBuilder builder)
    {
        Span<bool> written = stackalloc bool[KnownLabels.Count];
        Span<bool> unknownWritten = meta.Unknown.Count <= 64 ? stackalloc bool[meta.Unknown.Count] : new bool[meta.Unknown.Count];

        foreach (var key in meta.Order)
        {
            if (key.StartsWith('?'))
            {
                if (int.TryParse(key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < meta.Unknown.Count && !unknownWritten[index])
                {
                    unknownWritten[index] = true;
                    WriteUnknown(meta.Unknown[index], builder);
                }

                continue;
            }

            var id = IdOf(key);
            if (id >= 0 && !written[id])
            {
                written[id] = true;
                WriteKnown(meta, KnownLabels.All[id].Label, builder);
            }
        }

        for (var id = 0; id < KnownLabels.Count; id++)
        {
            if (!written[id])
            {
                WriteKnown(meta, KnownLabels.All[id].Label, builder);
            }
        }

        for (var index = 0; index < meta.Unknown.Count; index++)
        {
            if (!unknownWritten[index])
            {
                WriteUnknown(meta.Unknown[index], builder);
            }
        }
    }

    private static int IdOf(string label)
    {
        for (var id = 0; id < KnownLabels.Count; id++)
        {
            if (ReferenceEquals(label, KnownLabels.All[id].Label) || label == KnownLabels.All[id].Label)
            {
                return id;
            }
        }

        return -1;
    }

    private static void WriteKnown(PostMeta meta, string label, StringBuilder builder)
    {
        switch (label)
        {
            case MetaLabels.Topic: Scalar(label, meta.Topic, builder); break;
            case MetaLabels.Summary: Scalar(label, meta.Summary, builder); break;
            case MetaLabels.AiOutline: Pairs(label, meta.AiOutline, builder); break;
            case MetaLabels.AiBrief: Scalar(label, meta.AiBrief, builder); break;
            case MetaLabels.Stack: List(label, meta.Stack, builder); break;
            case MetaLabels.Tools: List(label, meta.Tools, builder); break;
            case MetaLabels.CodeLanguage: Scalar(label, meta.CodeLanguage, builder); break;
            case MetaLabels.Difficulty: Scalar(label, meta.Difficulty, builder); break;
            case MetaLabels.ReadingTime: Number(label, meta.ReadingTime, builder); break;
            case MetaLabels.ViewCount: Number(label, meta.ViewCount, builder); break;
            case MetaLabels.Score: MetaMapWriter.Write(meta.Score, builder); break;
            case MetaLabels.Revision: MetaMapWriter.Write(meta.Revision, builder); break;
            case MetaLabels.Reference: Scalar(label, meta.Reference, builder); break;
            case MetaLabels.Hash: Scalar(label, meta.Hash, builder); break;
            case MetaLabels.Flags: MetaMapWriter.Write(meta.Flags, builder); break;
            case MetaLabels.Checklist: List(label, meta.Checklist, builder); break;
            case MetaLabels.Entities: MetaMapWriter.Write(meta.Entities, builder); break;
            case MetaLabels.ImageSources: MetaMapWriter.Write(meta.ImageSources, builder); break;
            case MetaLabels.Payload: MetaMapWriter.Write(meta.Payload, builder); break;
            case MetaLabels.Notes: List(label, meta.Notes, builder); break;
        }
    }

    private static void Scalar(string label, string? value, StringBuilder builder)
    {
        if (value is not null)
        {
            builder.Append(label).Append(value).Append('\n');
        }
    }

    private static void Number(string label, long? value, StringBuilder builder)
    {
        if (value is { } number)
        {
            builder.Append(label).Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static void List(string label, IReadOnlyList<string>? items, StringBuilder builder)
    {
        if (items is null)
        {
            return;
        }

        builder.Append(label).Append('\n');
        for (var i = 0; i < items.Count; i++)
        {
            builder.Append(FormatText.Bullet).Append(items[i]).Append('\n');
        }
    }

    private static void Pairs(string label, IReadOnlyList<MetaPair>? pairs, StringBuilder builder)
    {
        if (pairs is null)
        {
            return;
        }

        builder.Append(label).Append('\n');
        MetaMapWriter.Items(pairs, builder);
    }

    private static void WriteUnknown(UnknownMetaEntry entry, StringBuilder builder)
    {
        builder.Append(entry.Line).Append('\n');
        foreach (var line in entry.ItemLines)
        {
            builder.Append(line).Append('\n');
        }
    }
}
