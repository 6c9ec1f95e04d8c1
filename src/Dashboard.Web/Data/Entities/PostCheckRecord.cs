using Dashboard.Core.Checks;

namespace Dashboard.Web.Data.Entities;

/// <summary>
/// One check a post fails (see <c>Dashboard.Core.Checks</c>), as last computed: at import and
/// after every change to its content. A post's rows are replaced whole each time, so they always
/// describe the stored document; a post that passes every check has none.
/// </summary>
public sealed class PostCheckRecord
{
    public long Id { get; set; }
    public long PostId { get; set; }

    /// <summary>The <see cref="Check.Id"/>, such as <c>reading-time</c>.</summary>
    public required string CheckId { get; set; }

    public CheckSeverity Severity { get; set; }

    /// <summary>What is wrong, naming the field or the article's line.</summary>
    public required string Message { get; set; }

    /// <summary>The meta field the check points at (its label), or null for a place in the article alone.</summary>
    public string? Field { get; set; }

    /// <summary>The key inside a map field, such as <c>paragraphs</c> in <c>payload</c>.</summary>
    public string? FieldKey { get; set; }

    /// <summary>The 1-based item of a list field.</summary>
    public int? Item { get; set; }

    /// <summary>The 1-based line of the stored document the check points at.</summary>
    public int? Line { get; set; }
}
