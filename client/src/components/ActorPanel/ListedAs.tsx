/** How many list names show before the rest fold away: OFAC gives Hezbollah over twenty. */
export const LISTED_AS_SHOWN = 6;

/**
 * The names of list entries matched to this actor (`Actor.listedAs`): the
 * lists' names, not its own, so they sit apart from its aliases (issue #16).
 * Nothing when no entry is matched.
 */
export function ListedAs({ names }: { names: readonly string[] }) {
  if (!names.length) return null;
  const shown = names.slice(0, LISTED_AS_SHOWN);
  const rest = names.slice(LISTED_AS_SHOWN);
  return (
    <div className="aliases" data-testid="listed-as">
      <span data-testid="listed-as-shown">Also listed as {shown.join(', ')}</span>
      {rest.length ? (
        <details className="listed-as-rest">
          <summary>and {rest.length} more</summary>
          {rest.join(', ')}
        </details>
      ) : null}
    </div>
  );
}
