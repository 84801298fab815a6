/** A one-line progress bar on stderr, drawn only on a terminal so logs and CI output stay clean. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): { update(done: number, total: number): void; end(): void } {
  const width = 30;
  let lastDrawn = 0;
  return {
    update(done, total) {
      if (!stream.isTTY || total === 0) return;
      const nowMs = Date.now();
      if (done < total && nowMs - lastDrawn < 100) return;
      lastDrawn = nowMs;
      const filled = Math.round((done / total) * width);
      const pct = Math.floor((done / total) * 100);
      stream.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${pct}% ${done.toLocaleString('da-DK')}/${total.toLocaleString('da-DK')}`);
    },
    end() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}

/**
 * Rows done and rows/s for one table, on one redrawn line on a terminal (with the share done when the total is
 * known). `end` clears the line, for the caller's summary, and returns the seconds taken.
 */
export function rowProgress(label: string, total: number | null, stream: NodeJS.WriteStream = process.stderr): { add(n: number): void; end(): number } {
  const started = performance.now();
  let done = 0;
  let lastDrawn = 0;
  const draw = (): void => {
    const rate = perSecond(done, (performance.now() - started) / 1000);
    const bar = total ? ` ${Math.floor((done / Math.max(total, 1)) * 100)}% af ${total.toLocaleString('da-DK')}` : '';
    stream.write(`\r${label}: ${done.toLocaleString('da-DK')} rækker${bar}, ${rate.toLocaleString('da-DK')} rækker/s   `);
  };
  return {
    add(n) {
      done += n;
      if (!stream.isTTY || Date.now() - lastDrawn < 100) return;
      lastDrawn = Date.now();
      draw();
    },
    end() {
      if (stream.isTTY) stream.write('\r\x1b[2K');
      return (performance.now() - started) / 1000;
    },
  };
}

/** Rows per second, whole, safe for a zero duration. */
export function perSecond(rows: number, seconds: number): number {
  return Math.round(rows / Math.max(seconds, 0.001));
}
