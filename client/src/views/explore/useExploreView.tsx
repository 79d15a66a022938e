import { layer, type ViewInput, type ViewLayer } from '../ViewLayer';
import { ExploreIntro } from './ExploreIntro';

/**
 * The explore view: the shared scope only (the whole graph, or the focus's
 * neighbourhood and expansions); with nothing selected, the panel says what
 * the explorer can do.
 */
export function useExploreView({ view }: ViewInput): ViewLayer {
  return layer(view.selected == null ? <ExploreIntro /> : null);
}
