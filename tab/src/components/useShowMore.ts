import { useState } from 'react';

/** Long lists render a page at a time: thousands of table rows would make the tab sluggish in Teams. */
export function useShowMore<T>(items: readonly T[], step: number): { visible: readonly T[]; more: number; showMore: () => void } {
  const [count, setCount] = useState(step);
  const visible = items.slice(0, count);
  return { visible, more: Math.min(step, items.length - visible.length), showMore: () => setCount((c) => c + step) };
}
