import type { ReactNode } from 'react';
import classes from './import-page.module.css';

/** The tags of the report's translated sentences: a group's name in bold, a failure in red. */
export const reportTags = {
  b: (chunks: ReactNode) => <strong>{chunks}</strong>,
  error: (chunks: ReactNode) => <span className={classes.error}>{chunks}</span>,
};
