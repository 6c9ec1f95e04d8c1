using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Core.Webhooks;

/// <summary>
/// Signing by the Standard Webhooks conventions: the secret is <c>whsec_</c> and the base64 of its
/// key; the <c>webhook-signature</c> header is <c>v1,</c> and the base64 HMAC-SHA256, under that key,
/// of <c>{webhook-id}.{webhook-timestamp}.{body}</c>, the timestamp in whole seconds since 1970 UTC.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The prefix of every secret.</summary>
    public const string SecretPrefix = "whsec_";

    private const int KeyBytes = 32;

    /// <summary>A new random secret (32 bytes of key).</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>The key of a secret, or null when it is not <c>whsec_</c> and base64.</summary>
    public static byte[]? KeyOf(string secret)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var encoded = secret[SecretPrefix.Length..];
        var key = new byte[encoded.Length];
        return Convert.TryFromBase64String(encoded, key, out var written) && written > 0 ? key[..written] : null;
    }

    /// <summary>The <c>webhook-signature</c> header's value for one message.</summary>
    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        var key = KeyOf(secret) ?? throw new ArgumentException("A webhook secret is whsec_ followed by base64.", nameof(secret));
        var signed = Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }

    /// <summary>
    /// Whether a header (one or more space-separated <c>v1,...</c> signatures) signs the message:
    /// what a receiver does, compared in constant time.
    /// </summary>
    public static bool Verify(string secret, string messageId, long timestamp, string body, string header)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(secret, messageId, timestamp, body));
        return header.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(given => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), expected));
    }
}
