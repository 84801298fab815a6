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
