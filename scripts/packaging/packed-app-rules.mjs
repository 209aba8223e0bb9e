/**
 * What a packed AgentDesk must hold, and must not. Pure: takes the asar's entry list and a few
 * probes, returns the problems in words (empty when all is well).
 */
const REQUIRED = ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']

const FORBIDDEN = [
  { test: (entry) => entry.endsWith('.map'), why: 'a source map' },
  { test: (entry) => /\/\.env(\.|$)/.test(entry), why: 'an .env file' },
  { test: (entry) => entry.startsWith('/test/') || entry.startsWith('/src/'), why: 'sources or tests' },
  { test: (entry) => /harness/i.test(entry), why: 'development-only harness code' },
  { test: (entry) => entry.startsWith('/node_modules/react'), why: 'a renderer library (it is bundled)' },
  {
    test: (entry) => /^\/node_modules\/(vitest|@playwright|playwright|electron-builder|typescript)\//.test(entry),
    why: 'a development tool',
  },
]

export function checkPackedApp({ entries, mainBundle, isUnpacked, unpackedExists, resourceExists, executableExists }) {
  const problems = []
  const present = new Set(entries)
  for (const path of REQUIRED) if (!present.has(path)) problems.push(`missing ${path}`)
  for (const entry of entries) {
    const rule = FORBIDDEN.find((candidate) => candidate.test(entry))
    if (rule) problems.push(`${entry} is ${rule.why}`)
  }
  for (const entry of entries.filter((candidate) => candidate.endsWith('.node'))) {
    if (!isUnpacked(entry)) problems.push(`${entry} is a native module inside the asar (it must be unpacked)`)
  }
  if (!unpackedExists('node_modules/keytar/build/Release/keytar.node')) {
    problems.push(
      "keytar's native module is not unpacked (app.asar.unpacked/node_modules/keytar/build/Release/keytar.node)",
    )
  }
  for (const icon of ['resources/icon.png', 'resources/tray/idle.png', 'resources/tray/ringingTemplate@2x.png']) {
    if (!resourceExists(icon)) problems.push(`missing ${icon} beside the asar`)
  }
  if (/startHarness|harness-server/.test(mainBundle)) problems.push('the main bundle contains the browser harness')
  if (!executableExists) problems.push('the executable is not named agentdesk')
  return problems
}
