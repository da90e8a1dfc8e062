// Writes the CLI's output to stdout. A whole-site report is tens of megabytes of JSON: handed to a pipe in
// one write, Node converts all of it to bytes at once and keeps them queued until the reader has taken
// them (measured: +130 MB peak RSS on 5,000 pages). Written a slice at a time, waiting for the pipe to
// drain, only about one slice is ever held as bytes.
import { once } from 'node:events'

/** Characters per write. */
export const SLICE = 1 << 20

/** The text in slices of at most `size` characters (a surrogate pair, an emoji, is never split). */
export function* slices(text: string, size = SLICE): Generator<string> {
  let from = 0
  while (from < text.length) {
    let to = Math.min(from + size, text.length)
    // Each slice is encoded on its own, so the two halves of a pair stay together
    // (a one-character slice that would split one takes the pair).
    const last = text.charCodeAt(to - 1)
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to = to - 1 > from ? to - 1 : to + 1
    yield text.slice(from, to)
    from = to
  }
}

/** A write function for `stream` that writes each text in slices, in order, waiting for `drain` when the stream asks. */
export function slicedWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let queue = Promise.resolve()
  const write = async (text: string): Promise<void> => {
    for (const slice of slices(text)) if (!stream.write(slice)) await once(stream, 'drain')
  }
  return (text) => {
    queue = queue.then(() => write(text))
  }
}
