import { it } from 'vitest'
import { startStandin, type GitHubStandin } from '../support/github-standin.js'
import { edit, eventPayload, overlay, runAction, setPull, sha, siteTree, type Tree } from './harness.js'
async function probe(label: string, base: Tree, changes: Record<string, string | null>, opts: { inputs?: Record<string, string>; setup?: (s: GitHubStandin) => void; event?: 'pull_request' | 'pull_request_review' } = {}) {
  const standin = await startStandin({ owner: 'acme', repo: 'website' })
  standin.state.teams['acme/strategy'] = ['cmo-jane']
  setPull(standin, { number: 7, author: 'sam', base, head: overlay(base, changes), baseSha: sha('b'), headSha: sha('h') })
  opts.setup?.(standin)
  const r = await runAction({ standin, event: opts.event ?? 'pull_request', payload: eventPayload(opts.event ?? 'pull_request', standin.state.pulls[7]!), ...(opts.inputs ? { inputs: opts.inputs } : {}) })
  console.log(`===== ${label} code=${r.code} ms=${r.ms}\n${r.stdout.slice(0, 3000)}\nSTDERR ${r.stderr.slice(0, 2000)}\nOUT ${JSON.stringify(r.outputs)}\nSTATUS ${JSON.stringify((standin.state.statuses[sha('h')] ?? []).map((s) => [s.context, s.state, s.description]))}\nVIOL ${JSON.stringify(standin.violations)}\nCOMMENTLEN ${standin.state.issueComments[7]?.[0]?.body.length}`)
  await standin.stop()
}
it('probe', async () => {
  const site = siteTree()
  const blog = 'content/blog/five-tips-shared-inbox.md'
  await probe('bad yaml config at base', overlay(site, { '.github/copydesk.yml': 'content: [unclosed\n  - x: : :\n' }), { [blog]: edit(site[blog], 'recieve', 'receive') })
  await probe('unknown key config at base', overlay(site, { '.github/copydesk.yml': 'bogus-key: 1\n' }), { [blog]: edit(site[blog], 'recieve', 'receive') })
  await probe('removed + binary + renamed', site, { [blog]: null, 'content/blog/img.png': '\u0000\u0001PNG', 'content/blog/renamed.md': site['content/blog/how-we-price.md']!, 'content/blog/how-we-price.md': null })
  await probe('broken frontmatter in changed file', site, { [blog]: '---\ntitle: "unclosed\ntype: [\n---\nGuaranteed wins.\n' })
  await probe('fail-on never', site, { [blog]: edit(site[blog], 'recieve', 'Guaranteed to receive') }, { inputs: { 'fail-on': 'never' } })
  await probe('fail-on bogus', site, { [blog]: edit(site[blog], 'recieve', 'receive') }, { inputs: { 'fail-on': 'bogus' } })
  await probe('changes requested by strategist', site, { 'content/pages/home.mdx': edit(site['content/pages/home.mdx'], 'Every customer conversation, one platform.', 'New tagline here.') }, { inputs: { 'signoff-token': 'x' }, setup: (s) => { s.addReview(7, { user: { login: 'cmo-jane' }, state: 'CHANGES_REQUESTED' }) } })
  const many = Array.from({ length: 400 }, (_, i) => `Line ${i}: guaranteed best-in-class risk-free #1 unlimited results.`).join('\n\n')
  await probe('huge findings', site, { [blog]: site[blog] + '\n' + many })
  await probe('CRLF file', site, { [blog]: edit(site[blog], 'recieve', 'Guaranteed receive').replace(/\n/g, '\r\n') })
})
