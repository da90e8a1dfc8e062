// The last-resort cut for markdown bodies with a hard size limit (comment 65,536 characters, job summary
// 1 MiB): cut at a line, close what the cut left open so the rest of the page renders, add a note.

/**
 * Returns `text` unchanged when it fits; otherwise its longest line-aligned beginning that, with open
 * code fences and `<details>` closed and `tail` appended, measures at most `max`. `prefix` (the hidden
 * marker) is always kept.
 */
export function truncateLines(
  text: string,
  max: number,
  measure: (s: string) => number,
  tail: string,
  prefix = '',
): string {
  if (measure(text) <= max) return text
  let cut = Math.min(text.length, max)
  while (cut >= prefix.length) {
    let head = text.slice(0, cut)
    const newline = head.lastIndexOf('\n')
    if (newline >= prefix.length) head = head.slice(0, newline)
    else if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1)
    head = dropDanglingOpeners(head)
    const out = `${head}${closeOpenBlocks(head)}${tail}`
    const size = measure(out)
    if (size <= max) return out
    cut = head.length - Math.max(1, size - max)
  }
  for (const fallback of [`${prefix}${tail}`, prefix]) if (measure(fallback) <= max) return fallback
  // A limit smaller than the marker itself: nothing useful fits; keep what we can of the marker.
  return prefix.slice(0, Math.max(0, max))
}

// A cut right after a fence or `<details>` opener would leave an empty box; drop such trailing openers.
function dropDanglingOpeners(head: string): string {
  const lines = head.split('\n')
  for (;;) {
    const last = lines[lines.length - 1]
    if (last === undefined || lines.length <= 1) break
    const isBlank = last.trim() === ''
    const isDetails = /^<details[\s>]|^<summary>.*<\/summary>$/.test(last.trim())
    const isOpenFence = /^ {0,3}(`{3,}|~{3,})\S*$/.test(last) && scan(lines.join('\n')).fence !== null
    if (!isBlank && !isDetails && !isOpenFence) break
    lines.pop()
  }
  return lines.join('\n')
}

/** What must be appended so a cut markdown document does not swallow what follows into a code block. */
export function closeOpenBlocks(markdown: string): string {
  const { fence, openDetails } = scan(markdown)
  let closers = fence !== null ? `\n${fence}` : ''
  for (let i = 0; i < openDetails; i++) closers += '\n\n</details>'
  return closers
}

function scan(markdown: string): { fence: string | null; openDetails: number } {
  let fence: string | null = null
  let openDetails = 0
  for (const line of markdown.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence !== null) {
      const closing = m?.[1]
      if (closing && closing[0] === fence[0] && closing.length >= fence.length && line.trim() === closing) fence = null
      continue
    }
    if (m?.[1]) {
      fence = m[1]
      continue
    }
    openDetails += (line.match(/<details[\s>]/g) ?? []).length
    openDetails -= (line.match(/<\/details>/g) ?? []).length
  }
  return { fence, openDetails: Math.max(0, openDetails) }
}
