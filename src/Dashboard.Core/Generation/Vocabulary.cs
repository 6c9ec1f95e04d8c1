namespace Dashboard.Core.Generation;

/// <summary>The word pools generated posts are assembled from, modelled on the sample export.</summary>
internal static class Vocabulary
{
    public sealed record Stack(string Name, string Area, string Language, string[] Tools);

    public static readonly Stack[] Stacks =
    [
        new("python services", "backend", "python", ["fastapi", "pytest", "uvicorn", "ruff", "git", "logs", "celery", "sqlalchemy"]),
        new("node apis", "backend", "javascript", ["express", "jest", "eslint", "npm", "pm2", "logs", "git"]),
        new("react frontends", "frontend", "typescript", ["vite", "vitest", "eslint", "storybook", "playwright", "git"]),
        new("go microservices", "backend", "go", ["go test", "golangci-lint", "pprof", "docker", "prometheus", "git"]),
        new("dotnet web apps", "backend", "c#", ["aspnet core", "xunit", "ef core", "dotnet-counters", "serilog", "git"]),
        new("java spring services", "backend", "java", ["spring boot", "junit", "maven", "micrometer", "flyway", "git"]),
        new("rust command line tools", "tooling", "rust", ["cargo", "clippy", "rustfmt", "criterion", "git"]),
        new("php content sites", "web", "php", ["laravel", "composer", "phpunit", "opcache", "logs"]),
        new("postgres databases", "data", "sql", ["psql", "pg_stat_statements", "explain analyze", "pgbouncer", "logs"]),
        new("kubernetes clusters", "infrastructure", "yaml", ["kubectl", "helm", "k9s", "prometheus", "grafana"]),
        new("static site generators", "frontend", "markdown", ["hugo", "lighthouse", "git", "link checker"]),
        new("ruby on rails apps", "backend", "ruby", ["rspec", "rubocop", "sidekiq", "puma", "logs"]),
    ];

    public static readonly string[] Problems =
    [
        "documenting production defaults", "reducing cold start time", "tuning connection pools",
        "caching rendered pages", "rotating secrets safely", "tracing slow requests", "migrating background jobs",
        "hardening file uploads", "paginating large queries", "rolling back failed deployments", "cutting build times",
        "indexing search content", "handling timeouts and retries", "setting up health checks",
        "reviewing dependency updates", "monitoring error budgets",
    ];

    public static readonly string[] Scenarios =
    [
        "for a content heavy programming website", "for a small team with one on-call engineer",
        "for a documentation portal with heavy traffic", "for an internal admin dashboard",
        "for a newsletter archive", "for a learning platform with many readers",
    ];

    public static readonly string[] Actions =
    [
        "measure first, change carefully, document the result", "start with the slowest path and add one check at a time",
        "write the rollback before the change", "automate the check and review the output weekly",
    ];

    public static readonly string[] TitleStarts =
    [
        "production checklist for {0} in {1}", "a practical guide to {0} for {1}", "{0} in {1}: what to check first",
        "notes on {0} with {1}", "how we approach {0} in {1}",
    ];

    public static readonly string[] Paragraphs =
    [
        "monitoring should answer simple questions quickly: is the service up, is it slow, are jobs failing, and did the last deployment change anything. dashboards are useful only when the signals are easy to understand during pressure.",
        "database changes need extra care. check the existing indexes, inspect the query plan, and test the migration on a copy of real data. the fastest query in development can still become the slowest request in production.",
        "cache rules should be written for people who will debug them later. name the rule, document the bypass conditions, and include examples of pages that should and should not be cached. for this {0} case, keep the owner, expected result, and rollback note in the same place.",
        "configuration drifts when nobody owns it. keep the defaults in version control, review changes like code, and record why each value was chosen for {0}.",
        "timeouts belong at every network boundary. pick a value from measured latency, not from a guess, and make retries back off so a slow dependency does not become an outage.",
        "logs are only useful when someone can search them under pressure. use one format, include the request id, and keep noisy debug output out of production.",
        "a rollback plan is part of the change, not an afterthought. write the exact steps, test them on staging, and keep them next to the release notes for {0}.",
        "small releases are easier to reason about. ship one change at a time, watch the metrics for a few minutes, and only then move on to the next step.",
    ];

    public static readonly string[] Checklist =
    [
        "run linting", "run unit tests", "run one integration check", "verify staging config", "tag the release",
        "check the error rate after deploy", "update the runbook", "review open alerts", "confirm backups ran",
        "announce the change in the team channel", "compare latency before and after",
    ];

    public static readonly string[] Briefs =
    [
        "the article is written like a careful ai generated engineering draft: it explains the reason for the change, lists operational checks, and avoids pretending that one command fixes every production case.",
        "the draft reads like an engineering handbook page: short steps, explicit checks, and a clear note on what to do when a step fails.",
        "the text favours plain operational advice over clever tricks and keeps every recommendation testable.",
    ];

    public static readonly string[] Notes =
    [
        "sanitized array meta is expected to render as a list in the frontend box",
        "view count is synthetic and only used for testing meta volume",
        "content is generated for import/load testing and should be reviewed before indexing",
    ];

    public static readonly string[] Difficulties = ["beginner", "intermediate", "advanced"];

    public static readonly string[] ImageHosts = ["unsplash", "pexels", "pixabay", "internal screenshots"];
}
