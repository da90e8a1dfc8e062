// `copydesk lsp` as an editor runs it: a child process spoken to in LSP JSON-RPC over stdio.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node'
import { gitRepo } from '../cli/helpers.js'

const ROOT = resolve(import.meta.dirname, '../..')

// On disk the page is clean: the diagnostics must come from the editor's text, not the saved file.
const SAVED = '---\ntitle: Plans\n---\n# Plans\n\nOur editor ships today.\n'
const TYPED = '---\ntitle: Plans\n---\n# Plans\n\nOur best-in-class editor ships today.\n'

let server: ChildProcessWithoutNullStreams
let rpc: MessageConnection
let stderr = ''
const published: PublishDiagnosticsParams[] = []
const waiters: (() => void)[] = []

/** The first diagnostics for `uri` (at `version`, when given) published so far or within the timeout. */
function diagnosticsFor(uri: string, version?: number, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
  const match = (): PublishDiagnosticsParams | undefined => published.find((p) => p.uri === uri && (version === undefined || p.version === version))
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; got ${JSON.stringify(published)}\n${stderr}`)), timeoutMs)
    const check = (): void => {
      const found = match()
      if (!found) return void waiters.push(check)
      clearTimeout(timer)
      done(found)
    }
    check()
  })
}

const repo = gitRepo({ '.github/copydesk.yml': 'rules: [recommended]\n', 'content/plans.md': SAVED })
const broken = gitRepo({ '.github/copydesk.yml': 'rules: [no-such-pack]\n', 'content/ad.md': 'Hello.\n' })
const page = pathToFileURL(join(repo.dir, 'content/plans.md')).href
const ad = pathToFileURL(join(broken.dir, 'content/ad.md')).href

beforeAll(async () => {
  server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'lsp'], { cwd: ROOT, stdio: 'pipe' })
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  rpc = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  rpc.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params)
    for (const waiter of waiters.splice(0)) waiter()
  })
  rpc.listen()
  const init = await rpc.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(repo.dir).href,
    workspaceFolders: [{ uri: pathToFileURL(repo.dir).href, name: 'site' }],
    capabilities: {},
  })
  expect(init.capabilities).toMatchObject({ textDocumentSync: 2, codeActionProvider: { codeActionKinds: ['quickfix'] } })
  await rpc.sendNotification('initialized', {})
}, 30_000)

afterAll(async () => {
  const exited = new Promise((done) => server.once('exit', done))
  await rpc.sendRequest('shutdown').catch(() => undefined)
  await rpc.sendNotification('exit').catch(() => undefined)
  await Promise.race([exited, new Promise((done) => setTimeout(done, 3_000))])
  if (server.exitCode === null) server.kill()
  rpc.dispose()
})

describe('copydesk lsp', () => {
  it('publishes a diagnostic at the planted phrase, follows edits, and offers the rule’s replacement as a quick fix', async () => {
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: page, languageId: 'markdown', version: 1, text: TYPED } })
    const opened = await diagnosticsFor(page, 1)
    const at = { start: { line: 5, character: 4 }, end: { line: 5, character: 17 } }
    // The rule on the phrase as typed (0-based line 5 is line 6); one claim, one finding: the unsourced
    // superlative on the same words is folded into it.
    expect(opened.diagnostics.map((d) => [d.code, d.range])).toEqual([['recommended/no-best-in-class', at]])
    expect(opened.diagnostics.find((d) => d.code === 'recommended/no-best-in-class')).toEqual({
      range: at,
      severity: 2,
      code: 'recommended/no-best-in-class',
      codeDescription: { href: 'https://github.com/acme/copydesk#no-best-in-class' },
      source: 'copydesk',
      message: 'Replace `best-in-class` with `well-regarded`: a class superlative is a claim nobody can measure. If it stays, it also needs a source.',
    })

    // An incremental edit that moves the phrase five characters right.
    await rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri: page, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'Now: ' }],
    })
    const moved = await diagnosticsFor(page, 2)
    const range = { start: { line: 5, character: 9 }, end: { line: 5, character: 22 } }
    expect(moved.diagnostics.map((d) => [d.code, d.range])).toEqual([['recommended/no-best-in-class', range]])

    const actions = await rpc.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: page },
      range: { start: { line: 5, character: 12 }, end: { line: 5, character: 12 } },
      context: { diagnostics: moved.diagnostics },
    })
    expect(actions).toHaveLength(1)
    expect(actions[0]).toMatchObject({ kind: 'quickfix', title: 'Replace with `well-regarded`', diagnostics: [{ code: 'recommended/no-best-in-class', range }] })
    expect(actions[0]?.edit).toEqual({ changes: { [page]: [{ range, newText: 'well-regarded' }] } })

    // Nothing is offered away from the finding.
    const elsewhere = await rpc.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: page },
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } },
      context: { diagnostics: [] },
    })
    expect(elsewhere).toEqual([])

    // Applying the fix clears both diagnostics.
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: page, version: 3 }, contentChanges: [{ range, text: 'well-regarded' }] })
    expect((await diagnosticsFor(page, 3)).diagnostics).toEqual([])
  })

  it('turns a config it cannot load into a diagnostic and keeps serving other documents', async () => {
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: ad, languageId: 'markdown', version: 1, text: 'Hello.\n' } })
    const failed = await diagnosticsFor(ad, 1)
    expect(failed.diagnostics).toHaveLength(1)
    expect(failed.diagnostics[0]).toMatchObject({ severity: 1, code: 'copydesk/config', source: 'copydesk', range: { start: { line: 0, character: 0 } } })
    expect(failed.diagnostics[0]?.message).toMatch(/no-such-pack/)

    // Fixing the config takes effect on the next edit: a failed load is never cached.
    broken.write({ '.github/copydesk.yml': 'rules: [recommended]\n' })
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: ad, version: 2 }, contentChanges: [{ text: 'Hello, guaranteed.\n' }] })
    const fixed = await diagnosticsFor(ad, 2)
    expect(fixed.diagnostics.map((d) => [d.code, d.range.start.character, d.range.end.character])).toEqual([['recommended/no-guarantees', 7, 17]])

    // An edited config is noticed (its size and time changed) and the cached policy reloaded.
    broken.write({ '.github/copydesk.yml': "rules: [recommended]\nseverity:\n  recommended/no-guarantees: 'off'\n" })
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: ad, version: 3 }, contentChanges: [{ text: 'Hello, guaranteed!\n' }] })
    expect((await diagnosticsFor(ad, 3)).diagnostics).toEqual([])

    // The server is still alive and checking: a guarantee in an untitled buffer, on the shipped defaults.
    const untitled = 'untitled:Untitled-1'
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'markdown', version: 1, text: 'Results guaranteed.\n' } })
    const found = await diagnosticsFor(untitled, 1)
    expect(found.diagnostics.map((d) => [d.code, d.range.start, d.range.end])).toEqual([['recommended/no-guarantees', { line: 0, character: 8 }, { line: 0, character: 18 }]])
  })
})
