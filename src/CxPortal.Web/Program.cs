using CxPortal.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddCxPortalLogging();
builder.AddCxPortalServices();

var app = builder.Build();
app.UseCxPortal();
await app.InitialiseDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so that WebApplicationFactory&lt;Program&gt; can host the app in tests.</summary>
public partial class Program;
