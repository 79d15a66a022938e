import { useEffect, useState, type RefObject } from 'react';

/**
 * The width of an element in CSS pixels, followed as it resizes; `fallback`
 * until measured (and where nothing measures, as in jsdom), so the plot
 * draws its text unstretched at any width.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
