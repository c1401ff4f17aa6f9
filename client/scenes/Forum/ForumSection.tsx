import type { ReactNode } from "react";

interface ForumSectionProps {
  /** The anchor the page's section links point to. */
  id: string;
  title: string;
  /** Shown beside the heading, e.g. the year switcher. */
  aside?: ReactNode;
  children: ReactNode;
}

/** One section of a forum page: a card with its heading and an anchor. */
export function ForumSection({ id, title, aside, children }: ForumSectionProps) {
  return (
    <section id={id} className="forum-section card" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <div className="forum-section__head">
        <h2 id={`${id}-title`}>{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
