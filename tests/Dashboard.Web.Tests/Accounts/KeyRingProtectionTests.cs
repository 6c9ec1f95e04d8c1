using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dashboard.Web.Data;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Accounts;

/// <summary>
/// With <c>KeyRing:CertificateFile</c> set, the data protection keys (which sign session cookies)
/// are stored encrypted: a copy of the database alone cannot forge a session.
/// </summary>
public sealed class KeyRingProtectionTests
{
    private const string CertificatePassword = "a-test-certificate-password";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_a_certificate_the_stored_key_is_encrypted_and_only_an_instance_with_it_reads_it()
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("Development.db"));
        var settings = new Dictionary<string, string>
        {
            ["KeyRing:CertificateFile"] = WriteCertificate(folder.File("key-ring.pfx")),
            ["KeyRing:CertificatePassword"] = CertificatePassword,
        };
        await using var first = new DashboardFactory(new TestAppOptions(storage, folder.File("first")) { Settings = settings });
        await using var second = new DashboardFactory(new TestAppOptions(storage, folder.File("second")) { Settings = settings });
        await using var withoutCertificate = new DashboardFactory(new TestAppOptions(storage, folder.File("third")));

        var payload = Protector(first).Protect("a session");

        var xml = Assert.Single(await StoredKeysAsync(first));
        Assert.Contains("EncryptedData", xml);
        Assert.DoesNotContain("<value>", xml);
        Assert.Equal("a session", Protector(second).Unprotect(payload));
        Assert.ThrowsAny<CryptographicException>(() => Protector(withoutCertificate).Unprotect(payload));
    }

    [Fact]
    public async Task Without_a_certificate_the_stored_key_is_plain_as_the_readme_says()
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("Development.db"));
        await using var app = new DashboardFactory(new TestAppOptions(storage, folder.File("app")));

        Protector(app).Protect("a session");

        Assert.Contains("<value>", Assert.Single(await StoredKeysAsync(app)));
    }

    // A self-signed RSA certificate with its private key, as an operator would make one with openssl.
    private static string WriteCertificate(string path)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=dashboard key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, CertificatePassword));
        return path;
    }

    private static async Task<List<string>> StoredKeysAsync(DashboardFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(Ct);
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Ct);
    }

    private static IDataProtector Protector(DashboardFactory app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key ring protection tests");
}
