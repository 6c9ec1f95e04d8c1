using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// The rules every endpoint of the API keeps, checked by walking the app's own OpenAPI document,
/// so an endpoint added later is held to them without a test of its own: signing in declared and
/// required, refusals as problem details, If-Match with 412 and 428 on every state-changing call
/// (or the reason it takes none), every query parameter typed, the queue's parameters all declared.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiContractTests(ApiApp app)
{
    private static CancellationToken Ct => ApiRequests.Ct;

    private Task<ApiDocument> DocumentAsync() => ApiDocument.ReadAsync(app.Client(Caller.Anonymous));

    [Fact]
    public async Task Every_operation_requires_a_declared_sign_in_and_answers_401_and_403()
    {
        var document = await DocumentAsync();
        var schemes = document.SecuritySchemes.ToHashSet();
        Assert.Contains("bearer", schemes);
        Assert.Contains("cookie", schemes);
        Assert.NotEmpty(document.Operations);
        foreach (var operation in document.Operations)
        {
            var security = default(JsonElement);
            Assert.True(operation.Json.TryGetProperty("security", out security) && security.GetArrayLength() > 0, $"{operation.Name} declares no security requirement");
            foreach (var requirement in security.EnumerateArray())
            {
                foreach (var scheme in requirement.EnumerateObject())
                {
                    Assert.True(schemes.Contains(scheme.Name), $"{operation.Name} requires the undeclared scheme {scheme.Name}");
                }
            }

            Assert.True(operation.Answers(401) && operation.Answers(403), $"{operation.Name} does not declare 401 and 403");
        }
    }

    [Fact]
    public async Task Every_refusal_in_the_document_is_problem_details()
    {
        var document = await DocumentAsync();
        foreach (var operation in document.Operations)
        {
            Assert.True(operation.Answers(500), $"{operation.Name} does not declare 500");
            foreach (var (code, response) in operation.Responses.Where(r => int.Parse(r.Code, CultureInfo.InvariantCulture) >= 400))
            {
                var problem = default(JsonElement);
                Assert.True(response.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out problem),
                    $"{operation.Name} {code} is not declared as application/problem+json");
                var schema = document.Resolve(problem.GetProperty("schema"));
                foreach (var member in new[] { "type", "title", "status", "detail" })
                {
                    Assert.True(schema.GetProperty("properties").TryGetProperty(member, out _), $"{operation.Name} {code}: the problem schema lacks {member}");
                }
            }
        }
    }

    [Fact]
    public async Task Every_state_changing_operation_declares_if_match_with_412_and_428_or_says_why_it_takes_none()
    {
        var document = await DocumentAsync();
        var changes = document.Operations.Where(op => op.ChangesState).ToList();
        Assert.Contains(changes, op => op.DeclaresIfMatch);
        foreach (var operation in changes)
        {
            if (operation.Json.TryGetProperty("x-no-if-match", out var reason))
            {
                Assert.False(string.IsNullOrWhiteSpace(reason.GetString()), $"{operation.Name}: x-no-if-match gives no reason");
                Assert.False(operation.DeclaresIfMatch, $"{operation.Name} both declares If-Match and says it takes none");
                continue;
            }

            Assert.True(operation.DeclaresIfMatch, $"{operation.Name} changes state but neither declares a required If-Match header nor says why not (ChangesPost() or TakesNoIfMatch(reason))");
            Assert.True(operation.Answers(412) && operation.Answers(428), $"{operation.Name} declares If-Match without 412 and 428");
        }
    }

    [Fact]
    public async Task Every_operation_declaring_if_match_answers_428_without_it()
    {
        var document = await DocumentAsync();
        using var admin = app.WithToken(app.Tokens[Core.Review.Role.Admin]);
        var sourceId = await app.NewPostAsync();
        var before = await app.RowVersionAsync(sourceId);
        var checkedAny = false;
        foreach (var operation in document.Operations.Where(op => op.DeclaresIfMatch))
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Path.Replace("{sourceId}", sourceId, StringComparison.Ordinal));
            using var response = await admin.SendAsync(request, Ct);
            await ApiRequests.ProblemOf(response, 428);
            checkedAny = true;
        }

        Assert.True(checkedAny);
        Assert.Equal(before, await app.RowVersionAsync(sourceId));
    }

    [Fact]
    public async Task Every_query_parameter_is_typed_and_described()
    {
        var document = await DocumentAsync();
        foreach (var operation in document.Operations)
        {
            foreach (var parameter in operation.ParametersIn("query"))
            {
                var name = parameter.GetProperty("name").GetString();
                var schema = default(JsonElement);
                Assert.True(parameter.TryGetProperty("schema", out schema) && (schema.TryGetProperty("type", out _) || schema.TryGetProperty("enum", out _)),
                    $"{operation.Name}: the query parameter {name} has no type");
                if (operation.Name is "ListPosts" or "GetIndexFeed")
                {
                    Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), $"{operation.Name}: {name} is not described");
                }
            }
        }
    }

    [Fact]
    public async Task The_queue_listing_declares_each_parameter_the_queue_reads_and_each_changes_the_filter()
    {
        var listing = (await DocumentAsync()).Operation("ListPosts");
        var declared = listing.ParametersIn("query").ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(QueueUrlParameters.All.Select(p => p.Name).Order(), declared.Keys.Order());
        foreach (var (name, parameter) in declared)
        {
            // The document's own example, sent as a client would send it, is read by the queue.
            var example = parameter.GetProperty("example");
            var value = example.ValueKind is JsonValueKind.True or JsonValueKind.False ? example.GetBoolean().ToString().ToLowerInvariant() : example.ToString();
            Assert.NotEqual(new QueueFilter(), QueueUrl.Parse($"?{name}={Uri.EscapeDataString(value)}"));
        }

        var score = Core.Format.ScoreFields.All[0];
        Assert.Equal("string", declared[score.Name].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("integer", declared["page"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("boolean", declared["desc"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Contains(declared["status"].GetProperty("schema").GetProperty("enum").EnumerateArray(), v => v.GetString() == Core.Review.ReviewStatus.InReview);
    }

    [Fact]
    public async Task The_feed_line_and_the_acknowledgement_have_examples()
    {
        var document = await DocumentAsync();
        var line = document.Operation("GetIndexFeed").Json.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/x-ndjson").GetProperty("example");
        Assert.False(string.IsNullOrEmpty(line.GetProperty("etag").GetString()));
        var ack = document.Operation("AcknowledgeIndexed").Json;
        Assert.Equal(JsonValueKind.Array, ack.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("posts").ValueKind);
        Assert.Equal(JsonValueKind.Array, ack.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("indexed").ValueKind);
    }

    [Theory]
    [InlineData("GET", "/api/posts", Caller.Anonymous, 401)]
    [InlineData("GET", "/api/no-such-endpoint", Caller.Editor, 404)]
    [InlineData("GET", "/api/clusters?minSize=many", Caller.Token, 400)]
    public async Task A_refusal_without_a_body_of_its_own_is_answered_with_problem_details(string method, string path, Caller caller, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await app.Client(caller).SendAsync(request, Ct);
        await ApiRequests.ProblemOf(response, status);
    }
}
