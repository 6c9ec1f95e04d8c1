using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Dashboard.Web.Hosting;

/// <summary>The <c>KeyRing</c> section: the certificate that encrypts the data protection keys stored in the database.</summary>
public sealed class KeyRingOptions
{
    public const string Section = "KeyRing";

    /// <summary>A PKCS#12 (.pfx) file with an RSA certificate and its private key, relative to the content root. Empty: keys are stored unencrypted.</summary>
    public string CertificateFile { get; set; } = "";

    /// <summary>The file's password; set it through the environment (<c>KeyRing__CertificatePassword</c>), not in a file.</summary>
    public string CertificatePassword { get; set; } = "";
}

/// <summary>
/// The keys that sign session cookies and antiforgery tokens live in the database, so that every
/// instance shares them; unencrypted, a copy of the database could forge any user's session. With
/// a certificate configured, each key is stored encrypted to it, and only a holder of its private
/// key can read the ring.
/// </summary>
internal static class KeyRingProtection
{
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder keys, IHostApplicationBuilder builder)
    {
        var options = builder.Services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.Section).ValidateOnStart();
        var ring = builder.Configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        if (string.IsNullOrWhiteSpace(ring.CertificateFile))
        {
            return keys;
        }

        try
        {
            // Data protection takes the certificate itself, not a factory: it is read here, and a
            // wrong one is reported by the start-up check, one line naming the key, not a stack trace.
            keys.ProtectKeysWithCertificate(Load(ring, builder.Environment.ContentRootPath));
        }
        catch (InvalidOperationException ex)
        {
            options.Validate(_ => false, ex.Message);
        }

        return keys;
    }

    /// <summary>The certificate, with an RSA private key (which the key encryption needs), or a message naming the setting.</summary>
    internal static X509Certificate2 Load(KeyRingOptions ring, string contentRoot)
    {
        var path = Path.GetFullPath(ring.CertificateFile, contentRoot);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"KeyRing:CertificateFile {path} does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, ring.CertificatePassword);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException(
                $"KeyRing:CertificateFile {path} cannot be read as a PKCS#12 file with KeyRing:CertificatePassword: {ex.Message}", ex);
        }

        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is null)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"KeyRing:CertificateFile {path} holds no RSA private key; the key ring needs one to encrypt and read its keys.");
        }

        return certificate;
    }
}
