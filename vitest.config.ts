import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// Two projects in one run: the services in Node, and the renderer's components in a DOM.
// happy-dom rather than jsdom: the jsdom that Testing Library's examples use needs Node 22.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['src/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['src/renderer/src/test-support/setup.ts'],
          // i18next's advertisement on start, once per test file.
          env: { I18NEXT_NO_SUPPORT_NOTICE: '1' },
        },
      },
    ],
  },
})
