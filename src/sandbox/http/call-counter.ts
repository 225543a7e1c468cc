/** Counts of API calls per `METHOD /path`, and how many were in flight at once (read by tests through `/__sandbox/`). */
export class CallCounter {
  counts = new Map<string, number>();
  inFlight = 0;
  peakInFlight = 0;

  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  reset(): void {
    this.counts.clear();
    this.peakInFlight = this.inFlight;
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}
