import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { AUTOSTART_FILE, createLinuxAutostart } from '../../../src/main/login/linux-autostart'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

describe('Linux start at login', () => {
  it('writes an XDG autostart entry that launches the installed app hidden, and removes it', async () => {
    const configHome = await tempDir()
    const autostart = createLinuxAutostart({ configHome, executable: '/opt/AgentDesk/agentdesk' })
    await autostart.apply(true)
    const file = join(configHome, 'autostart', AUTOSTART_FILE)
    const entry = await readFile(file, 'utf8')
    expect(entry).toContain('[Desktop Entry]\nType=Application\nName=AgentDesk\n')
    expect(entry).toContain('Exec="/opt/AgentDesk/agentdesk" --hidden\n')
    expect((await stat(file)).mode & 0o777).toBe(0o644)
    await autostart.apply(true)
    await autostart.apply(false)
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })
    // Removing twice is not an error.
    await autostart.apply(false)
  })

  it('quotes an AppImage path with spaces and shell characters as the spec asks', async () => {
    const configHome = await tempDir()
    await createLinuxAutostart({ configHome, executable: '/home/lan/My Apps/Agent$Desk "x".AppImage' }).apply(true)
    const entry = await readFile(join(configHome, 'autostart', AUTOSTART_FILE), 'utf8')
    expect(entry).toContain('Exec="/home/lan/My Apps/Agent\\$Desk \\"x\\".AppImage" --hidden')
  })
})
