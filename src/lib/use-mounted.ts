import { useEffect, useRef } from 'react';

/** Whether the component is still on screen: work that outlives it (a save) then tells its end another way. */
export function useMounted() {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
