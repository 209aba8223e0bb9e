// `npm run security`: electronegativity over src/, failing on any MEDIUM or higher finding
// that a person has not reviewed (security/electronegativity-reviewed.json). electronegativity
// itself always exits 0, so its CSV is read here.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'

import { evaluateFindings, parseFindingsCsv } from './security/evaluate-findings.mjs'

const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const output = 'test-results/electronegativity.csv'
mkdirSync('test-results', { recursive: true })
rmSync(output, { force: true })

execFileSync(
  process.execPath,
  [
    require.resolve('@doyensec/electronegativity/dist/index.js'),
    '-i',
    'src',
    '-o',
    output,
    '-r',
    '-v',
    'false',
    '-e',
    electronVersion,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
)

const findings = parseFindingsCsv(readFileSync(output, 'utf8'))
const { reviewed } = JSON.parse(readFileSync('security/electronegativity-reviewed.json', 'utf8'))
const { failing, stale } = evaluateFindings(findings, reviewed)

for (const finding of failing) {
  console.error(
    `UNREVIEWED ${finding.severity} ${finding.check} ${finding.file}:${finding.location}  ${finding.sample}`,
  )
}
for (const entry of stale) {
  console.error(`STALE review entry: ${entry.check} ${entry.file} "${entry.sample}" matches no finding; remove it`)
}
console.log(
  `security scan (electronegativity, Electron ${electronVersion}): ${findings.length} findings, ` +
    `${findings.length - failing.length} below MEDIUM or reviewed, ${failing.length} failing, ${stale.length} stale reviews`,
)
process.exit(failing.length > 0 || stale.length > 0 ? 1 : 0)
