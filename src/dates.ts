/**
 * Calendar days. Expiry dates (suppressions, waivers, attestations) are whole
 * UTC days `YYYY-MM-DD`, compared as strings; a scan computes its day once
 * and uses it for every expiry decision, so one scan never straddles midnight.
 */

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
