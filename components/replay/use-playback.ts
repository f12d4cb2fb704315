"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { clamp } from "./replay-time";

export const SPEEDS = [1, 5, 10, 30, 60] as const;
export type Speed = (typeof SPEEDS)[number];

export interface Playback {
  t: number;
  playing: boolean;
  speed: Speed;
  /** Counts seeks, so the player can time the frame that shows one. */
  seeks: number;
  seek: (t: number) => void;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  setSpeed: (speed: Speed) => void;
}

/** The play head: advanced by requestAnimationFrame against performance.now(), `speed` ms of drill per ms of wall time, stopping at the end. */
export function usePlayback(durationMs: number, initialT: number): Playback {
  const [t, setT] = useState(() => clamp(initialT, durationMs));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(10);
  const [seeks, setSeeks] = useState(0);
  // The frame loop reads and writes the play head here, so a seek during play is where the next frame starts from.
  const head = useRef(t);

  const seek = useCallback(
    (to: number) => {
      const next = clamp(to, durationMs);
      performance.mark("replay:seek-start");
      head.current = next;
      setT(next);
      setSeeks((count) => count + 1);
    },
    [durationMs],
  );

  const play = useCallback(() => {
    // Play at the end starts over, as media players do.
    if (head.current >= durationMs) {
      head.current = 0;
      setT(0);
    }
    setPlaying(true);
  }, [durationMs]);
  const pause = useCallback(() => setPlaying(false), []);
  const toggle = useCallback(() => (playing ? pause() : play()), [playing, pause, play]);

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function advance(now) {
      // A frame's timestamp can precede the moment the loop started.
      const next = Math.min(durationMs, head.current + Math.max(0, now - last) * speed);
      last = Math.max(last, now);
      head.current = next;
      setT(next);
      if (next >= durationMs) setPlaying(false);
      else frame = requestAnimationFrame(advance);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, durationMs]);

  return { t, playing, speed, seeks, seek, play, pause, toggle, setSpeed };
}
