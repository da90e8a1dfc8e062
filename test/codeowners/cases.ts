// Ownership cases derived from GitHub's "About code owners" page: its example file, the three syntax
// exceptions (no `!`, no `[ ]`, no `\#`), and the gitignore pattern rules it builds on.
// Each group is one CODEOWNERS file; each row is a path and the owners GitHub assigns ([] = unowned).

export interface OwnershipGroup {
  name: string
  codeowners: string
  rows: [path: string, owners: string[]][]
}

const docsExample = `# This is a comment.
# Each line is a file pattern followed by one or more owners.
*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
`

const global = ['@global-owner1', '@global-owner2']

export const groups: OwnershipGroup[] = [
  {
    name: "GitHub's example CODEOWNERS file",
    codeowners: docsExample,
    rows: [
      ['README.md', global],
      ['src/main.rs', global],
      ['index.js', ['@js-owner']],
      ['src/app/index.js', ['@js-owner']],
      ['main.go', ['docs@example.com']],
      ['cmd/tool/main.go', ['docs@example.com']],
      ['notes.txt', ['@octo-org/octocats']],
      ['a/b/c.txt', ['@octo-org/octocats']],
      ['build/logs/out.log', ['@octocat']], // `**/logs` comes later and wins over `/build/logs/`
      ['docs/getting-started.md', ['@doctocat']], // `/docs/` comes later and wins over `docs/*`
      ['docs/build-app/troubleshooting.md', ['@doctocat']],
      ['apps/web/app.ts', ['@octocat']],
      ['lib/apps/util.ts', ['@octocat']],
      ['apps/github/ci.rb', []],
      ['apps/github/deep/er.rb', []],
      ['apps/githubber.rb', ['@octocat']],
      ['scripts/deploy.sh', ['@doctocat', '@octocat']],
      ['lib/scripts/deploy.sh', global],
      ['deeply/nested/logs/a.log', ['@octocat']],
      ['logs/today.log', ['@octocat']],
    ],
  },
  {
    name: '`*` owns every path, dotfiles included',
    codeowners: '* @all\n',
    rows: [
      ['README.md', ['@all']],
      ['a/b/c/d.md', ['@all']],
      ['.github/workflows/ci.yml', ['@all']],
      ['.env', ['@all']],
    ],
  },
  {
    name: 'the last matching line wins',
    codeowners: '* @all\n*.js @js\n',
    rows: [
      ['a.js', ['@js']],
      ['src/a.js', ['@js']],
      ['a.ts', ['@all']],
      ['src/a.jsx', ['@all']],
      ['a.json', ['@all']],
    ],
  },
  {
    name: 'order matters: a later catch-all overrides an earlier specific line',
    codeowners: '*.js @js\n* @all\n',
    rows: [
      ['a.js', ['@all']],
      ['lib/a.js', ['@all']],
    ],
  },
  {
    name: '`docs/*` owns direct children only',
    codeowners: 'docs/* @docs\n',
    rows: [
      ['docs/getting-started.md', ['@docs']],
      ['docs/.nojekyll', ['@docs']],
      ['docs/build-app/troubleshooting.md', []],
      ['docs', []],
      ['src/docs/a.md', []], // a slash in the middle anchors the pattern at the root
    ],
  },
  {
    name: '`/*` owns root-level files only',
    codeowners: '/* @root\n',
    rows: [
      ['README.md', ['@root']],
      ['package.json', ['@root']],
      ['.gitignore', ['@root']],
      ['src/index.ts', []],
      ['.github/CODEOWNERS', []],
    ],
  },
  {
    name: '`apps/` owns that directory at any depth and everything beneath',
    codeowners: 'apps/ @octocat\n',
    rows: [
      ['apps/a.ts', ['@octocat']],
      ['apps/b/c.ts', ['@octocat']],
      ['lib/apps/a.ts', ['@octocat']],
      ['lib/deep/apps/x/y.ts', ['@octocat']],
      ['apps', []], // a trailing slash matches directories, not a file named `apps`
      ['myapps/a.ts', []],
      ['apps.ts', []],
    ],
  },
  {
    name: '`/build/logs/` is anchored at the root',
    codeowners: '/build/logs/ @doctocat\n',
    rows: [
      ['build/logs/a.log', ['@doctocat']],
      ['build/logs/2024/01/a.log', ['@doctocat']],
      ['src/build/logs/a.log', []],
      ['build/log/a.log', []],
      ['build/logs', []],
    ],
  },
  {
    name: '`/docs/` owns the root docs directory, not nested ones',
    codeowners: '/docs/ @doctocat\n',
    rows: [
      ['docs/a.md', ['@doctocat']],
      ['docs/deep/er/a.md', ['@doctocat']],
      ['guides/docs/a.md', []],
    ],
  },
  {
    name: '`foo/bar/**` owns what is inside, never `foo/bar` itself',
    codeowners: 'foo/bar/** @inside\n',
    rows: [
      ['foo/bar/a', ['@inside']],
      ['foo/bar/a/b', ['@inside']],
      ['foo/bar', []],
      ['foo/barn/a', []],
      ['x/foo/bar/a', []],
    ],
  },
  {
    name: '`**/logs` owns a logs file or directory at any depth',
    codeowners: '**/logs @octocat\n',
    rows: [
      ['logs/a', ['@octocat']],
      ['build/logs/a', ['@octocat']],
      ['deeply/nested/logs/a.log', ['@octocat']],
      ['logs', ['@octocat']],
      ['catalogs/a', []],
      ['logs.txt', []],
    ],
  },
  {
    name: '`a/**/b` spans zero or more directories',
    codeowners: 'a/**/b @ab\n',
    rows: [
      ['a/b', ['@ab']],
      ['a/x/b', ['@ab']],
      ['a/x/y/b', ['@ab']],
      ['a/b/c', ['@ab']],
      ['a/xb', []],
      ['c/a/b', []],
    ],
  },
  {
    name: '`?` matches exactly one character other than `/`',
    codeowners: 'file?.md @q\n',
    rows: [
      ['file1.md', ['@q']],
      ['fileA.md', ['@q']],
      ['dir/file2.md', ['@q']],
      ['file.md', []],
      ['file10.md', []],
      ['file/.md', []],
    ],
  },
  {
    name: '`*` stays inside one path segment',
    codeowners: 'docs/*.md @md\n',
    rows: [
      ['docs/a.md', ['@md']],
      ['docs/long-name.v2.md', ['@md']],
      ['docs/sub/a.md', []],
      ['docs/a.mdx', []],
      ['other/docs/a.md', []],
    ],
  },
  {
    name: 'a bare file name matches at any depth',
    codeowners: 'Makefile @build\n',
    rows: [
      ['Makefile', ['@build']],
      ['src/lib/Makefile', ['@build']],
      ['Makefile.am', []],
      ['makefile', []], // paths are case-sensitive
    ],
  },
  {
    name: 'paths are case-sensitive',
    codeowners: '/Docs/ @upper\n*.MD @shout\n',
    rows: [
      ['Docs/a.txt', ['@upper']],
      ['docs/a.txt', []],
      ['README.MD', ['@shout']],
      ['README.md', []],
    ],
  },
  {
    name: 'a line without owners makes matching paths unowned',
    codeowners: '* @all\n/vendor/\n',
    rows: [
      ['vendor/x.js', []],
      ['vendor/a/b.js', []],
      ['src/vendor/x.js', ['@all']],
      ['vendor.md', ['@all']],
    ],
  },
  {
    name: 'a later line can re-own part of an unowned directory',
    codeowners: '/apps/ @octocat\n/apps/github\n/apps/github/special.md @doctocat\n',
    rows: [
      ['apps/github/special.md', ['@doctocat']],
      ['apps/github/plain.md', []],
      ['apps/web/a.ts', ['@octocat']],
    ],
  },
  {
    name: 'comments, blank lines and trailing comments are ignored',
    codeowners: '# header\n\n   \n*.md @docs # the docs team\n  # indented comment\n*.yml @ops #no space before the text\n',
    rows: [
      ['a.md', ['@docs']],
      ['ci.yml', ['@ops']],
      ['a.txt', []],
    ],
  },
  {
    name: 'users, teams and email addresses are all owners',
    codeowners: '*.md @dana @acme/strategy legal@acme.com\n',
    rows: [['blog/post.md', ['@dana', '@acme/strategy', 'legal@acme.com']]],
  },
  {
    name: 'owners repeated on a line are listed once',
    codeowners: '*.md @dana @Dana @acme/web\n',
    rows: [['a.md', ['@dana', '@acme/web']]],
  },
  {
    name: 'an escaped space stays part of the pattern',
    codeowners: 'docs/my\\ file.md @spaced\n',
    rows: [
      ['docs/my file.md', ['@spaced']],
      ['docs/my', []],
    ],
  },
  {
    name: 'a `!` negation line is skipped, so it does not unown anything',
    codeowners: '* @all\n!*.md @none\n',
    rows: [
      ['a.md', ['@all']],
      ['!a.md', ['@all']],
    ],
  },
  {
    name: 'a `[ ]` range line is skipped',
    codeowners: '* @all\n[abc].md @range\n',
    rows: [
      ['a.md', ['@all']],
      ['[abc].md', ['@all']],
    ],
  },
  {
    name: 'escaping a leading `#` does not work: the line is skipped',
    codeowners: '* @all\n\\#notes.md @hash\n',
    rows: [['#notes.md', ['@all']]],
  },
  {
    name: 'a line with an invalid owner is skipped entirely',
    codeowners: '* @all\n*.md @docs dana\n',
    rows: [['a.md', ['@all']]],
  },
  {
    name: '`**` alone and `/**` own everything',
    codeowners: 'docs/ @docs\n**\t@everyone\n',
    rows: [
      ['docs/a.md', ['@everyone']],
      ['x/y/z', ['@everyone']],
    ],
  },
  {
    name: 'a leading `/**` owns everything',
    codeowners: '/** @everyone\n',
    rows: [
      ['a', ['@everyone']],
      ['a/b/c.md', ['@everyone']],
    ],
  },
  {
    name: '`*.md` owns markdown at any depth',
    codeowners: '*.md @md\n',
    rows: [
      ['a.md', ['@md']],
      ['content/blog/2026/post.md', ['@md']],
      ['amd', []],
      ['README.mdx', []],
    ],
  },
  {
    name: 'a `*` segment in the middle spans exactly one directory',
    codeowners: 'src/*/index.ts @idx\n',
    rows: [
      ['src/a/index.ts', ['@idx']],
      ['src/index.ts', []],
      ['src/a/b/index.ts', []],
    ],
  },
  {
    name: '`**/test/*.ts` owns direct children of any test directory',
    codeowners: '**/test/*.ts @tests\n',
    rows: [
      ['test/a.ts', ['@tests']],
      ['pkg/test/a.ts', ['@tests']],
      ['test/sub/a.ts', []],
      ['test/a.js', []],
    ],
  },
  {
    name: 'dot directories are ordinary directories',
    codeowners: '.github/ @ops\n',
    rows: [
      ['.github/workflows/ci.yml', ['@ops']],
      ['.github/CODEOWNERS', ['@ops']],
      ['github/a', []],
    ],
  },
  {
    name: 'regular-expression characters in a pattern are literal',
    codeowners: 'c++/ @cpp\n(legacy)/ @legacy\na.b @dot\n$price.md @dollar\n',
    rows: [
      ['c++/main.cc', ['@cpp']],
      ['cc/main.cc', []],
      ['(legacy)/old.md', ['@legacy']],
      ['legacy/old.md', []],
      ['a.b', ['@dot']],
      ['axb', []],
      ['$price.md', ['@dollar']],
    ],
  },
  {
    name: '`docs/*/` owns everything inside each direct subdirectory',
    codeowners: 'docs/*/ @sub\n',
    rows: [
      ['docs/a/b.md', ['@sub']],
      ['docs/a/b/c.md', ['@sub']],
      ['docs/a.md', []],
    ],
  },
  {
    name: 'repeated `**` segments read as one',
    codeowners: 'a/**/**/b @ab\n',
    rows: [
      ['a/b', ['@ab']],
      ['a/x/y/b', ['@ab']],
    ],
  },
  {
    name: 'non-ASCII path names match literally',
    codeowners: 'résumé/ @r\n',
    rows: [
      ['résumé/cv.md', ['@r']],
      ['resume/cv.md', []],
    ],
  },
  {
    name: 'paths given as `./x`, `/x` or with backslashes name the same file',
    codeowners: '/content/ @content\n',
    rows: [
      ['./content/a.md', ['@content']],
      ['/content/a.md', ['@content']],
      ['content\\blog\\a.md', ['@content']],
    ],
  },
  {
    name: 'Windows line endings and a byte-order mark are tolerated',
    codeowners: '\uFEFF* @all\r\n*.md @docs\r\n',
    rows: [
      ['a.md', ['@docs']],
      ['a.txt', ['@all']],
    ],
  },
  {
    name: 'a file with no matching line leaves paths unowned',
    codeowners: '/strategy/ @acme/strategy\n',
    rows: [
      ['strategy/positioning.md', ['@acme/strategy']],
      ['content/home.md', []],
    ],
  },
]
