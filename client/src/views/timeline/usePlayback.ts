import { useEffect, useEffectEvent, useState } from 'react';
import { nextStep, playStart, type Slots } from './brush';

/** How long each step of playback shows its range before moving on. */
export const PLAY_STEP_MS = 1500;

/**
 * Playback over the periods: play moves the range one period forward every
 * `stepMs`, keeping its width, and stops by itself when the range reaches
 * the last period; pause (or any brushing: `stop`) holds it where it is.
 */
export function usePlayback(
  slots: Slots | null,
  count: number,
  onStep: (slots: Slots) => void,
  stepMs = PLAY_STEP_MS,
) {
  const [playing, setPlaying] = useState(false);
  const step = useEffectEvent(() => {
    const next = nextStep(slots, count);
    if (next) onStep(next);
    else setPlaying(false);
  });
  const [start, end] = slots ?? [-1, -1];
  useEffect(() => {
    if (!playing) return;
    // Re-armed after every step (the range changed): one timer at a time.
    const timer = setTimeout(step, stepMs);
    return () => clearTimeout(timer);
  }, [playing, start, end, count, stepMs]);

  return {
    playing,
    toggle: () => {
      if (playing) return setPlaying(false);
      const first = playStart(slots, count);
      if (!first) return;
      onStep(first);
      setPlaying(true);
    },
    stop: () => setPlaying(false),
  };
}
