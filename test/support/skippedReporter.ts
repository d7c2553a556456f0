import type { Reporter, TestModule } from 'vitest/node';

/**
 * Lists every skipped test by its full name at the end of a run, so the default output says why a
 * test did not run (skipped tests carry their reason in their name: "— skipped: no Chromium at ...").
 */
export default class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const skipped = testModules.flatMap((module) =>
      [...module.children.allTests('skipped')].map((test) => `${module.relativeModuleId} > ${test.fullName}`),
    );
    if (skipped.length === 0) return;
    process.stdout.write(`\nSkipped (${skipped.length}):\n${skipped.map((name) => `  - ${name}`).join('\n')}\n`);
  }
}
