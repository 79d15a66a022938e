import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLFault, installFakeServer } from '../../test/fakeServer';
import {
  detailOf,
  ofacSanctionsNetwork,
  qodsDetail,
  qodsFundsHezbollah,
  scriptActor,
  shamkhaniControlsNetwork,
  shamkhaniNetwork,
  networkOwnsFleet,
  hezbollah,
  houthis,
  importedVesselDetail,
  qodsSuppliesHouthis,
  wireActor,
} from '../../test/fixtures';
import type { ActorDetail } from '../../api/api';
import { ActorPanel, type ActorPanelProps } from './ActorPanel';
import { LISTED_AS_SHOWN } from './ListedAs';

function setup(actorId: string, overrides: Partial<ActorPanelProps> = {}) {
  const props: ActorPanelProps = {
    actorId,
    onSelectActor: jest.fn(),
    onSelectRelationship: jest.fn(),
    onFocus: jest.fn(),
    onToggleExpand: jest.fn(),
    onPathFrom: jest.fn(),
    onPathTo: jest.fn(),
    onOpenView: jest.fn(),
    ...overrides,
  };
  render(<ActorPanel {...props} />);
  return props;
}

const network = detailOf(shamkhaniNetwork, [
  ofacSanctionsNetwork,
  shamkhaniControlsNetwork,
  networkOwnsFleet,
]);

/** Hezbollah as the API gives it with the OFAC list imported: an SDN record and a curated one. */
const listedHezbollah: ActorDetail = {
  ...detailOf(hezbollah),
  listedAs: ['HIZBALLAH', 'PARTY OF GOD'],
  designations: [
    {
      id: 'ofac-4697--designation',
      list: 'OFAC SDN',
      programs: ['FTO', 'SDGT'],
      listedOn: '1997-10-08',
      delistedOn: '2030-01-01',
      sourceEntry: '4697',
      reason: 'Terrorist organisation',
      origin: 'imported',
      authority: { id: 'us-treasury', name: 'U.S. Treasury Department', kind: 'STATE_BODY' },
      actor: hezbollah,
      evidence: [
        {
          excerpt: 'HIZBALLAH [FTO]',
          document: 'ofac-sdn-2021-04-25',
          section: null,
          claimedBy: null,
          statedOn: null,
        },
      ],
    },
    {
      id: 'united-states--sanctions--hezbollah',
      list: null,
      programs: [],
      listedOn: null,
      delistedOn: null,
      sourceEntry: null,
      reason: null,
      origin: 'curated',
      authority: { id: 'united-states', name: 'United States', kind: 'COUNTRY' },
      actor: hezbollah,
      evidence: [],
    },
  ],
};

describe('ActorPanel', () => {
  beforeEach(() => {
    installFakeServer({
      Actor: ({ id }) => {
        if (id === 'missing') return { actor: null };
        if (id === 'broken') throw new GraphQLFault('INTERNAL_SERVER_ERROR');
        const houthisDetail = detailOf(houthis, [qodsSuppliesHouthis]);
        const found = [
          qodsDetail,
          network,
          houthisDetail,
          detailOf(scriptActor),
          importedVesselDetail,
          listedHezbollah,
        ].find((a) => a.id === id);
        return { actor: wireActor(found) };
      },
    });
  });

  it('groups relationships by type and says each one in words, with its evidence', async () => {
    setup('shamkhani-network');
    const panel = await screen.findByTestId('actor-panel');
    expect(await within(panel).findByTestId('actor-panel-name')).toHaveTextContent(
      'Shamkhani shipping network',
    );
    expect(panel).toHaveTextContent('A collective actor standing for 115 members.');
    const headings = within(panel)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Controls (1)', 'Owns (1)', 'Sanctions (1)']);
    const items = within(panel)
      .getAllByTestId('relationship-item')
      .map((i) => i.textContent);
    expect(items[0]).toContain('Mohammad Hossein Shamkhani controls Shamkhani shipping network');
    expect(items[1]).toContain('Shamkhani shipping network owns Shamkhani tanker fleet');
    expect(within(panel).getByTestId('evidence-excerpt')).toHaveTextContent(
      '“Mohammad Hossein Shamkhani runs a vast shipping empire.”',
    );
    expect(panel).toHaveTextContent('OFAC, 2025-07-30');
    expect(panel).toHaveTextContent('§ The Shamkhani network');
  });

  it('lists designations with authority, program and date', async () => {
    const props = setup('shamkhani-network');
    const designation = await screen.findByTestId('designation');
    expect(within(designation).getByTestId('designation-programs')).toHaveTextContent(
      'IRAN-EO13846',
    );
    expect(within(designation).getByTestId('designation-listed')).toHaveTextContent('2025-07-30');
    expect(within(designation).queryByTestId('designation-delisted')).toBeNull();
    fireEvent.click(within(designation).getByRole('button', { name: 'OFAC' }));
    expect(props.onSelectActor).toHaveBeenCalledWith('us-ofac');
  });

  it('shows every fact of an imported designation record and the names the lists use', async () => {
    setup(listedHezbollah.id);
    const designations = await screen.findAllByTestId('designation');
    expect(designations.map((d) => d.getAttribute('data-origin'))).toEqual(['imported', 'curated']);
    const [ofacRecord, curatedRecord] = designations;
    expect(within(ofacRecord!).getByTestId('designation-list')).toHaveTextContent('OFAC SDN');
    expect(within(ofacRecord!).getByTestId('designation-programs')).toHaveTextContent('FTO, SDGT');
    expect(within(ofacRecord!).getByTestId('designation-listed')).toHaveTextContent('1997-10-08');
    expect(within(ofacRecord!).getByTestId('designation-delisted')).toHaveTextContent('2030-01-01');
    expect(within(ofacRecord!).getByTestId('designation-entry')).toHaveTextContent('4697');
    expect(within(ofacRecord!).getByTestId('designation-reason')).toHaveTextContent(
      'Terrorist organisation',
    );
    expect(within(ofacRecord!).getByTestId('evidence-excerpt')).toHaveTextContent(
      'HIZBALLAH [FTO]',
    );
    // A curated designation without list, entry or date says the date is not given.
    expect(within(curatedRecord!).getByTestId('designation-listed')).toHaveTextContent(
      'date not given',
    );
    expect(within(curatedRecord!).queryByTestId('designation-entry')).toBeNull();
    expect(screen.getByTestId('listed-as')).toHaveTextContent(
      'Also listed as HIZBALLAH, PARTY OF GOD',
    );
  });

  it('folds the list names past the first few', async () => {
    const names = Array.from({ length: LISTED_AS_SHOWN + 3 }, (_, i) => `NAME ${i}`);
    installFakeServer({ Actor: () => ({ actor: { ...listedHezbollah, listedAs: names } }) });
    setup(listedHezbollah.id);
    const listed = await screen.findByTestId('listed-as');
    const rest = within(listed).getByText('and 3 more').closest('details')!;
    expect(rest).not.toHaveAttribute('open');
    expect(rest).toHaveTextContent(names.slice(LISTED_AS_SHOWN).join(', '));
    expect(within(listed).getByTestId('listed-as-shown')).toHaveTextContent(
      `Also listed as ${names.slice(0, LISTED_AS_SHOWN).join(', ')}`,
    );
  });

  it('says nothing about other listed names when no list entry is matched', async () => {
    setup('irgc-qods-force');
    await screen.findByTestId('actor-panel-name');
    expect(screen.queryByTestId('listed-as')).toBeNull();
  });

  it('offers expand, path from, path to, counterpart links and the link itself', async () => {
    const props = setup('irgc-qods-force');
    fireEvent.click(await screen.findByTestId('path-from'));
    expect(props.onPathFrom).toHaveBeenCalledWith({
      id: 'irgc-qods-force',
      name: 'Qods Force',
      kind: 'MILITARY_UNIT',
    });
    fireEvent.click(screen.getByTestId('path-to'));
    expect(props.onPathTo).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Expand neighbours' }));
    expect(props.onToggleExpand).toHaveBeenCalledWith('irgc-qods-force');
    fireEvent.click(screen.getByTestId('focus-actor'));
    expect(props.onFocus).toHaveBeenCalledWith('irgc-qods-force');
    fireEvent.click(screen.getByRole('button', { name: 'Hezbollah' }));
    expect(props.onSelectActor).toHaveBeenCalledWith('hezbollah');
    const funds = screen
      .getAllByTestId('relationship-item')
      .find((i) => i.textContent?.includes('funds'))!;
    fireEvent.click(within(funds).getByRole('button', { name: 'Show this link' }));
    expect(props.onSelectRelationship).toHaveBeenCalledWith(qodsFundsHezbollah);
    expect(funds).toHaveTextContent('$1bn');
    expect(funds).toHaveTextContent('2025');
  });

  it('renders a name made of markup as text', async () => {
    setup(scriptActor.id);
    const name = await screen.findByTestId('actor-panel-name');
    expect(name).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(name.querySelector('img')).toBeNull();
  });

  it('says when the actor does not exist, and offers Retry when loading fails', async () => {
    setup('missing');
    expect(await screen.findByText(/No actor has the id “missing”/)).toBeInTheDocument();
  });

  it('offers Retry when loading fails', async () => {
    setup('broken');
    expect(await screen.findByTestId('error-banner')).toBeInTheDocument();
    expect(screen.getByTestId('retry')).toBeInTheDocument();
  });

  it('shows documented money totals', async () => {
    setup('irgc-qods-force');
    const totals = await screen.findByLabelText('Documented money');
    expect(totals).not.toHaveTextContent('Money in');
    expect(totals).toHaveTextContent('Money out$1bn');
  });

  it('offers to collapse an expanded actor and to open it in the other views', async () => {
    const props = setup('irgc-qods-force', { expanded: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Collapse neighbours' }));
    expect(props.onToggleExpand).toHaveBeenCalledWith('irgc-qods-force');
    fireEvent.click(screen.getByTestId('open-sanctions'));
    expect(props.onOpenView).toHaveBeenCalledWith('sanctions', 'irgc-qods-force');
    fireEvent.click(screen.getByTestId('open-money'));
    expect(props.onOpenView).toHaveBeenCalledWith('money', 'irgc-qods-force');
    fireEvent.click(screen.getByTestId('open-control'));
    expect(props.onOpenView).toHaveBeenCalledWith('control', 'irgc-qods-force');
  });

  it('rings each designation in its authority’s colour', async () => {
    setup('shamkhani-network', {
      authorities: new Map([
        ['us-ofac', { id: 'us-ofac', name: 'OFAC', code: 'OFAC', color: '#0072B2' }],
      ]),
    });
    const designation = await screen.findByTestId('designation');
    expect(designation.querySelector('svg.authority-swatch circle')?.getAttribute('stroke')).toBe(
      '#0072B2',
    );
  });

  it('shows where an imported actor comes from and its other properties as text', async () => {
    setup('ofac-9876');
    const source = await screen.findByTestId('actor-source');
    expect(source).toHaveTextContent('Imported from OFAC SDN · list of 2021-04-25 · entry 9876');
    expect(within(source).getByTestId('actor-source-list')).toHaveTextContent('OFAC SDN');
    const rows = screen.getAllByTestId('actor-property');
    // Source keys are on the source line, not repeated; the rest keep the server's order.
    expect(rows.map((r) => r.getAttribute('data-key'))).toEqual(['addresses', 'flag', 'imoNumber']);
    expect(screen.getByTestId('actor-properties')).toHaveTextContent('IMO number9123456');
    // Markup in a value is text, never HTML.
    expect(rows[0]).toHaveTextContent('<b>Bandar Abbas</b>, Iran');
    expect(rows[0]!.querySelector('b')).toBeNull();
  });

  it('shows no source line or properties for a curated actor without properties', async () => {
    setup('irgc-qods-force');
    await screen.findByTestId('actor-panel-name');
    expect(screen.queryByTestId('actor-source')).toBeNull();
    expect(screen.queryByTestId('actor-properties')).toBeNull();
  });
});
