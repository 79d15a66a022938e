import type { RelationType } from '@explorer/domain';
import type { LayoutChoice, Mode, ViewState } from '../state/view';

/**
 * What a view is, apart from what it loads: read by the URL state (its
 * layout, what switching to it does), the scope (what it draws around the
 * focus) and the export links. Each view writes its own in
 * `views/<view>/definition.ts`; `views/definitions.ts` lists them.
 */
export interface ViewDefinition {
  mode: Mode;
  /** Its name on the tab. */
  name: string;
  /** What it is for, in one line (the tab's tooltip, the intro). */
  purpose: string;
  /**
   * What it draws around the focus: the focus's neighbourhood at the chosen
   * depth plus the expanded actors', or the focus's control chain up and down.
   */
  scope: 'neighbourhood' | 'chain';
  /** The only relationship types it loads and draws; null: every type. */
  types: readonly RelationType[] | null;
  /** The relationship types its export keeps; null: those it draws. */
  exportTypes: readonly RelationType[] | null;
  /** Its layout until one is chosen. */
  layout: LayoutChoice;
  /** Views of one group draw the same actors, so they share node positions. */
  layoutGroup: string;
  /** After a fresh layout, centre on the focus (else everything is fitted). */
  centreOnFocus: boolean;
  /** How many hops around the focus its export reaches; null: the depth shown. */
  exportDepth: number | null;
  /** What opening it on an actor from a panel sets besides (see `openView`). */
  openWith?: Partial<ViewState>;
}

/**
 * What explore, paths and sanctions share (they draw the same graph and so
 * share positions): the focus's neighbourhood, every type, force layout,
 * centred on the focus, exported as shown.
 */
export const GRAPH_VIEW = {
  scope: 'neighbourhood',
  types: null,
  exportTypes: null,
  layout: 'force',
  layoutGroup: 'graph',
  centreOnFocus: true,
  exportDepth: null,
} as const satisfies Omit<ViewDefinition, 'mode' | 'name' | 'purpose'>;
