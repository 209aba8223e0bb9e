import { useEffect, useState } from 'react'

/** One audio output the system lists. */
export interface AudioOutput {
  readonly deviceId: string
  readonly label: string
}

/** The system's audio outputs, kept up to date as headsets come and go; empty where none are listed. */
export function useAudioOutputs(): ReadonlyArray<AudioOutput> {
  const [outputs, setOutputs] = useState<ReadonlyArray<AudioOutput>>([])
  useEffect(() => {
    const devices = (navigator as Partial<Navigator>).mediaDevices
    if (!devices?.enumerateDevices) return
    let alive = true
    const read = () =>
      void devices.enumerateDevices().then(
        (list) =>
          alive &&
          setOutputs(
            list
              // 'default' and 'communications' are the system's own choices, offered as "System default".
              .filter(
                (device) =>
                  device.kind === 'audiooutput' && !['', 'default', 'communications'].includes(device.deviceId),
              )
              .map(({ deviceId, label }) => ({ deviceId, label })),
          ),
        () => undefined,
      )
    read()
    devices.addEventListener('devicechange', read)
    return () => {
      alive = false
      devices.removeEventListener('devicechange', read)
    }
  }, [])
  return outputs
}
