// The harness stands in for the runner; if it read outputs or commands wrongly, the end-to-end tests could
// pass for the wrong reason. These pin its runner-facing behaviour.
import { describe, expect, it } from 'vitest'
import { GITHUB_TOKEN, changedFiles, githubPatch, inputEnv, parseCommands, parseOutputFile } from './harness.js'

describe('inputEnv', () => {
  it('names inputs INPUT_<NAME> with hyphens kept and fills action.yml defaults, the github token included', () => {
    const env = inputEnv({ filter: 'file' })
    expect(env['INPUT_GITHUB-TOKEN']).toBe(GITHUB_TOKEN)
    expect(env['INPUT_FAIL-ON']).toBe('error')
    expect(env['INPUT_SIGNOFF-TOKEN']).toBe('')
    expect(env['INPUT_FILTER']).toBe('file')
    expect(env['INPUT_COMMENT']).toBe('true')
    expect(Object.keys(env).some((name) => name.includes('_TOKEN'))).toBe(false)
  })

  it('refuses an input action.yml does not declare, as the runner warns about it', () => {
    expect(() => inputEnv({ 'fail-on-warnings': 'true' })).toThrow(/not declared/)
  })
})

describe('parseCommands', () => {
  it('unescapes properties and messages the way the runner does', () => {
    const [command] = parseCommands('::error title=copydesk%3A a/b,file=x.md,line=3::first%0Asecond 100%25\n')
    expect(command).toEqual({ command: 'error', properties: { title: 'copydesk: a/b', file: 'x.md', line: '3' }, message: 'first\nsecond 100%' })
  })

  it('reads a command without properties and ignores plain log lines', () => {
    expect(parseCommands('hello\n::notice::ran on defaults\n')).toEqual([{ command: 'notice', properties: {}, message: 'ran on defaults' }])
  })
})

describe('parseOutputFile', () => {
  it('reads heredoc outputs, multi-line values included', () => {
    const text = 'verdict<<ghadelimiter_1\npass\nghadelimiter_1\nnote<<ghadelimiter_2\na\nb\nghadelimiter_2\n'
    expect(parseOutputFile(text)).toEqual({ verdict: 'pass', note: 'a\nb' })
  })
})

describe('changedFiles', () => {
  it('lists added, removed and modified paths with patches whose right side is the head line numbers', () => {
    const files = changedFiles({ 'a.md': 'one\ntwo\n', 'gone.md': 'x\n' }, { 'a.md': 'one\n2\n', 'new.md': 'n\n' })
    expect(files.map((f) => [f.filename, f.status])).toEqual([
      ['a.md', 'modified'],
      ['gone.md', 'removed'],
      ['new.md', 'added'],
    ])
    expect(githubPatch('one\ntwo\n', 'one\n2\n')).toBe('@@ -1,2 +1,2 @@\n one\n-two\n+2')
  })
})
