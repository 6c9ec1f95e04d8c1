using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Core.Format;
using Dashboard.Web.Features.Queue;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// The queue's URL parameters and score members in the OpenAPI document. <c>GET /api/posts</c>
/// reads its query string through <see cref="QueueUrl"/>, so nothing declares them by itself: they
/// are declared from the rows <see cref="QueueUrl"/> reads (<see cref="QueueUrlParameters.All"/>),
/// typed by each row's shape, so a new filter or score appears here without an edit.
/// </summary>
internal static class QueueParameters
{
    public static RouteHandlerBuilder WithQueueParameters(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in QueueUrlParameters.All)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = parameter.Name,
                    In = ParameterLocation.Query,
                    Description = parameter.Description,
                    Schema = SchemaOf(parameter.Shape),
                    Example = Example(parameter),
                });
            }

            return Task.CompletedTask;
        });

    private static OpenApiSchema SchemaOf(QueueValueShape shape) => shape.Kind switch
    {
        QueueValueKind.Text => new() { Type = JsonSchemaType.String },
        QueueValueKind.Choice => new() { Type = JsonSchemaType.String, Enum = [.. shape.Choices!.Select(c => (JsonNode)JsonValue.Create(c))] },
        QueueValueKind.Integer => new()
        {
            Type = JsonSchemaType.Integer,
            Format = "int64",
            Minimum = shape.Minimum?.ToString(CultureInfo.InvariantCulture),
            Maximum = shape.Maximum?.ToString(CultureInfo.InvariantCulture),
        },
        QueueValueKind.Flag => new() { Type = JsonSchemaType.Boolean },
        QueueValueKind.Pattern => new() { Type = JsonSchemaType.String, Pattern = shape.Pattern },
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape.Kind, "Not a kind of queue parameter."),
    };

    private static JsonNode Example(QueueUrlParameter parameter) => parameter.Shape.Kind switch
    {
        QueueValueKind.Integer => JsonValue.Create(long.Parse(parameter.Example, CultureInfo.InvariantCulture)),
        QueueValueKind.Flag => JsonValue.Create(bool.Parse(parameter.Example)),
        _ => JsonValue.Create(parameter.Example),
    };

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
}
