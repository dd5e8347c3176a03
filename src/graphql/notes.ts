/**
 * Descriptions of generic schema elements that depend on which providers honour them, built from the
 * providers' `notes` (src/providers/<id>/index.ts), so adding a provider never means editing the
 * generic types to keep their docs right.
 */
import { PROVIDERS } from '../providers/known.js';

/** The providers' notes on one schema coordinate, in registry order. */
export function notesOf(coordinate: string): { name: string; note: string | true }[] {
  const notes: { name: string; note: string | true }[] = [];
  for (const provider of PROVIDERS) {
    const note = provider.notes?.[coordinate];
    if (note !== undefined) notes.push({ name: provider.name, note });
  }
  return notes;
}

/**
 * `base` followed by the names of the providers that mark `coordinate` with `true` in parentheses,
 * then each provider's own sentence: described('UserFilter.email', 'Exact email address') →
 * "Exact email address (<name of each provider noting it>)."
 */
export function described(coordinate: string, base = ''): string {
  const notes = notesOf(coordinate);
  const names = notes.filter((n) => n.note === true).map((n) => n.name);
  const sentences = notes.flatMap((n) => (typeof n.note === 'string' ? [n.note] : []));
  const parts: string[] = [];
  if (base) {
    const stem = base.replace(/\.$/, '');
    parts.push(names.length > 0 ? `${stem} (${names.join(', ')}).` : `${stem}.`);
  }
  parts.push(...sentences);
  return parts.join(' ');
}
