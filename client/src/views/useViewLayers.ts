import type { Mode } from '../state/view';
import { useControlView } from './control/useControlView';
import { useExploreView } from './explore/useExploreView';
import { useMoneyView } from './money/useMoneyView';
import { usePathsView } from './paths/usePathsView';
import { useSanctionsView } from './sanctions/useSanctionsView';
import { useTimelineView } from './timeline/useTimelineView';
import type { ViewInput, ViewLayer } from './ViewLayer';

/**
 * Every view's layer (see `ViewLayer`). Each view's hook runs on every
 * render, whichever is active: hooks cannot be conditional, and each one
 * loads only what its view needs while active (paths excepted: the chosen
 * ends' paths stay loaded in every view).
 */
export function useViewLayers(input: ViewInput): Readonly<Record<Mode, ViewLayer>> {
  return {
    explore: useExploreView(input),
    paths: usePathsView(input),
    sanctions: useSanctionsView(input),
    money: useMoneyView(input),
    control: useControlView(input),
    timeline: useTimelineView(input),
  };
}
