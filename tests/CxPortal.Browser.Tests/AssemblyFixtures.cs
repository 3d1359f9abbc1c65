// One server process and one browser for the whole run: starting them per test would cost minutes.
[assembly: AssemblyFixture(typeof(CxPortal.Browser.Tests.PortalServer))]
[assembly: AssemblyFixture(typeof(CxPortal.Browser.Tests.BrowserSession))]
