// The run-to-run cache: its folder (shared with the LLM review's entries), atomic writes, the result store.
export { cacheArea, cacheLocation, ensureCacheFolder, DEFAULT_CACHE_LOCATION, type CacheArea } from './location.js'
export { writeFileAtomic } from './atomic.js'
export { openResultStore, type ResultStore } from './store.js'
export { sha256 } from './hash.js'
