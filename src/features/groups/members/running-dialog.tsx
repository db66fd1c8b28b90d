import { Modal } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';

/** What a dialog's content gets to run its one action. */
export interface Runner {
  running: boolean;
  /** Runs `action` unless one is running already (a double click sends once); undefined when refused. */
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
}

/**
 * A dialog for a change across groups (copy, move). While its action runs it cannot be closed: its
 * outcome (a group created without its members, a move stopped half-way) must be seen, and closing
 * then would allow a second run. Its content mounts when opened, so each opening starts afresh.
 */
export function RunningDialog({
  opened,
  title,
  onClose,
  children,
}: {
  opened: boolean;
  title: string;
  onClose: () => void;
  children: (runner: Runner) => ReactNode;
}) {
  const [running, setRunning] = useState(false);
  const inFlight = useRef(false);
  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setRunning(true);
    try {
      return await action();
    } finally {
      inFlight.current = false;
      setRunning(false);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={() => !running && onClose()}
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      withCloseButton={!running}
      title={title}
      centered
    >
      {opened && children({ running, run })}
    </Modal>
  );
}
