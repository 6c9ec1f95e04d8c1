using Dashboard.Core.Checks;

namespace Dashboard.Web.Data.Imports;

/// <summary>
/// The PostChecks columns the stores write for each failing check, besides <c>PostId</c>, which
/// each store fills its own way. A test compares the list with the EF model, as for <see cref="PostColumns"/>.
/// </summary>
public static class CheckColumns
{
    public static readonly IReadOnlyList<CheckColumn> All =
    [
        new("CheckId", PostColumnType.Text, c => c.CheckId),
        new("Severity", PostColumnType.Integer, c => (int)c.Severity),
        new("Message", PostColumnType.Text, c => c.Message),
        new("Field", PostColumnType.Text, c => c.Place.Field),
        new("FieldKey", PostColumnType.Text, c => c.Place.Key),
        new("Item", PostColumnType.Integer, c => c.Place.Item),
        new("Line", PostColumnType.Integer, c => c.Place.Line),
    ];
}

/// <summary>One column of a failing check's row and its value.</summary>
public sealed record CheckColumn(string Name, PostColumnType Type, Func<CheckResult, object?> Value);
