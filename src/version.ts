// Kept in step with package.json by a test, so the bundle never needs to read package.json at run time.
export const VERSION = '0.1.0'
