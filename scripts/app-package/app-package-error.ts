/** Everything wrong with the app package, found in one run. */
export class AppPackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The Teams app package is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'AppPackageError';
  }
}
