// Kept apart from citation.ts so the browser bundle that fills in access dates does not pull in
// the schemas (and zod) that citation.ts uses for date wording.

/** A Date as the YYYY-MM-DD of the reader's local calendar (not UTC: a citation made at 07:00 in Beijing is dated today). */
export function accessDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
