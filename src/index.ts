// The Action's entry point: the runner executes dist/index.js, which only calls run().
import { run } from './github/run.js'

await run()
