import { describe, expect, it } from 'vitest'
import { CODEOWNERS_LOCATIONS, findCodeowners, formatOwnersLine } from '../../src/codeowners/index.js'

const repo = (files: Record<string, string>) => (path: string) => files[path] ?? null

describe('findCodeowners', () => {
  it('looks in .github/, then the root, then docs/, as GitHub does', () => {
    expect(CODEOWNERS_LOCATIONS).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'])
  })

  it('uses .github/CODEOWNERS when several exist', async () => {
    const found = await findCodeowners(repo({ CODEOWNERS: 'root', '.github/CODEOWNERS': 'dotgithub', 'docs/CODEOWNERS': 'docs' }))
    expect(found).toEqual({ path: '.github/CODEOWNERS', text: 'dotgithub', notes: [] })
  })

  it('falls back to the root file, then docs/', async () => {
    expect((await findCodeowners(repo({ CODEOWNERS: 'root', 'docs/CODEOWNERS': 'docs' })))?.path).toBe('CODEOWNERS')
    expect((await findCodeowners(repo({ 'docs/CODEOWNERS': 'docs' })))?.path).toBe('docs/CODEOWNERS')
  })

  it('accepts an asynchronous reader', async () => {
    const found = await findCodeowners(async (path) => (path === 'CODEOWNERS' ? '* @a' : null))
    expect(found?.text).toBe('* @a')
  })

  it('returns null when no location has a file', async () => {
    expect(await findCodeowners(repo({}))).toBeNull()
  })

  it('does not load a file of 3 MB or more and says why', async () => {
    const huge = `* @a\n${'#'.repeat(3 * 1024 * 1024)}`
    const found = await findCodeowners(repo({ '.github/CODEOWNERS': huge, CODEOWNERS: '* @fallback' }))
    expect(found?.path).toBe('.github/CODEOWNERS')
    expect(found?.text).toBe('')
    expect(found?.notes[0]).toMatch(/^`\.github\/CODEOWNERS` is \d+ bytes; GitHub does not load CODEOWNERS files of 3 MB or more/)
  })

  it('loads a file just under the limit', async () => {
    const text = 'x'.repeat(3 * 1024 * 1024 - 1)
    expect((await findCodeowners(repo({ CODEOWNERS: text })))?.text).toBe(text)
  })

  it('lets a failing read surface instead of silently using another location', async () => {
    await expect(
      findCodeowners((path) => {
        if (path === '.github/CODEOWNERS') throw new Error('HTTP 502')
        return '* @wrong'
      }),
    ).rejects.toThrow('HTTP 502')
  })
})

describe('formatOwnersLine', () => {
  it('prints the path, a tab and the owners separated by spaces', () => {
    expect(formatOwnersLine('content/home.md', ['@dana', '@acme/strategy'])).toBe('content/home.md\t@dana @acme/strategy')
  })

  it('prints the path and a bare tab when unowned', () => {
    expect(formatOwnersLine('content/home.md', [])).toBe('content/home.md\t')
  })
})
