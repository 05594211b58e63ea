import { isPayloadTooLarge } from "./excel-runtime";

/**
 * Excel on the web refuses requests and responses over 5 MB. Writes are planned against a lower
 * estimate, since Office.js wraps every queued operation in bookkeeping of its own.
 */
export const REQUEST_BUDGET_BYTES = 3 * 1024 * 1024;
/** What Office.js adds around one queued operation (object path, action id, argument info). */
export const OPERATION_OVERHEAD_BYTES = 200;

/** UTF-8 size of a string, without building the bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Estimated request bytes of one operation carrying `payload` as its arguments. */
export function operationBytes(payload: unknown): number {
  return OPERATION_OVERHEAD_BYTES + utf8Length(JSON.stringify(payload) ?? "");
}

/** One queued write whose request size is known before it is queued. */
export interface WriteOp {
  readonly bytes: number;
  queue(context: Excel.RequestContext): void;
}

export function groupBySize<T extends { readonly bytes: number }>(items: readonly T[], budget: number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let size = 0;
  for (const item of items) {
    if (group.length > 0 && size + item.bytes > budget) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(item);
    size += item.bytes;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

export interface WriteOptions {
  /** Turn the add-in's own events off while writing (ExcelApi 1.8), so a live re-check does not see them. */
  readonly suspendEvents: boolean;
  /** For writes in several calls: turn events off with the first chunk (default: suspendEvents). */
  readonly pauseEvents?: boolean;
  /** For writes in several calls: turn events back on with the last chunk (default: suspendEvents). */
  readonly resumeEvents?: boolean;
  readonly budget?: number;
}

/** Queues `ops` in order, one request (one sync) per chunk under the request budget. Returns the number of syncs. */
export async function writeInChunks(context: Excel.RequestContext, ops: readonly WriteOp[], options: WriteOptions): Promise<number> {
  if (ops.length === 0) return 0;
  const chunks = groupBySize(ops, options.budget ?? REQUEST_BUDGET_BYTES);
  const pause = options.pauseEvents ?? options.suspendEvents;
  const resume = options.resumeEvents ?? options.suspendEvents;
  if (pause) context.runtime.enableEvents = false;
  try {
    for (const [index, chunk] of chunks.entries()) {
      for (const op of chunk) op.queue(context);
      if (resume && index === chunks.length - 1) context.runtime.enableEvents = true;
      // Each chunk is its own request by design: together they would pass Excel on the web's 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  } catch (err) {
    if (options.suspendEvents || pause || resume) await restoreEvents(context);
    throw err;
  }
  return chunks.length;
}

async function restoreEvents(context: Excel.RequestContext): Promise<void> {
  try {
    context.runtime.enableEvents = true;
    await context.sync();
  } catch {
    // The write's own error is the one worth reporting; events come back with the next Excel.run at the latest.
  }
}

/**
 * A read queued into a request. `queue` creates and loads its proxies and returns the function that
 * collects their values, which readInRequests calls only after the sync; `split` offers smaller reads
 * for when a response is too large. (The office-addins lint rules cannot follow that deferral, so
 * collectors read their proxies through a parameter.)
 */
export interface ReadJob {
  /** Cells (or a comparable count) the read returns, for grouping under `maxWeight`. */
  readonly weight: number;
  /** Queues the loads; the returned collector stores the results and may return their size in bytes. */
  queue(context: Excel.RequestContext): () => number | void;
  split(): readonly ReadJob[] | null;
  /**
   * Smaller reads to try when Excel refuses a request this job was in for a reason other than its
   * size (a merged-area read of a whole used range); null when the job has none.
   */
  fallback?(): readonly ReadJob[] | null;
}

/** Learning the response size from what came back, for reads whose weight only roughly predicts bytes. */
export interface AdaptiveBudget {
  /** Bytes one response should stay under. */
  readonly targetBytes: number;
  /** Weight of the first request when the reads need several anyway. */
  readonly firstWeight: number;
}

/**
 * Runs reads in as few requests as possible: every job in one request unless their weight passes
 * `maxWeight`; a request Excel refuses for its payload size is retried in halves. With `adapt`, the
 * bytes a response brought per unit of weight size the following requests.
 */
export async function readInRequests(
  context: Excel.RequestContext,
  jobs: readonly ReadJob[],
  maxWeight: number,
  adapt?: AdaptiveBudget,
  afterRequest?: () => void,
): Promise<void> {
  let total = 0;
  for (const job of jobs) total += job.weight;
  let budget = adapt && total > maxWeight ? Math.min(maxWeight, adapt.firstWeight) : maxWeight;
  let i = 0;
  while (i < jobs.length) {
    const group: ReadJob[] = [];
    let weight = 0;
    while (i < jobs.length && (group.length === 0 || weight + jobs[i]!.weight <= budget)) {
      group.push(jobs[i]!);
      weight += jobs[i]!.weight;
      i++;
    }
    const bytes = await readAdaptively(context, group);
    afterRequest?.();
    if (adapt && bytes > 0 && weight > 0) budget = Math.max(1, Math.min(maxWeight, Math.floor((adapt.targetBytes * weight) / bytes)));
  }
}

async function readAdaptively(context: Excel.RequestContext, jobs: readonly ReadJob[]): Promise<number> {
  const collectors = jobs.map((job) => job.queue(context));
  try {
    await context.sync();
  } catch (err) {
    if (!isPayloadTooLarge(err)) {
      // Excel refused something in the request: the jobs that have a smaller way to read are retried that way, once.
      const retry = withFallbacks(jobs);
      if (!retry) throw err;
      return readAdaptively(context, retry);
    }
    const halves = halve(jobs);
    if (!halves) throw err;
    return (await readAdaptively(context, halves[0])) + (await readAdaptively(context, halves[1]));
  }
  let bytes = 0;
  for (const collect of collectors) bytes += collect() ?? 0;
  return bytes;
}

/** The jobs with every fallback applied, or null when none has one (the error is then the caller's). */
function withFallbacks(jobs: readonly ReadJob[]): ReadJob[] | null {
  let replaced = false;
  const out: ReadJob[] = [];
  for (const job of jobs) {
    const smaller = job.fallback?.() ?? null;
    if (smaller) replaced = true;
    out.push(...(smaller ?? [job]));
  }
  return replaced ? out : null;
}

function halve(jobs: readonly ReadJob[]): [readonly ReadJob[], readonly ReadJob[]] | null {
  const parts = jobs.length === 1 ? jobs[0]!.split() : jobs;
  if (!parts || parts.length < 2) return null;
  const middle = Math.ceil(parts.length / 2);
  return [parts.slice(0, middle), parts.slice(middle)];
}
