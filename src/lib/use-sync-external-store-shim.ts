// wouter reaches useSyncExternalStore through a shim kept for React 16 and 17; React 19 has it built in.
export { useSyncExternalStore } from 'react';
