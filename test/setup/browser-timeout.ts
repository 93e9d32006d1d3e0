// Browser suites start an app and Chromium in their hooks, which on a cold, busy 2-core machine
// can take longer than Jest's 5 s default. `testTimeout` in a project's config is not applied per
// project (it is a global option), so the browser project sets its own here, for hooks and tests alike.
jest.setTimeout(60_000);
