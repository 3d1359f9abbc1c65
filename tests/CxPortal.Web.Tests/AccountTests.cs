using System.Net;
using System.Net.Http.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using CxPortal.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CxPortal.Web.Tests;

public class AccountTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_bootstrap_admin_must_choose_a_new_password_before_anything_else()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Bootstrap:AdminEmail"] = "root@example.com", ["Bootstrap:AdminPassword"] = "deployed with this",
        });
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var login = await CxPortalApp.SignInAsync(client, "root@example.com", "deployed with this");

        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        PathOf(login).Should().Be("/account/change-password");
        PathOf(await client.GetAsync("/", Ct)).Should().Be("/account/change-password");
        var api = await client.GetAsync("/api/users", Ct);
        api.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.Content.ReadAsStringAsync(Ct)).Should().Contain("Change your password");
        await using var db = app.Database.CreateContext();
        var admin = await db.Users.SingleAsync(u => u.Email == "root@example.com", Ct);
        admin.MustChangePassword.Should().BeTrue();
        (await db.UserRoles.CountAsync(r => r.UserId == admin.Id, Ct)).Should().Be(1);
    }

    [Fact]
    public async Task The_bootstrap_api_key_is_an_admin_key_and_is_stored_hashed()
    {
        const string secret = "bootstrap-secret-for-scripts-0123456789";
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Bootstrap:ApiKey"] = secret });
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);

        (await client.GetAsync("/api/users", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        await using var db = app.Database.CreateContext();
        var key = await db.ApiKeys.SingleAsync(Ct);
        key.Scope.Should().Be("admin");
        key.SecretHash.Should().Be(ApiKeySecrets.Hash(secret)).And.NotContain(secret);
        key.LastUsedAt.Should().NotBeNull("a successful use is recorded");
    }

    [Fact]
    public async Task Demo_users_exist_only_while_the_demo_is_on()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var demo = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite, demo: true, settings: database.AppSettings.ToDictionary()))
        {
            var client = demo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            PathOf(await CxPortalApp.SignInAsync(client, "manager@demo.cxportal", "demo-manager-pass")).Should().Be("/");
            (await client.GetStringAsync("/account/login", Ct)).Should().Contain("demo-manager-pass", "the login page shows the demo credentials");
        }

        await using var production = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite, settings: database.AppSettings.ToDictionary());
        var visitor = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await CxPortalApp.SignInAsync(visitor, "manager@demo.cxportal", "demo-manager-pass");
        refused.StatusCode.Should().Be(HttpStatusCode.OK, "the form is shown again");
        (await refused.Content.ReadAsStringAsync(Ct)).Should().Contain("This account is disabled");
        (await visitor.GetStringAsync("/account/login", Ct)).Should().NotContain("demo-manager-pass");
    }

    [Theory]
    [InlineData("short7!", "PasswordTooShort")]
    [InlineData("password123", "PasswordCommon")]
    [InlineData("Qwerty2024", "PasswordCommon")]
    public async Task Weak_passwords_are_refused(string password, string code)
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var result = await users.CreateAsync(new AppUser { UserName = "a@example.com", Email = "a@example.com" }, password);

        result.Errors.Select(e => e.Code).Should().Contain(code);
    }

    [Fact]
    public async Task Passwords_of_8_to_128_characters_without_composition_rules_are_accepted()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        (await users.CreateAsync(new AppUser { UserName = "b@example.com", Email = "b@example.com" }, "lowercase only words")).Succeeded.Should().BeTrue();
        (await users.CreateAsync(new AppUser { UserName = "c@example.com", Email = "c@example.com" }, new string('k', 128))).Succeeded.Should().BeTrue();
        var tooLong = await users.CreateAsync(new AppUser { UserName = "d@example.com", Email = "d@example.com" }, new string('k', 129));
        tooLong.Errors.Select(e => e.Code).Should().Contain("PasswordTooLong");
        var own = await users.CreateAsync(new AppUser { UserName = "e@example.com", Email = "e@example.com" }, "e@example.com");
        own.Errors.Select(e => e.Code).Should().Contain("PasswordIsEmail");
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_with_a_clear_message()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        var (email, password) = await app.EnsureUserAsync(Roles.CxManager);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var pages = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            pages.Add(await (await CxPortalApp.SignInAsync(client, email, "not the password")).Content.ReadAsStringAsync(Ct));
        }
        var right = await CxPortalApp.SignInAsync(client, email, password);

        pages[0].Should().Contain("4 attempts left").And.NotContain("not the password", "a password is never sent back");
        pages[3].Should().Contain("1 attempt left");
        pages[4].Should().Contain("locked after 5 failed sign-in attempts");
        right.StatusCode.Should().Be(HttpStatusCode.OK, "the correct password does not open a locked account");
        (await right.Content.ReadAsStringAsync(Ct)).Should().Contain("Try again in 15 minutes");
    }

    [Fact]
    public async Task Admins_invite_re_role_and_disable_users_and_every_change_is_audited()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);

        var invited = await admin.PostAsJsonAsync("/api/users", new { email = "new@example.com", displayName = "New Person", role = "SalesLead" }, Ct);
        invited.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await invited.Content.ReadFromJsonAsync<Invited>(Ct);
        body!.User.Role.Should().Be("SalesLead");
        body.User.MustChangePassword.Should().BeTrue();
        body.Password.Should().MatchRegex("^[a-z2-9]{4}(-[a-z2-9]{4}){3}$");

        var newcomer = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        PathOf(await CxPortalApp.SignInAsync(newcomer, "new@example.com", body.Password)).Should().Be("/account/change-password");

        (await admin.PutAsJsonAsync($"/api/users/{body.User.Id}", new { role = "CxManager" }, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.PutAsJsonAsync($"/api/users/{body.User.Id}", new { disabled = true }, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var disabled = await CxPortalApp.SignInAsync(app.CreateClient(), "new@example.com", body.Password);
        (await disabled.Content.ReadAsStringAsync(Ct)).Should().Contain("This account is disabled");

        (await admin.PostAsJsonAsync("/api/users", new { email = "new@example.com", role = "Admin" }, Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync("/api/users", new { email = "not-an-email", role = "Admin" }, Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync("/api/users", new { email = "x@example.com", role = "Emperor" }, Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        await using var db = app.Database.CreateContext();
        var audit = await db.AuditEntries.Where(a => a.EntityType == "user").OrderBy(a => a.Id).ToListAsync(Ct);
        audit.Select(a => (a.Action, a.EntityKey, a.Actor)).Should().Equal(
            ("invite", "new@example.com", "admin@test.cxportal"),
            ("update", "new@example.com", "admin@test.cxportal"),
            ("update", "new@example.com", "admin@test.cxportal"));
        audit[1].Details.Should().Contain("CxManager");
    }

    [Fact]
    public async Task The_last_enabled_admin_cannot_be_demoted_or_disabled()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        await using var db = app.Database.CreateContext();
        var id = (await db.Users.SingleAsync(u => u.Email == "admin@test.cxportal", Ct)).Id;

        var demote = await admin.PutAsJsonAsync($"/api/users/{id}", new { role = "CxManager" }, Ct);
        var disable = await admin.PutAsJsonAsync($"/api/users/{id}", new { disabled = true }, Ct);

        demote.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await demote.Content.ReadAsStringAsync(Ct)).Should().Contain("last enabled admin");
        disable.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    /// <summary>The path a redirect points to, whether the Location is absolute or relative.</summary>
    private static string PathOf(HttpResponseMessage response) =>
        new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath;

    private sealed record InvitedUser(string Id, string Email, string Role, bool MustChangePassword);

    private sealed record Invited(InvitedUser User, string Password);
}
