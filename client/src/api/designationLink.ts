import type { DesignationFieldsFragment, RelationshipFieldsFragment } from '../generated/graphql';

/**
 * The API gives designations as records on the designated actor; the views
 * draw and list one as a link from its authority ("US Treasury sanctions
 * X"), with its programs joined, its listing and delisting dates as the
 * period and its reason as the label.
 */
export function designationAsLink(d: DesignationFieldsFragment): RelationshipFieldsFragment {
  return {
    id: d.id,
    type: 'SANCTIONS',
    start: d.listedOn,
    end: d.delistedOn,
    percent: null,
    program: d.programs.length ? d.programs.join(', ') : null,
    label: d.reason,
    origin: d.origin,
    source: d.authority,
    target: d.actor,
    amount: null,
    // A designation is dated by its listing (and delisting), never undated for a window.
    validity: {
      kind: 'DATED',
      reason: 'listed and delisted on the dates of the list',
      period: null,
      endedBefore: null,
      heldOn: null,
    },
    inferred: false,
    inference: null,
    evidence: d.evidence,
  };
}
