import { useEffect, useRef, useState } from 'react'

import type { RingSettings } from '../../../shared/domain/ring'
import { useClient } from '../ipc/client-context'

/** The tone's data: URL, read from main whenever the choice changes; undefined for no sound. */
function useToneSource(settings: RingSettings | undefined): string | undefined {
  const client = useClient()
  const [source, setSource] = useState<{ key: string; dataUrl: string }>()
  const tone = settings?.tone
  const key = `${tone ?? ''}:${settings?.customTonePath ?? ''}`
  useEffect(() => {
    if (tone === undefined || tone === 'none') return
    let alive = true
    client.call('ring.tone', { tone }).then(
      ({ dataUrl }) => alive && setSource({ key, dataUrl }),
      // A user's file that went away: no sound rather than a broken page; Settings shows the problem.
      () => undefined,
    )
    return () => {
      alive = false
    }
  }, [client, tone, key])
  return tone === 'none' || source?.key !== key ? undefined : source.dataUrl
}

/** Plays one element on one device, or stops and rewinds it; returns how to cancel a start under way. */
function applyPlayback(element: HTMLAudioElement | null, playing: boolean, volume: number, device: string | null) {
  if (!element) return undefined
  element.volume = volume / 100
  if (!playing) {
    element.pause()
    element.currentTime = 0
    return undefined
  }
  let cancelled = false
  // '' is the system's default output; a device that went away leaves the default in place.
  void element
    .setSinkId(device ?? '')
    .catch(() => undefined)
    .then(() => (cancelled ? undefined : element.play()))
    .catch(() => undefined)
  return () => {
    cancelled = true
  }
}

/**
 * The ringtone: loops while `playing`, on the chosen output and, when set, on a second device as
 * well (a second element: one element plays on one device). Stops the moment `playing` turns false.
 */
export function Ringtone({ playing, settings }: { playing: boolean; settings: RingSettings | undefined }) {
  const source = useToneSource(settings)
  const primary = useRef<HTMLAudioElement>(null)
  const second = useRef<HTMLAudioElement>(null)
  const alsoRingOn = settings?.alsoRingOn ?? null
  const audible = playing && source !== undefined
  const volume = settings?.volume ?? 0
  const outputDevice = settings?.outputDevice ?? null
  useEffect(
    () => applyPlayback(primary.current, audible, volume, outputDevice),
    [source, audible, volume, outputDevice],
  )
  useEffect(
    () => applyPlayback(second.current, audible && alsoRingOn !== null, volume, alsoRingOn),
    [source, audible, volume, alsoRingOn],
  )
  if (!source) return null
  return (
    <>
      <audio ref={primary} className="ringtone" data-output="primary" src={source} loop preload="auto" hidden />
      {alsoRingOn !== null && (
        <audio ref={second} className="ringtone" data-output="second" src={source} loop preload="auto" hidden />
      )}
    </>
  )
}
