export interface UndatedToggleProps {
  checked: boolean;
  onChange: (on: boolean) => void;
}

/**
 * "Undated" beside the year or range in the graph's toolbar, in every view:
 * also draw what the sources do not date for that time (the API's
 * `includeUndated`), marked as such. The timeline's panel has the same
 * switch; both set the one view state.
 */
export function UndatedToggle({ checked, onChange }: UndatedToggleProps) {
  return (
    <label
      className="undated-toggle"
      title="Also show links the sources do not date for this time (drawn dashed)"
    >
      <input
        type="checkbox"
        data-testid="undated-toggle"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      Undated
    </label>
  );
}
