using Dashboard.Core.Format;
using Dashboard.Web.Features.Queue;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// The queue's URL parameters and score members in the OpenAPI document. <c>GET /api/posts</c>
/// reads its query string through <see cref="QueueUrl"/>, so nothing declares them by itself; the
/// scores come from <see cref="ScoreFields.All"/>, so a new score appears here without an edit.
/// </summary>
internal static class QueueParameters
{
    private static readonly (string Name, string Description)[] Fixed =
    [
        ("q", "Words in the title, topic or summary; each must start a word."),
        ("status", "Only posts with this status."),
        ("difficulty", "Only posts with this difficulty."),
        ("stack", "Only posts with this stack entry."),
        ("tool", "Only posts with this tool."),
        ("check", $"Only posts failing this check ({string.Join(", ", Dashboard.Core.Checks.Check.All.Select(c => c.Id))}), or {Checks.CheckFilterValue.AnyError}: any check of error severity."),
        ("assignee", $"Only posts assigned to this account (its user name); {AssigneeFilter.Me}: to the caller; {AssigneeFilter.Mine}: assigned to or claimed by the caller (My work); {AssigneeFilter.None}: to nobody."),
        ("waiting", $"A number N: only posts that have waited in their status more than N days; {WaitingFilter.Overdue}: only posts past their status's due time (Review:DueDays)."),
        ("cluster", "Only the members of this near-copy cluster (its id, as clusterId in a post)."),
        ("minclustersize", "Only posts in a near-copy cluster of at least this many posts (2 or more)."),
        (QueueUrl.ConflictsParameter, "1: only posts with an open import conflict (a newer file waiting beside reviewers' work), whatever their status."),
        ("all", "1: every post, not only those needing review."),
        ("sort", $"The column to sort by: {string.Join(", ", QueueSort.All.Select(s => s.Name))} (default {QueueSort.Default.Name})."),
        ("desc", "1: sort descending."),
        ("page", "The page, from 1."),
        ("size", $"Rows per page, 1-200 (default {QueueFilter.DefaultPageSize})."),
    ];

    public static RouteHandlerBuilder WithQueueParameters(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description) in Fixed)
            {
                operation.Parameters.Add(Query(name, description));
            }

            foreach (var score in ScoreFields.All)
            {
                operation.Parameters.Add(Query(score.Name, $"Only posts whose {score.Name} is in min-max, such as {score.Name}={score.Min}-{score.Max}."));
            }

            return Task.CompletedTask;
        });

    /// <summary>A queue row's scores, written as members by name (<see cref="QueueRow.ScoreMembers"/>).</summary>
    public static OpenApiOptions AddQueueRowScores(this OpenApiOptions options) =>
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(QueueRow))
            {
                schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
                foreach (var score in ScoreFields.All)
                {
                    schema.Properties[score.Name] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Integer | JsonSchemaType.Null,
                        Minimum = score.Min.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Maximum = score.Max.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Description = $"{score.Label}, or null when the file had no scores.",
                    };
                }
            }

            return Task.CompletedTask;
        });

    private static OpenApiParameter Query(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
