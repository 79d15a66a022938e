import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /**
     * The graph view's cytoscape instance, always exposed so that end-to-end
     * tests (and curious analysts in the console) can read it, e.g.
     * `__cy.$('.highlighted').map((e) => e.id())`. Unset when no graph is mounted.
     */
    __cy?: Core;
  }
}
