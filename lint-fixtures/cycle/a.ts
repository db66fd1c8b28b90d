// A two-module cycle that `import-x/no-cycle` must report (src/lib/import-boundaries.test.ts).
import { b } from './b';

export const a = () => b();
