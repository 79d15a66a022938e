import type { ActorKind } from '../../api/api';
import { KIND_NAMES } from '../../format/names';
import { KIND_STYLES } from '../../graph/palette';
import { SHAPE_PATHS } from '../../graph/shapes';
import './KindIcon.css';

/** The shape and colour a kind has in the graph; decorative unless `labelled`. */
export function KindIcon({ kind, labelled = false }: { kind: ActorKind; labelled?: boolean }) {
  const style = KIND_STYLES[kind];
  return (
    <svg
      className="kind-icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      role={labelled ? 'img' : undefined}
      aria-label={labelled ? KIND_NAMES[kind] : undefined}
      aria-hidden={labelled ? undefined : true}
    >
      <path d={SHAPE_PATHS[style.shape]} fill={style.color} stroke="#333" strokeWidth="0.75" />
    </svg>
  );
}
