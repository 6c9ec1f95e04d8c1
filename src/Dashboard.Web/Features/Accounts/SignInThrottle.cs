using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// What the account lockout in the database cannot do, kept in this instance's memory:
/// <list type="bullet">
/// <item>Lock unknown emails exactly as accounts are locked (the same count, the same message),
/// so the lockout message does not tell which emails have accounts.</item>
/// <item>Throttle each client: after <c>Auth:MaxFailedAttemptsPerClient</c> failed sign-ins within
/// <c>Auth:LockoutMinutes</c>, the client's sign-ins are refused unchecked for that long, so one
/// client can neither guess on nor lock out account after account. An IPv6 client counts by its
/// /64, which is what one subscriber is given.</item>
/// </list>
/// Both are per instance: behind the README's proxy a client sticks to one instance. Memory is
/// bounded; past the bound new entries are not kept (a flood of that size comes from many
/// addresses, which a per-client limit does not stop anyway).
/// </summary>
public sealed class SignInThrottle(IOptions<AuthOptions> options, TimeProvider time) : IDisposable
{
    private const int MaxEntries = 100_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    /// <summary>How long <paramref name="client"/> is still refused, or null when it may try.</summary>
    public TimeSpan? ClientRefusedFor(IPAddress? client) =>
        _entries.TryGetValue(ClientKey(client), out Counter? counter) ? counter!.LockedFor(time.GetUtcNow()) : null;

    /// <summary>Counts a failed sign-in of <paramref name="client"/>, whichever account it named.</summary>
    public void ClientFailed(IPAddress? client) =>
        Count(ClientKey(client), options.Value.MaxFailedAttemptsPerClient, window: options.Value.Lockout);

    /// <summary>
    /// A failed sign-in for an email without an account, counted as Identity counts an account's
    /// (failures add up however far apart, until a lockout or a day without one): returns how
    /// long that email is now locked, or null.
    /// </summary>
    public TimeSpan? UnknownAccountFailed(string email)
    {
        var key = "email:" + email.Trim().ToUpperInvariant();
        if (_entries.TryGetValue(key, out Counter? counter) && counter!.LockedFor(time.GetUtcNow()) is { } locked)
        {
            return locked;
        }

        return Count(key, options.Value.MaxFailedAttempts, window: null);
    }

    public void Dispose() => _entries.Dispose();

    // Failures older than window (from the first) are forgotten; null keeps them.
    private TimeSpan? Count(string key, int limit, TimeSpan? window)
    {
        var lockout = options.Value.Lockout;
        var counter = _entries.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = window is { } w ? w + lockout : TimeSpan.FromDays(1) + lockout;
            return new Counter(window);
        })!;
        return counter.Fail(time.GetUtcNow(), limit, lockout);
    }

    private static string ClientKey(IPAddress? client)
    {
        if (client is null)
        {
            return "client:unknown";
        }

        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        if (client.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = client.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            client = new IPAddress(bytes);
        }

        return "client:" + client;
    }

    /// <summary>Failures since the last lockout, and the end of the current lockout.</summary>
    private sealed class Counter(TimeSpan? window)
    {
        private readonly Lock _lock = new();
        private int _failures;
        private DateTimeOffset _windowStart;
        private DateTimeOffset _lockedUntil;

        public TimeSpan? LockedFor(DateTimeOffset now)
        {
            lock (_lock)
            {
                return _lockedUntil > now ? _lockedUntil - now : null;
            }
        }

        public TimeSpan? Fail(DateTimeOffset now, int limit, TimeSpan lockout)
        {
            lock (_lock)
            {
                if (window is { } span && now - _windowStart >= span)
                {
                    _failures = 0;
                    _windowStart = now;
                }

                if (++_failures < limit)
                {
                    return null;
                }

                _failures = 0;
                _lockedUntil = now + lockout;
                return lockout;
            }
        }
    }
}
