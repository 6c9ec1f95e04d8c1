namespace Dashboard.Web.Data;

/// <summary>
/// The data step of the AssignmentAndAging migrations (one per provider): each post's
/// StatusSinceUtc becomes the time of the latest history entry whose recorded status differs
/// before and after (whatever the action: workflow, edit, restore, undo, import), or its import
/// time when none did. Each provider reads the entries' JSON snapshots with its own functions.
/// </summary>
internal static class StatusSinceBackfill
{
    private const string Template =
        "UPDATE \"Posts\" SET \"StatusSinceUtc\" = COALESCE((SELECT MAX(h.\"AtUtc\") FROM \"PostHistory\" h " +
        "WHERE h.\"PostId\" = \"Posts\".\"Id\" AND {0}), \"ImportedAtUtc\")";

    public static string Sqlite { get; } = string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        Template,
        "json_valid(h.\"After\") AND (h.\"Before\" IS NULL OR NOT json_valid(h.\"Before\") OR json_extract(h.\"Before\", '$.status') IS NOT json_extract(h.\"After\", '$.status'))");

    public static string Postgres { get; } = string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        Template,
        "h.\"After\" IS NOT NULL AND (h.\"Before\" IS NULL OR (h.\"Before\"::jsonb ->> 'status') IS DISTINCT FROM (h.\"After\"::jsonb ->> 'status'))");
}
