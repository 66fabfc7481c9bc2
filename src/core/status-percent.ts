/**
 * A percentage written as a status: "100%" is done and "0%" not started, certainly; anything
 * between is work in progress, inferred only (a share done says nothing of what remains, nor
 * whether it stopped). Only a percentage standing alone as the status, or before a sentence or
 * bracket ("100%. Publicat pe portal", "60 % (două din trei)"): "100% din fonduri …" is narrative.
 */
const PERCENT = /^\s*(\d{1,3}(?:[.,]\d+)?)\s*%(?=\s*(?:$|[.;:\n(]))/;

export function percentStatus(raw: string): { state: 'done' | 'not_started' | 'in_progress'; certain: boolean; end: number } | null {
  const m = PERCENT.exec(raw);
  if (!m) return null;
  const value = Number(m[1].replace(',', '.'));
  const end = m[0].length;
  if (value === 100) return { state: 'done', certain: true, end };
  if (value === 0) return { state: 'not_started', certain: true, end };
  return value > 0 && value < 100 ? { state: 'in_progress', certain: false, end } : null;
}

/** Does the text start with a digit and a percent sign close by: a cheap test before percentStatus. */
export function mayBePercent(raw: string): boolean {
  return /^\s*\d[\d.,]*\s*%/.test(raw.slice(0, 16));
}
