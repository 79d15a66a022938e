/** A count for people: "1,234" (grouped thousands, whatever the browser's locale, like the rest of the page). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
