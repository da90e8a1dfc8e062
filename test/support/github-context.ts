// A RepoContext wired to a running stand-in, with retries and write spacing shrunk so tests stay fast.
import { createOctokit } from '../../src/github/client.js'
import type { RepoContext } from '../../src/github/types.js'
import type { GitHubStandin } from './github-standin.js'

export interface TestContext extends RepoContext {
  warnings: string[]
}

export function contextFor(standin: GitHubStandin, token = 'test-token'): TestContext {
  const warnings: string[] = []
  const octokit = createOctokit(token, {
    baseUrl: standin.url,
    retryBaseMs: 5,
    spaceWrites: false,
    log: { warning: (message) => warnings.push(message) },
  })
  return { octokit, owner: standin.state.owner, repo: standin.state.repo, warnings }
}
