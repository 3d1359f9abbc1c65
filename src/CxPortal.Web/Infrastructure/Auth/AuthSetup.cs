using CxPortal.Data;
using CxPortal.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace CxPortal.Web.Infrastructure.Auth;

public static class AuthSetup
{
    public const string LoginPath = "/account/login";

    public static IServiceCollection AddCxPortalAuth(this IServiceCollection services)
    {
        // Keys in the database: sessions survive restarts and are shared by every instance.
        services.AddDataProtection().SetApplicationName("CxPortal").PersistKeysToDbContext<CxPortalDbContext>();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = PasswordRules.MinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CxPortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CxClaimsPrincipalFactory>()
            .AddPasswordValidator<PasswordRules>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthClaims.SmartScheme;
                o.DefaultChallengeScheme = AuthClaims.SmartScheme;
            })
            .AddPolicyScheme(AuthClaims.SmartScheme, "Cookie or API key", o =>
                o.ForwardDefaultSelector = c => c.Request.Headers.ContainsKey(AuthClaims.ApiKeyHeader)
                    ? AuthClaims.ApiKeyScheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthClaims.ApiKeyScheme, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "cxportal.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = LoginPath;
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromDays(7);
            o.SlidingExpiration = true;
            // The API answers 401 / 403; only pages redirect to the login form.
            o.Events.OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden);
        });
        // Disabled or re-roled users lose access within minutes, not at cookie expiry.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        services.AddAuthorization(o =>
        {
            foreach (var policy in AccessRules.ByPolicy.Keys)
            {
                o.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireAssertion(c => AccessRules.Allows(policy, c.User)));
            }
        });
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthStateProvider>();
        return services;
    }

    private static Task Answer(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
