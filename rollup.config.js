// Two bundles from one engine: the Action entry the runner executes and the CLI.
// Everything is inlined so the committed dist/ runs without node_modules, as the runner requires.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'


/** @type {import("rollup").RollupOptions} */
const config = {
  // (the parsing threads' script is an entry of its own: a worker is started from a file)
  input: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'parse-worker': 'src/engine/parse-worker.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: false,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js',
    // dist/ is diffed in CI: identical source must give identical bytes.
    generatedCode: 'es2015',
  },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.join() ?? '')) return
    if (warning.code === 'THIS_IS_UNDEFINED') return
    // Dependencies' comments that rollup drops: harmless, and noise in every build.
    // gray-matter's JavaScript engine uses eval; copydesk replaces both JS engines so it is never reached.
    if (warning.code === 'EVAL' && /gray-matter/.test(warning.id ?? '')) return
    if (warning.code === 'INVALID_ANNOTATION' && /node_modules/.test(warning.id ?? '')) return
    warn(warning)
  },
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json' }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    commonjs(),
    json(),
  ],
}

export default config
