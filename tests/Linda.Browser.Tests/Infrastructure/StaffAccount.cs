namespace Linda.Browser.Tests.Infrastructure;

/// <summary>A staff account created for one test through <c>linda users add</c>, never a demo account.</summary>
public sealed record StaffAccount(string Email, string Password)
{
    public const string Organisation = "Demo Safe Migration Network";

    public static async Task<StaffAccount> CreateAsync(LindaServer server, string role)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var account = new StaffAccount($"{role.ToLowerInvariant()}-{id}@linda-tests.example", $"browser-test-password-{id}");
        var result = await server.RunCommandAsync(
            "users", "add", "--email", account.Email, "--role", role, "--org", Organisation, "--password", account.Password);
        result.ExitCode.ShouldBe(0, $"`linda users add` failed:\n{result.Output}");
        return account;
    }
}
