/** Counts per kind (a dry-run, an erasure preview): never content. */
export function CountList({ heading, counts, label }: { heading: string; counts: Record<string, number>; label: (key: string) => string }) {
  return (
    <>
      <p>{heading}</p>
      <ul>{Object.entries(counts).map(([k, n]) => <li key={k}>{label(k)}: {n}</li>)}</ul>
    </>
  );
}
