namespace CxPortal.Web.Infrastructure.Email;

public static class EmailSetup
{
    public static IServiceCollection AddCxPortalEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        return services;
    }
}
