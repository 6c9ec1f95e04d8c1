using System.Globalization;
using System.Text;

namespace Dashboard.Core.Format;

/// <summary>Writes the typed maps and record lists: known keys in the sample's order, then extras.</summary>
internal static class MetaMapWriter
{
    public static void Write(Scores? scores, StringBuilder builder)
    {
        if (scores is null)
        {
            return;
        }

        builder.Append(MetaLabels.Score).Append('\n');
        foreach (var score in ScoreFields.All)
        {
            Item(score.Name, score.Read(scores), builder);
        }

        Items(scores.Extra, builder);
    }

    public static void Write(Revision? revision, StringBuilder builder)
    {
        if (revision is null)
        {
            return;
        }

        builder.Append(MetaLabels.Revision).Append('\n');
        Item("status", revision.Status, builder);
        Item("version", revision.Version.ToString(), builder);
        if (revision.LastReviewed is { } date)
        {
            Item("last reviewed", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), builder);
        }

        Items(revision.Extra, builder);
    }

    public static void Write(Flags? flags, StringBuilder builder)
    {
        if (flags is null)
        {
            return;
        }

        builder.Append(MetaLabels.Flags).Append('\n');
        Item("ai generated style", flags.AiGeneratedStyle ? 1 : 0, builder);
        Item("has images", flags.HasImages ? 1 : 0, builder);
        Item("image heavy", flags.ImageHeavy ? 1 : 0, builder);
        Item("needs human review", flags.NeedsHumanReview ? 1 : 0, builder);
        Items(flags.Extra, builder);
    }

    public static void Write(Payload? payload, StringBuilder builder)
    {
        if (payload is null)
        {
            return;
        }

        builder.Append(MetaLabels.Payload).Append('\n');
        Item("source id", payload.SourceId, builder);
        if (payload.Generator is not null)
        {
            Item("generator", payload.Generator, builder);
        }

        if (payload.Paragraphs is { } paragraphs)
        {
            Item("paragraphs", paragraphs, builder);
        }

        if (payload.Scenario is not null)
        {
            Item("scenario", payload.Scenario, builder);
        }

        if (payload.Seed is { } seed)
        {
            Item("seed", seed, builder);
        }

        Items(payload.Extra, builder);
    }

    public static void Write(IReadOnlyList<Entity>? entities, StringBuilder builder)
    {
        if (entities is null)
        {
            return;
        }

        builder.Append(MetaLabels.Entities).Append('\n');
        foreach (var entity in entities)
        {
            Record("name", entity.Name, builder);
            Record("type", entity.Type, builder);
        }
    }

    public static void Write(IReadOnlyList<ImageSource>? sources, StringBuilder builder)
    {
        if (sources is null)
        {
            return;
        }

        builder.Append(MetaLabels.ImageSources).Append('\n');
        foreach (var source in sources)
        {
            Record("source", source.Source, builder);
            Record("url", source.Url, builder);
            Record("caption", source.Caption, builder);
        }
    }

    /// <summary>Writes <c>  • key: value</c> lines in the given order.</summary>
    public static void Items(IReadOnlyList<MetaPair> pairs, StringBuilder builder)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            Item(pairs[i].Key, pairs[i].Value, builder);
        }
    }

    private static void Item(string key, string value, StringBuilder builder) =>
        builder.Append(FormatText.Bullet).Append(key).Append(FormatText.KeySeparator).Append(value).Append('\n');

    private static void Item(string key, long value, StringBuilder builder) =>
        builder.Append(FormatText.Bullet).Append(key).Append(FormatText.KeySeparator)
            .Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static void Record(string key, string value, StringBuilder builder) =>
        builder.Append(FormatText.RecordBullet).Append(key).Append(FormatText.KeySeparator).Append(value).Append('\n');
}
