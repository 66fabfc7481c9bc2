import { Finding } from '../core/findings';

/** Focuses a finding in the Findings tab once the tab has drawn it (its button carries data-finding). */
export function focusFindingWhenShown(f: Finding, tries = 40): void {
  const key = `${f.code}|${f.sheet}|${f.cell}`;
  const el = [...document.querySelectorAll<HTMLElement>('[data-finding]')].find((e) => e.dataset.finding === key);
  if (el) {
    el.scrollIntoView({ block: 'center' });
    el.focus();
  } else if (tries > 0) setTimeout(() => focusFindingWhenShown(f, tries - 1), 100);
}
