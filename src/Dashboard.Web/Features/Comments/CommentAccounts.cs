using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Comments;

/// <summary>An account as comments name it: its id (what a mention stores) and the name it is shown by.</summary>
public sealed record CommentAccount(string Id, string Name, string Handle);

/// <summary>
/// The accounts a comment may mention. A handle is an account's sign-in name (its email address)
/// or its id; a mention is shown by the account's display name, else its sign-in name.
/// </summary>
public sealed class CommentAccounts(IDbContextFactory<DashboardDbContext> contexts)
{
    private const int Suggested = 8;

    /// <summary>Accounts whose name or email contains <paramref name="text"/>, for the mention autocomplete.</summary>
    public async Task<IReadOnlyList<CommentAccount>> SuggestAsync(string? text, CancellationToken cancellationToken = default)
    {
        var upper = (text ?? "").Trim().TrimStart('@').ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Users.AsNoTracking()
            .Where(u => upper.Length == 0 || u.NormalizedUserName!.Contains(upper) || (u.DisplayName != null && u.DisplayName.ToUpper().Contains(upper)))
            .OrderBy(u => u.NormalizedUserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName })
            .Take(Suggested)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(u => new CommentAccount(u.Id, u.DisplayName ?? u.UserName ?? u.Id, u.UserName ?? u.Id))];
    }

    /// <summary>The accounts <paramref name="handles"/> name, by handle (case-insensitive); a handle no account has is left out.</summary>
    internal static async Task<Dictionary<string, string>> IdsByHandleAsync(DashboardDbContext db, IReadOnlyCollection<string> handles, CancellationToken cancellationToken)
    {
        var upper = handles.Select(h => h.ToUpperInvariant()).ToList();
        var exact = handles.ToList();
        var rows = await db.Users.AsNoTracking()
            .Where(u => upper.Contains(u.NormalizedUserName!) || upper.Contains(u.NormalizedEmail!) || exact.Contains(u.Id))
            .Select(u => new { u.Id, u.NormalizedUserName, u.NormalizedEmail })
            .ToListAsync(cancellationToken);
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var handle in handles)
        {
            var key = handle.ToUpperInvariant();
            if (rows.FirstOrDefault(u => u.Id == handle || u.NormalizedUserName == key || u.NormalizedEmail == key) is { } row)
            {
                found[handle] = row.Id;
            }
        }

        return found;
    }

    /// <summary>The names of the accounts <paramref name="ids"/>; an account since deleted is "a removed account".</summary>
    internal static async Task<Dictionary<string, string>> NamesAsync(DashboardDbContext db, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.UserName ?? u.Id })
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return ids.Distinct().ToDictionary(id => id, id => rows.GetValueOrDefault(id) ?? "a removed account");
    }

    /// <summary>The account a reviewer signed in as (their name is its sign-in name), or null (an API token).</summary>
    internal static Task<string?> IdOfAsync(DashboardDbContext db, string reviewerName, CancellationToken cancellationToken)
    {
        var upper = reviewerName.ToUpperInvariant();
        return db.Users.AsNoTracking().Where(u => u.NormalizedUserName == upper).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
