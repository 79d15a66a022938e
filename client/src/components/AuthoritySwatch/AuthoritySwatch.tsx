import type { Authority } from '../../graph/authorities';
import './AuthoritySwatch.css';

/** A ring in an authority's colour, as drawn around the actors it designates. */
export function AuthoritySwatch({ authority }: { authority: Authority | undefined }) {
  if (!authority) return null;
  return (
    <svg className="authority-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="5.5" fill="#fff" stroke={authority.color} strokeWidth="3" />
    </svg>
  );
}
