import { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside itself on a narrow screen. Focusable and named, so a keyboard user can
 * scroll it too when nothing inside it takes focus.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="wsp-table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
