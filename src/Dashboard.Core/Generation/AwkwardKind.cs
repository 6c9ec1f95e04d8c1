namespace Dashboard.Core.Generation;

/// <summary>The ways a generated file departs from the sample's shape.</summary>
public enum AwkwardKind
{
    /// <summary>An ordinary canonical export.</summary>
    None,

    // Valid: the parser accepts these.

    /// <summary>CRLF line endings.</summary>
    CrLf,

    /// <summary>A UTF-8 byte-order mark before the title.</summary>
    ByteOrderMark,

    /// <summary>Meta entries with labels the parser does not know, scalar and with items.</summary>
    UnknownLabels,

    /// <summary>List and map entries with no items.</summary>
    EmptyLists,

    /// <summary>Optional meta entries left out.</summary>
    MissingOptionalEntries,

    /// <summary>Accented letters, CJK and emoji in text fields.</summary>
    NonAscii,

    /// <summary>Script tags, an image with an onerror handler and a javascript: link in text fields.</summary>
    MarkupInText,

    /// <summary>View count and seed far beyond 32 bits.</summary>
    LargeNumbers,

    /// <summary>The source id of an earlier post again: a valid file the importer must notice.</summary>
    DuplicateSourceId,

    // Invalid: the parser rejects these.

    /// <summary>A value of the wrong form: a score, flag, version, date or number.</summary>
    MalformedValue,

    /// <summary>Cut short before the final <c>Similar Posts</c> line.</summary>
    Truncated,

    /// <summary>Zero bytes.</summary>
    Empty,

    /// <summary>Random bytes with NULs, like an image saved under the wrong name.</summary>
    Binary,

    /// <summary>Text saved as Latin-1 rather than UTF-8.</summary>
    NotUtf8,

    /// <summary>A known meta label twice.</summary>
    DuplicateLabel,

    /// <summary>A payload without its source id.</summary>
    MissingSourceId,
}
