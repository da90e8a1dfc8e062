// `copydesk lsp`: the same checks as `copydesk check`, as diagnostics while the writer types, and the
// rules' exact replacements as quick fixes. Speaks LSP over stdio; stdout carries only protocol messages.
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TextDocument } from 'vscode-languageserver-textdocument'
import {
  createConnection,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver/node'
import { CopydeskError } from '../errors.js'
import { VERSION } from '../version.js'
import type { Finding } from '../types.js'
import { checkDocument, type OpenDocument } from './check-document.js'
import { fixAction, problemDiagnostic, toDiagnostic, touches } from './diagnostics.js'
import { Projects } from './project.js'

/** Quiet time after a keystroke before the document is checked again. */
export const DEBOUNCE_MS = 150

/** Runs the server on this process's stdin/stdout until the client says exit (the library ends the process). */
export function serveStdio(): Promise<number> {
  const connection = createConnection(process.stdin, process.stdout)
  // A bug in one check must not take the writer's diagnostics down with it: log it and keep serving.
  process.on('uncaughtException', (error) => connection.console.error(`copydesk: ${error.stack ?? String(error)}`))
  process.on('unhandledRejection', (error) => connection.console.error(`copydesk: ${(error as Error)?.stack ?? String(error)}`))
  return new Promise((done) => {
    connection.onExit(() => done(0))
    serve(connection)
  })
}

export function serve(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  let folders: string[] = []
  const projects = new Projects(() => folders)
  /** The latest findings per document, with the version they were computed for: what code actions offer. */
  const results = new Map<string, { version: number; findings: Finding[] }>()
  const pending = new Map<string, { version: number; timer: NodeJS.Timeout }>()

  connection.onInitialize((params) => {
    folders = (params.workspaceFolders ?? []).flatMap((f) => filePath(f.uri) ?? [])
    if (!folders.length && params.rootUri) folders = [filePath(params.rootUri)].flatMap((f) => f ?? [])
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'copydesk', version: VERSION },
    }
  })

  const schedule = (doc: TextDocument, delay: number): void => {
    const queued = pending.get(doc.uri)
    // Opening fires both `open` and `change` for one version: the first (immediate) one stands.
    if (queued?.version === doc.version) return
    if (queued) clearTimeout(queued.timer)
    const timer = setTimeout(() => {
      pending.delete(doc.uri)
      void validate(doc)
    }, delay)
    pending.set(doc.uri, { version: doc.version, timer })
  }

  const validate = async (doc: TextDocument): Promise<void> => {
    if (!isContent(doc)) return
    const version = doc.version
    let findings: Finding[] = []
    let diagnostics: Diagnostic[]
    try {
      findings = await checkDocument(openDocument(doc), projects)
      diagnostics = findings.map(toDiagnostic)
    } catch (error) {
      diagnostics = [problemDiagnostic(describe(error), error instanceof CopydeskError ? 'copydesk/config' : 'copydesk/lsp-error')]
    }
    // A slower check of an older text never overwrites a newer one, and a closed document stays clear.
    if (documents.get(doc.uri)?.version !== version) return
    results.set(doc.uri, { version, findings })
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics })
  }

  documents.onDidOpen((event) => schedule(event.document, 0))
  documents.onDidChangeContent((event) => schedule(event.document, DEBOUNCE_MS))
  documents.onDidClose((event) => {
    const queued = pending.get(event.document.uri)
    if (queued) clearTimeout(queued.timer)
    pending.delete(event.document.uri)
    results.delete(event.document.uri)
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] })
  })

  connection.onCodeAction((params): CodeAction[] => {
    const doc = documents.get(params.textDocument.uri)
    const result = results.get(params.textDocument.uri)
    // Offsets computed for another text would edit the wrong characters.
    if (!doc || !result || result.version !== doc.version) return []
    const actions: CodeAction[] = []
    for (const finding of result.findings) {
      if (!finding.fix) continue
      const diagnostic = toDiagnostic(finding)
      if (touches(diagnostic.range, params.range)) actions.push(fixAction(doc.uri, { ...finding, fix: finding.fix }, diagnostic))
    }
    return actions
  })

  documents.listen(connection)
  connection.listen()
}

function isContent(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || doc.languageId === 'mdx' || /\.mdx?$/i.test(doc.uri)
}

function openDocument(doc: TextDocument): OpenDocument {
  const file = filePath(doc.uri)
  const mdx = doc.languageId === 'mdx' || /\.mdx$/i.test(doc.uri)
  const name = file ? basename(file) : mdx ? 'untitled.mdx' : 'untitled.md'
  return { file, name, text: doc.getText() }
}

function filePath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null
  try {
    return fileURLToPath(uri)
  } catch {
    return null
  }
}

function describe(error: unknown): string {
  if (error instanceof CopydeskError) return `copydesk could not check this file: ${error.message}${error.hint ? `\nhint: ${error.hint}` : ''}`
  return `copydesk could not check this file (a copydesk bug, please report it): ${(error as Error)?.message ?? String(error)}`
}
