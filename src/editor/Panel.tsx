/**
 * A panel beside or below the text (private details, character names, the two
 * versions after a conflict): a region named by its heading, so a screen reader
 * user can find it by name in the page's landmarks (WCAG 1.3.1).
 */
import { useId } from 'react';
import type { ReactNode } from 'react';

/** Props of Panel. */
export interface PanelProps {
  /** `aside` for a panel beside the text, `section` for one in its flow. */
  readonly as: 'aside' | 'section';
  readonly className: string;
  readonly title: ReactNode;
  readonly children: ReactNode;
}

/** A region with its heading. */
export function Panel({ as: Element, className, title, children }: PanelProps) {
  const id = useId();
  return (
    <Element className={className} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </Element>
  );
}
