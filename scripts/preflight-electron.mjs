// Runs before `npm start` and `npm run dev`: without it, a machine where the Electron binary
// could not be downloaded gets electron's own "Electron failed to install correctly" and a stack
// trace from inside electron-vite, with no word of what to do.
import { createRequire } from 'node:module'
import { dirname } from 'node:path'

import { checkElectronBinary, explainElectronProblem } from './preflight/electron-binary.mjs'

const require = createRequire(import.meta.url)
let electronPackage
try {
  electronPackage = require.resolve('electron/package.json')
} catch {
  console.error('AgentDesk cannot start: the electron package is not installed. Run `npm install` first.')
  process.exit(1)
}
const check = checkElectronBinary({
  packageDir: dirname(electronPackage),
  expectedVersion: require(electronPackage).version,
})
if (!check.ok) {
  console.error(explainElectronProblem(check.problem))
  process.exit(1)
}
