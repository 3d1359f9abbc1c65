// One server process and one browser for the whole run: starting them per test would cost minutes.
[assembly: AssemblyFixture(typeof(CxPortal.Browser.Tests.PortalServer))]
[assembly: AssemblyFixture(typeof(CxPortal.Browser.Tests.BrowserSession))]
// Tests share the server (and one restarts it): run them one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
