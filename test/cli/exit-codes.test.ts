// `copydesk check` exits as the Action's verdict decides: 1 when a finding reaches fail-on, else 0; 2 for
// usage, config and input errors (a file copydesk could not read).
import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cli, gitRepo } from './helpers.js'

// `unlimited` is a warning of the recommended pack, `guaranteed` an error.
const WARNING_ONLY = 'Unlimited contacts on every plan.\n'
const ERROR = 'Results guaranteed.\n'

describe('copydesk check exit codes', () => {
  it('--fail-on error (the default): 1 on an error, 0 on warnings only', async () => {
    const r = gitRepo({ 'warn.md': WARNING_ONLY, 'err.md': ERROR })
    expect((await cli(['check', 'warn.md'], r.dir)).code).toBe(0)
    expect((await cli(['check', 'warn.md', '--fail-on', 'error'], r.dir)).code).toBe(0)
    expect((await cli(['check', 'err.md'], r.dir)).code).toBe(1)
  })

  it('--fail-on warning: 1 on a warning', async () => {
    const r = gitRepo({ 'warn.md': WARNING_ONLY, 'clean.md': 'Set up in an afternoon.\n' })
    expect((await cli(['check', 'warn.md', '--fail-on', 'warning'], r.dir)).code).toBe(1)
    expect((await cli(['check', 'clean.md', '--fail-on', 'warning'], r.dir)).code).toBe(0)
  })

  it('--fail-on never: 0 even on errors, and the verdict says pass', async () => {
    const r = gitRepo({ 'err.md': ERROR })
    const { code, stdout } = await cli(['check', 'err.md', '--fail-on', 'never', '--format', 'json'], r.dir)
    expect(code).toBe(0)
    expect(JSON.parse(stdout).verdict).toBe('pass')
  })

  it("takes the config's fail-on when the flag is absent; the flag wins over it", async () => {
    const r = gitRepo({ 'copydesk.yml': 'fail-on: warning\n', 'warn.md': WARNING_ONLY, 'err.md': ERROR })
    expect((await cli(['check', 'warn.md'], r.dir)).code).toBe(1)
    expect((await cli(['check', 'warn.md', '--fail-on', 'error'], r.dir)).code).toBe(0)
    r.write({ 'copydesk.yml': 'fail-on: never\n' })
    expect((await cli(['check', 'err.md'], r.dir)).code).toBe(0)
  })

  it('a bad --fail-on or config fail-on value is a usage or config error: 2', async () => {
    const r = gitRepo({ 'err.md': ERROR })
    const flag = await cli(['check', 'err.md', '--fail-on', 'sometimes'], r.dir)
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/--fail-on must be one of error, warning, never/)
    r.write({ 'copydesk.yml': 'fail-on: always\n' })
    const config = await cli(['check', 'err.md'], r.dir)
    expect(config.code).toBe(2)
    expect(config.stderr).toMatch(/copydesk\.yml:1/)
  })

  it('a binary file is an input error: 2 whatever fail-on says, with the file on stderr and the report on stdout', async () => {
    const r = gitRepo({ 'ok.md': 'Set up in an afternoon.\n' })
    r.write({ 'logo.md': 'PNG\u0000\u0001binary' })
    for (const failOn of ['error', 'never']) {
      const { code, stdout, stderr } = await cli(['check', 'logo.md', 'ok.md', '--fail-on', failOn], r.dir)
      expect(code).toBe(2)
      expect(stderr).toMatch(/^copydesk: input error: logo\.md:1:4: Found a NUL byte/m)
      expect(stdout).toMatch(/input\/binary/)
    }
  })

  it('a file that is not UTF-8 is an input error: 2', async () => {
    const r = gitRepo({ 'ok.md': 'Fine.\n' })
    writeFileSync(`${r.dir}/latin1.md`, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    expect((await cli(['check', 'latin1.md'], r.dir)).code).toBe(2)
  })
})
