import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

/**
 * Lints a snippet as if it lived at the given path, with the project's own config. The paths are
 * made up, so no tsconfig holds them: the rules that need types are left out here (see below).
 */
async function lintAt(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked })
  const [result] = await eslint.lintText(code, { filePath: path })
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`)
}

/** Lints a snippet in place of a real file's text, with types: the project service reads the text given. */
async function lintWithTypes(code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() })
  const [result] = await eslint.lintText(code, { filePath: 'src/main/index.ts' })
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`)
}

describe('lint keeps the layers apart', () => {
  it('refuses electron outside the platform layer', async () => {
    const messages = await lintAt('src/main/core/sneaky.ts', "import { app } from 'electron'\nexport const a = app\n")
    expect(messages.join('\n')).toMatch(/no-restricted-imports: .*Only src\/main\/platform/)
  })

  it('keeps core/ below everything else: only src/shared above it, and still no electron', async () => {
    const upward = await lintAt(
      'src/main/core/sneaky.ts',
      "import { createLiveMonitor } from '../monitor/live-monitor'\nexport const a = createLiveMonitor\n",
    )
    expect(upward.join('\n')).toMatch(/src\/main\/core imports only src\/shared/)
    const shared = await lintAt(
      'src/main/core/fine.ts',
      "import type { ScreenId } from '../../shared/domain/screens'\n\nexport type A = ScreenId\n",
    )
    expect(shared).toEqual([])
    const electron = await lintAt('src/main/core/sneaky.ts', "import { app } from 'electron'\nexport const a = app\n")
    expect(electron.join('\n')).toMatch(/Only src\/main\/platform/)
  })

  it('allows electron inside the platform layer', async () => {
    const messages = await lintAt(
      'src/main/platform/new-adapter.ts',
      "import { app } from 'electron'\nexport const a = app\n",
    )
    expect(messages).toEqual([])
  })

  it('refuses raw ipcMain outside the typed wrapper', async () => {
    const messages = await lintAt(
      'src/main/platform/other.ts',
      "import { ipcMain } from 'electron'\nipcMain.handle('x', () => 1)\n",
    )
    expect(messages.join('\n')).toMatch(/Use bindIpc/)
  })

  it('refuses webContents.send outside the typed wrapper', async () => {
    const messages = await lintAt(
      'src/main/platform/other.ts',
      "import type { BrowserWindow } from 'electron'\nexport const f = (w: BrowserWindow) => w.webContents.send('x')\n",
    )
    expect(messages.join('\n')).toMatch(/Send events through the EventBus/)
  })

  it('keeps Node and the main process out of the renderer, and Node out of shared', async () => {
    const renderer = await lintAt(
      'src/renderer/src/bad.ts',
      "import { readFile } from 'node:fs'\nimport { dispatch } from '../../main/ipc/dispatch'\nexport const x = [readFile, dispatch]\n",
    )
    expect(renderer.join('\n')).toMatch(/The renderer has no Node/)
    expect(renderer.join('\n')).toMatch(/only through the IPC client/)
    const shared = await lintAt('src/shared/bad.ts', "import { readFile } from 'node:fs'\nexport const x = readFile\n")
    expect(shared.join('\n')).toMatch(/src\/shared must not depend on Node/)
  })

  it('keeps the component tests’ support out of the renderer’s own files, and lets tests use it', async () => {
    const code = "import { renderWithServices } from './test-support/render'\nexport const x = renderWithServices\n"
    const app = await lintAt('src/renderer/src/bad.ts', code)
    expect(app.join('\n')).toMatch(/Test support is for \*\.test\.tsx files only/)
    const test = await lintAt('src/renderer/src/good.test.tsx', code)
    expect(test).toEqual([])
  })
})

describe('lint reads the types', () => {
  it('refuses a promise nobody awaits, a switch that misses a member, and a check that cannot fail', async () => {
    const code = [
      'async function save(): Promise<void> {}',
      'export function onClick(): void {',
      '  save()',
      '}',
      "export function label(kind: 'a' | 'b'): string {",
      '  switch (kind) {',
      "    case 'a':",
      "      return 'A'",
      '  }',
      "  return ''",
      '}',
      'export function size(items: string[]): number {',
      '  return items ? items.length : 0',
      '}',
      '',
    ].join('\n')
    const rules = (await lintWithTypes(code)).map((message) => message.split(':')[0])
    expect(rules).toEqual([
      '@typescript-eslint/no-floating-promises',
      '@typescript-eslint/switch-exhaustiveness-check',
      '@typescript-eslint/no-unnecessary-condition',
    ])
    // Building the program for src/main takes seconds, more on a busy machine.
  }, 90_000)
})
