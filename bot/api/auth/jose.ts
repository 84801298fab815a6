import type * as Jose from 'jose' with { 'resolution-mode': 'import' };

/**
 * jose v6 ships as an ES module only while this project compiles to CommonJS, so it is loaded with a
 * real dynamic import (which TypeScript keeps as `import()` under module Node16) and cached.
 */
export type { Jose };

let loading: Promise<typeof Jose> | undefined;

export function loadJose(): Promise<typeof Jose> {
  return (loading ??= import('jose'));
}
