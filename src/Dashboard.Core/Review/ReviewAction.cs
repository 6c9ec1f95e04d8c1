namespace Dashboard.Core.Review;

/// <summary>What a reviewer can do to a post.</summary>
public enum ReviewAction
{
    /// <summary>Add, reword, remove or reorder checklist items.</summary>
    EditChecklist,

    /// <summary>Bump the version: patch, minor or major.</summary>
    BumpVersion,

    /// <summary>Send the post to a lead for approval.</summary>
    SubmitForApproval,

    /// <summary>Send the post back to its editor, with a note.</summary>
    RequestChanges,

    /// <summary>Approve the post for the search index.</summary>
    Approve,

    /// <summary>Set status, version and last reviewed directly.</summary>
    EditRevision,

    /// <summary>Record that the search indexer has taken the post.</summary>
    MarkIndexed,

    /// <summary>Put an earlier revision of the post back.</summary>
    RestoreRevision,

    /// <summary>Put back what a bulk action changed (the bulk service checks the original action's permission).</summary>
    UndoBulk,

    /// <summary>Take the newer imported file that arrived after reviewers had worked on the post.</summary>
    AcceptImport,
}

/// <summary>The kinds of version bump.</summary>
public enum VersionBump
{
    /// <summary>1.5.3 to 1.5.4.</summary>
    Patch,

    /// <summary>1.5.3 to 1.6.0.</summary>
    Minor,

    /// <summary>1.5.3 to 2.0.0.</summary>
    Major,
}
