/**
 * What a running gateway must release on shutdown, in the reverse order it was acquired (the
 * last thing built depends on the earlier ones, so it goes first). Each disposer runs once.
 */
export class DisposerStack {
  private readonly disposers: Array<{ name: string; dispose: () => Promise<void> | void }> = [];

  /** Registers a disposer; it runs before every disposer registered earlier. */
  defer(name: string, dispose: () => Promise<void> | void): void {
    this.disposers.push({ name, dispose });
  }

  /** Runs every disposer, newest first. A failing one does not stop the others; failures are reported after. */
  async disposeAll(): Promise<void> {
    const failures: unknown[] = [];
    for (const { dispose } of this.disposers.splice(0).reverse()) {
      try {
        await dispose();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0) throw new AggregateError(failures, 'Some gateway resources failed to close');
  }
}
