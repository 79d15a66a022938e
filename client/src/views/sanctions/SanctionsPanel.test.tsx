import { render, screen, waitFor } from '@testing-library/react';
import { designatedActors } from '../../graph/authorities';
import { installFakeServer } from '../../test/fakeServer';
import {
  houthisExposure,
  houthisStatus,
  ofacSanctionsNetwork,
  ofacSanctionsQods,
  wireDesignation,
} from '../../test/fixtures';
import { SanctionsPanel, browsableAuthorities, type SanctionsPanelProps } from './SanctionsPanel';

const designated = designatedActors([ofacSanctionsQods, ofacSanctionsNetwork]);

function setup(overrides: Partial<SanctionsPanelProps> = {}) {
  const props: SanctionsPanelProps = {
    subject: { id: 'houthis', name: 'Houthis' },
    status: { status: 'ok', data: houthisStatus },
    onRetryStatus: jest.fn(),
    exposure: { status: 'ok', data: houthisExposure },
    onRetryExposure: jest.fn(),
    via: null,
    onChangeVia: jest.fn(),
    traced: false,
    onTrace: jest.fn(),
    designated,
    year: null,
    onSelectActor: jest.fn(),
    onSelectRelationship: jest.fn(),
    ...overrides,
  };
  render(<SanctionsPanel {...props} />);
  return props;
}

describe('SanctionsPanel', () => {
  beforeEach(() => {
    const nodes = [ofacSanctionsQods, ofacSanctionsNetwork].map(wireDesignation);
    installFakeServer({
      AuthorityDesignations: ({ authority }) => {
        const mine = nodes.filter((d) => d.authority.id === authority);
        return {
          designations: {
            totalCount: mine.length,
            byProgram: [],
            edges: mine.map((node) => ({ cursor: node.id, node })),
            pageInfo: { hasNextPage: false, endCursor: null },
          },
        };
      },
    });
  });

  it('shows the status by authority, the exposure, and the designations of the authority that applies', async () => {
    setup();
    expect(screen.getByTestId('sanction-status')).toHaveTextContent('Sanction status of Houthis');
    expect(screen.getByTestId('exposure')).toHaveTextContent('Sanctions exposure of Houthis');
    // OFAC applies (LINKED), so its list is the one opened, before the EU's.
    expect(screen.getByTestId('designations-authority')).toHaveValue('us-ofac');
    expect(await screen.findByTestId('designations-total')).toHaveTextContent(
      '2 designations by OFAC',
    );
    expect(screen.getAllByTestId('designation-row').map((r) => r.textContent)).toEqual([
      'Qods Force · SDGT · since 2007-10-25',
      'Shamkhani shipping network · IRAN-EO13846 · since 2025-07-30',
    ]);
  });

  it('asks for an actor when none is selected and still browses the ringed authorities', async () => {
    setup({ subject: null, status: { status: 'idle' } });
    expect(screen.queryByTestId('sanction-status')).toBeNull();
    expect(screen.getByTestId('sanctions-panel')).toHaveTextContent('Select an actor');
    await waitFor(() =>
      expect(screen.getByTestId('designations-total')).toHaveTextContent('2 designations by OFAC'),
    );
  });
});

describe('browsableAuthorities', () => {
  it('puts the authorities whose rule applies first, then the others reported, then those ringed', () => {
    const ids = browsableAuthorities({ status: 'ok', data: houthisStatus }, designated).map(
      (a) => a.id,
    );
    expect(ids).toEqual(['us-ofac', 'european-union']);
    expect(browsableAuthorities({ status: 'loading' }, designated).map((a) => a.id)).toEqual([
      'us-ofac',
    ]);
  });
});
