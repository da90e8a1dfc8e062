// The progress line of a long `copydesk check`: one line on stderr, rewritten in place, only when stderr is a
// terminal and the run is long enough to wonder about. Piped or in CI, nothing: logs stay clean.

export interface ProgressSink {
  isTTY: boolean
  write: (text: string) => void
  /** Terminal width, to keep the line from wrapping (a wrapped line cannot be rewritten in place). */
  columns?: number
}

/** Runs over this many files show progress. */
export const PROGRESS_THRESHOLD = 200

/** `checking 120/500 files (24%) content/blog/x.md`, cut to `width` characters. */
export function progressLine(done: number, total: number, path: string, width = 80): string {
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100
  const line = `copydesk: checking ${done}/${total} files (${percent}%) ${path}`
  return line.length > width - 1 ? `${line.slice(0, Math.max(0, width - 2))}…` : line
}

/**
 * A tick function for `total` files, or one that does nothing when `sink` is not a terminal or the run is
 * small. `done()` erases the line so the report starts on a clean screen.
 */
export function createProgress(sink: ProgressSink, total: number, options: { threshold?: number; now?: () => number; intervalMs?: number } = {}): { tick: (path: string) => void; done: () => void } {
  const threshold = options.threshold ?? PROGRESS_THRESHOLD
  if (!sink.isTTY || total <= threshold) return { tick: () => {}, done: () => {} }
  const now = options.now ?? Date.now
  const interval = options.intervalMs ?? 100
  let count = 0
  let last = -Infinity
  let shown = false
  return {
    tick(path) {
      count++
      const at = now()
      // Redrawing on every file would cost more than the check on a fast disk: at most ten times a second.
      if (at - last < interval && count < total) return
      last = at
      shown = true
      sink.write(`\r${progressLine(count, total, path, sink.columns ?? 80)}\u001b[K`)
    },
    done() {
      if (shown) sink.write('\r\u001b[K')
    },
  }
}
