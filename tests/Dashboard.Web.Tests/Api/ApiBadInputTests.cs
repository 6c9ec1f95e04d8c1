using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// Bad input on every JSON request body the document declares (walked, so an endpoint added later
/// is tried too): malformed JSON, a field the request does not take, a value of the wrong type, an
/// empty body and another content type each get a problem naming what is wrong, never a 500 or a
/// page, and change nothing. The file upload is tried by hand: its body is not JSON.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiBadInputTests(ApiApp app)
{
    private static CancellationToken Ct => ApiRequests.Ct;

    public static TheoryData<string> Cases => ["malformed", "unknown field", "wrong type", "empty", "content type"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_json_body_refuses_bad_input_with_a_problem_naming_the_field(string kind)
    {
        var document = await ApiDocument.ReadAsync(app.Client(Caller.Anonymous));
        using var admin = app.WithToken(app.Tokens[Core.Review.Role.Admin]);
        // One post for every call: none may change it. (Each post made here is also one more
        // near-copy of the sample in the shared app, which the cluster tests list.)
        var sourceId = await app.NewPostAsync();
        var before = await app.RowVersionAsync(sourceId);
        var tried = 0;
        foreach (var operation in document.Operations)
        {
            if (operation.BodySchema("application/json") is not { } schema)
            {
                continue;
            }

            var (status, json, mediaType, named) = Bad(kind, document.Resolve(schema), operation.BodyRequired);
            if (status == 0)
            {
                continue;
            }

            var path = operation.Path.Replace("{sourceId}", sourceId, StringComparison.Ordinal).Replace("{id}", "1", StringComparison.Ordinal);
            using var request = ApiRequests.Raw(new HttpMethod(operation.Method), path, null, operation.DeclaresIfMatch ? await app.ETagAsync(sourceId) : null);
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            using var response = await admin.SendAsync(request, Ct);

            var problem = await ApiRequests.ProblemOf(response, status);
            var detail = problem.GetProperty("detail").GetString()!;
            if (named is not null)
            {
                Assert.True(detail.Contains($"\"{named}\"", StringComparison.Ordinal), $"{operation.Name}, {kind}: \"{detail}\" does not name {named}");
                Assert.True(problem.GetProperty("errors").TryGetProperty(named, out _), $"{operation.Name}, {kind}: errors do not name {named}");
            }

            tried++;
        }

        Assert.Equal(before, await app.RowVersionAsync(sourceId));

        Assert.True(tried >= 8, $"only {tried} request bodies were tried");
    }

    // The request for one kind of bad input, what it must get, and the field the problem must name.
    private static (int Status, string Json, string MediaType, string? Named) Bad(string kind, JsonElement schema, bool required)
    {
        const string Json = "application/json";
        var first = schema.GetProperty("properties").EnumerateObject().First();
        return kind switch
        {
            "malformed" => (400, $"{{\"{first.Name}\": ", Json, null),
            "unknown field" => (400, """{"notAField": 1}""", Json, "notAField"),
            "wrong type" => (400, $"{{\"{first.Name}\": {WrongValue(first.Value)}}}", Json, first.Name),
            "empty" => required ? (400, "", Json, null) : (0, "", Json, null),
            "content type" => (415, "{}", "text/plain", null),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of bad input"),
        };
    }

    private static string WrongValue(JsonElement property)
    {
        var type = property.TryGetProperty("type", out var t) ? t.ToString() : "";
        // A number is declared as ["integer", "string"] (numbers are read from strings too): a
        // string that is no number is wrong for it, where a number would pass as its string.
        return type.Contains("integer", StringComparison.Ordinal) || type.Contains("number", StringComparison.Ordinal) ? "\"not a number\""
            : type.Contains("string", StringComparison.Ordinal) ? "12345"
            : type.Contains("array", StringComparison.Ordinal) ? "\"not a list\""
            : type.Contains("object", StringComparison.Ordinal) ? "5"
            : "\"not a number\"";
    }

    [Fact]
    public async Task A_malformed_body_says_where_it_stops_being_json()
    {
        var sourceId = await app.NewPostAsync();
        using var request = ApiRequests.Raw(HttpMethod.Post, $"/api/posts/{sourceId}/submit", "{\"note\": \"ok\",, }", await app.ETagAsync(sourceId));
        using var response = await app.Client(Caller.Admin).SendAsync(request, Ct);
        var detail = (await ApiRequests.ProblemOf(response, 400)).GetProperty("detail").GetString()!;
        Assert.Contains("not valid JSON", detail, StringComparison.Ordinal);
        Assert.Contains("line 1, byte", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_type_deep_in_the_body_is_named_by_its_path()
    {
        using var request = ApiRequests.Raw(HttpMethod.Post, "/api/index/ack", """{"posts": [{"sourceId": "a", "etag": 42}]}""");
        using var response = await app.Client(Caller.Token).SendAsync(request, Ct);
        var problem = await ApiRequests.ProblemOf(response, 400);
        Assert.Contains("\"posts[0].etag\" must be a string", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_field_is_answered_with_the_fields_the_request_takes()
    {
        var sourceId = await app.NewPostAsync();
        using var request = ApiRequests.Raw(HttpMethod.Post, $"/api/posts/{sourceId}/version", """{"kind": "minor"}""", await app.ETagAsync(sourceId));
        using var response = await app.Client(Caller.Admin).SendAsync(request, Ct);
        var detail = (await ApiRequests.ProblemOf(response, 400)).GetProperty("detail").GetString()!;
        Assert.Contains("\"kind\" is not a field of this request", detail, StringComparison.Ordinal);
        Assert.Contains("\"bump\"", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_upload_refuses_another_content_type_and_an_empty_form_with_problems()
    {
        using var text = ApiRequests.Raw(HttpMethod.Post, "/api/imports", "not a form", mediaType: "text/plain");
        using var refused = await app.Client(Caller.Token).SendAsync(text, Ct);
        await ApiRequests.ProblemOf(refused, 415);

        using var empty = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = new MultipartFormDataContent() };
        using var nothing = await app.Client(Caller.Token).SendAsync(empty, Ct);
        await ApiRequests.ProblemOf(nothing, 400);
    }
}
