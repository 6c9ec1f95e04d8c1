namespace Dashboard.Core.Review;

/// <summary>Who acts: a signed-in person or an API token, with their role.</summary>
public sealed record Reviewer(string Name, Role Role)
{
    /// <summary>Set when the action is part of a bulk action, so the batch can be undone as one.</summary>
    public Guid? BulkId { get; init; }
}
