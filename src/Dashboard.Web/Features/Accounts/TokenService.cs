using System.Buffers.Text;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// API tokens for programs. A token is shown once, when it is created; only its SHA-256 hash
/// is stored, so a copy of the database does not let anyone call the API.
/// </summary>
public sealed partial class TokenService(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time, ILogger<TokenService> logger)
{
    public const string Prefix = "anp_";

    // 32 random bytes are 43 base64url characters; anything much longer is not one of ours.
    private const int MaxTokenLength = 128;

    // The last-used time is for people ("is the indexer still calling?"): a write per minute is enough.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Creates a token; <see cref="TokenCreated.Token"/> is the only time it is seen.</summary>
    public async Task<TokenCreated> CreateAsync(string name, string role, Reviewer actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role != Role.Admin)
        {
            return new(AccountResult.NotAdmin, null);
        }

        name = name.Trim();
        if (!ValidName().IsMatch(name))
        {
            return new(AccountResult.Refused(AccountFailure.Invalid, "A token name is 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit."), null);
        }

        if (!Roles.TryParse(role, out var parsed))
        {
            return new(AccountResult.Refused(AccountFailure.Invalid, AccountService.UnknownRole(role)), null);
        }

        var token = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var roleName = Roles.NameOf(parsed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ApiTokens.AnyAsync(t => t.Name == name, cancellationToken))
        {
            return new(AccountResult.Refused(AccountFailure.Conflict, $"A token named {name} already exists (a revoked token keeps its name)."), null);
        }

        db.ApiTokens.Add(new ApiToken { Name = name, Role = roleName, TokenHash = Hash(token), CreatedAtUtc = time.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (db.Queries.IsUniqueViolation(ex))
        {
            return new(AccountResult.Refused(AccountFailure.Conflict, $"A token named {name} already exists."), null);
        }

        LogCreated(logger, name, roleName, actor.Name);
        return new(AccountResult.Done($"Token {name} created with the role {roleName}."), token);
    }

    public async Task<AccountResult> RevokeAsync(string name, Reviewer actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role != Role.Admin)
        {
            return AccountResult.NotAdmin;
        }

        name = name.Trim();
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var revoked = await db.ApiTokens
            .Where(t => t.Name == name && t.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAtUtc, now), cancellationToken);
        if (revoked == 0)
        {
            return await db.ApiTokens.AnyAsync(t => t.Name == name, cancellationToken)
                ? AccountResult.Refused(AccountFailure.Conflict, $"The token {name} was already revoked.")
                : AccountResult.Refused(AccountFailure.NotFound, $"There is no token named {name}.");
        }

        LogRevoked(logger, name, actor.Name);
        return AccountResult.Done($"Token {name} revoked.");
    }

    public async Task<IReadOnlyList<TokenRow>> ListAsync(Reviewer actor, CancellationToken cancellationToken = default)
    {
        AccountService.RequireAdmin(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TokenRow(t.Name, t.Role, t.CreatedAtUtc, t.LastUsedAtUtc, t.RevokedAtUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The name and role of a valid (known, not revoked) token, else null. Records its use.</summary>
    public async Task<TokenIdentity?> AuthenticateAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > MaxTokenLength)
        {
            return null;
        }

        var hash = Hash(token);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.ApiTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAtUtc == null)
            .Select(t => new { t.Id, t.Name, t.Role, t.LastUsedAtUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (found.LastUsedAtUtc is not { } last || now - last >= LastUsedResolution)
        {
            var staleBefore = now - LastUsedResolution;
            try
            {
                // The filter makes concurrent requests write at most once per minute between them.
                await db.ApiTokens
                    .Where(t => t.Id == found.Id && (t.LastUsedAtUtc == null || t.LastUsedAtUtc <= staleBefore))
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, now), cancellationToken);
            }
            catch (DbException ex)
            {
                // A busy database must not turn a valid token away.
                LogLastUsedNotSaved(logger, found.Name, ex.Message);
            }
        }

        return new TokenIdentity(found.Name, found.Role);
    }

    /// <summary>The stored form of a token: SHA-256 of its UTF-8 bytes, lower-case hex.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex ValidName();

    [LoggerMessage(Level = LogLevel.Information, Message = "API token {Name} created with role {Role} by {Actor}")]
    private static partial void LogCreated(ILogger logger, string name, string role, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "API token {Name} revoked by {Actor}")]
    private static partial void LogRevoked(ILogger logger, string name, string actor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "API token {Name}: last use not recorded ({Reason})")]
    private static partial void LogLastUsedNotSaved(ILogger logger, string name, string reason);
}

/// <summary>A new token: the result, and the token itself when it was created.</summary>
public sealed record TokenCreated(AccountResult Result, string? Token);

/// <summary>One token as the admin page lists it (never the token or its hash).</summary>
public sealed record TokenRow(string Name, string Role, DateTime CreatedAtUtc, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc);

/// <summary>Who a valid token speaks for.</summary>
public sealed record TokenIdentity(string Name, string Role);
