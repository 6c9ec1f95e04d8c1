namespace Dashboard.Core.Format;

/// <summary>
/// What the dashboard requires of a file it stores, beyond the format itself: given to
/// <see cref="PostParser"/> at import, so a file that breaks one is refused by line like any
/// malformed value. Under these rules the source id follows <see cref="SourceIdRule"/>, no value
/// is longer than its column (<see cref="FieldLimits"/>), the revision status is one the workflow
/// knows (case and spacing aside: <c>Approved </c> reads as <c>approved</c>), and the checklist
/// keeps to <see cref="Checklist"/>. Without them the parser reads any well-formed file, as it
/// must for documents already stored.
/// </summary>
/// <param name="Checklist">The checklist limits, from the settings.</param>
public sealed record ImportRules(ChecklistLimits Checklist);
