import { Dialog, DialogSurface } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';

/**
 * A modal dialog opened by a value and closed by null. It stays mounted and is opened and closed through `open`:
 * unmounting it while open leaves the rest of the page aria-hidden. The last value stays in the surface while it
 * animates closed.
 */
export function RetainedDialog<T>({ value, onClose, children }: { value: T | null; onClose: () => void; children: (shown: T) => ReactNode }) {
  const [last, setLast] = useState<T | null>(value);
  useEffect(() => {
    if (value !== null) setLast(value);
  }, [value]);
  const shown = value ?? last;
  return (
    <Dialog open={value !== null} modalType="modal" onOpenChange={(_, d) => { if (!d.open) onClose(); }}>
      <DialogSurface>{shown !== null ? children(shown) : null}</DialogSurface>
    </Dialog>
  );
}
