import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { SLICE, slicedWriter, slices } from '../../src/cli/write.js'

describe('sliced output', () => {
  it('cuts the text whole into slices, never between the halves of a surrogate pair', () => {
    const text = `${'a'.repeat(9)}🚀${'b'.repeat(7)}“quoted”🎉`
    for (const size of [1, 2, 3, 5, 10, 64]) {
      const parts = [...slices(text, size)]
      expect(parts.join('')).toBe(text)
      // every slice encodes on its own: no lone surrogate, so UTF-8 round-trips each one
      for (const part of parts) expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part)
      expect(parts.every((p) => p.length > 0 && p.length <= Math.max(size, 2))).toBe(true)
    }
    expect([...slices('x'.repeat(2_500_000))].map((p) => p.length)).toEqual([SLICE, SLICE, 2_500_000 - 2 * SLICE])
  })

  it('writes texts in order, waiting for the stream to drain between slices', async () => {
    // A stream that takes one slice before asking the writer to wait.
    const stream = new PassThrough({ highWaterMark: 16 })
    const received: Buffer[] = []
    const write = slicedWriter(stream)
    const big = `${'x'.repeat(SLICE)}🚀${'y'.repeat(SLICE)}`
    write('first\n')
    write(big)
    write('last\n')
    // nothing is read yet: the writer is waiting for `drain`, holding the rest as text, not bytes
    await new Promise((done) => setTimeout(done, 20))
    expect(stream.writableLength).toBeLessThanOrEqual(SLICE + 16)
    stream.on('data', (chunk: Buffer) => received.push(chunk))
    await new Promise((done) => setTimeout(done, 50))
    expect(Buffer.concat(received).toString('utf8')).toBe(`first\n${big}last\n`)
  })
})
