/** Longest operation name kept whole in logs and span names; longer ones are cut (and marked). */
const MAX_LOGGED_NAME_LENGTH = 100;
/** Longest operation name that may become a metric label of its own. */
const MAX_LABEL_LENGTH = 64;

/**
 * Operation names come from clients, so as metric labels they are bounded: the first `capacity`
 * distinct short names get a series of their own (the gateway's real clients send a handful of
 * names, and they come first), every later or longer one is counted as `other`. Without this
 * each fresh name would add series to `/metrics` for the life of the process.
 */
export class OperationNames {
  private readonly labelled = new Set<string>();

  constructor(private readonly capacity = 100) {}

  /** The metric label for a name. */
  label(name: string): string {
    if (this.labelled.has(name)) return name;
    if (name.length > MAX_LABEL_LENGTH || this.labelled.size >= this.capacity) return 'other';
    this.labelled.add(name);
    return name;
  }
}

/** A name as logs and traces may carry it: at most MAX_LOGGED_NAME_LENGTH characters. */
export function loggableName(name: string): string {
  return name.length <= MAX_LOGGED_NAME_LENGTH ? name : `${name.slice(0, MAX_LOGGED_NAME_LENGTH)}…(${name.length} chars)`;
}
