import type { Mode } from '../state/view';
import { control } from './control/definition';
import { explore } from './explore/definition';
import { money } from './money/definition';
import { paths } from './paths/definition';
import { sanctions } from './sanctions/definition';
import { timeline } from './timeline/definition';
import type { ViewDefinition } from './ViewDefinition';

/** Every view by mode (see `ViewDefinition`); the order of the tabs is `MODES`'. */
export const VIEWS: Readonly<Record<Mode, ViewDefinition>> = {
  explore,
  paths,
  sanctions,
  money,
  control,
  timeline,
};
