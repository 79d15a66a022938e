import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import { App } from '../../app/App';
import { start, cy, highlighted, serve } from '../../test/appHarness';
import {
  curatedGraph,
  houthis,
  ofacSanctionsQods,
  qods,
  qodsSuppliesHouthis,
  wireDesignation,
} from '../../test/fixtures';

describe('the sanctions view', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('traces sanctions exposure over the chosen links and rings designated actors', async () => {
    const { server } = await start('?mode=sanctions');
    await waitFor(() => expect(cy().getElementById(qods.id).data('ring1')).toBe('#0072B2'));
    expect(cy().getElementById(qods.id).data('label')).toBe('Qods Force\n⚑ OFAC');
    expect(
      within(screen.getByTestId('legend')).getByRole('list', { name: 'Designated by' }),
    ).toHaveTextContent('OFAC');
    act(() => {
      cy().getElementById(houthis.id).emit('tap');
    });
    // The status by authority is asked for the selected actor, with its rule.
    expect(await screen.findByTestId('authority-status')).toHaveAttribute(
      'data-authority',
      'us-ofac',
    );
    expect(screen.getByTestId('status-rule')).toHaveAttribute('data-rule', 'ADJACENT');
    expect(
      server.calls.filter((c) => c.operationName === 'SanctionStatus').at(-1)?.variables.id,
    ).toBe(houthis.id);
    expect(await screen.findByTestId('designations-total')).toHaveTextContent(
      '2 designations by OFAC',
    );
    fireEvent.click(await screen.findByTestId('trace-exposure'));
    await waitFor(() =>
      expect(highlighted()).toEqual([houthis.id, qods.id, qodsSuppliesHouthis.id].sort()),
    );
    expect(window.location.search).toContain('trace=1');
    fireEvent.click(within(screen.getByTestId('via')).getByLabelText('Funds'));
    await waitFor(() =>
      expect(
        server.calls.filter((c) => c.operationName === 'SanctionExposure').at(-1)?.variables.via,
      ).not.toContain('FUNDS'),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Clear highlight' }));
    expect(cy().$('.highlighted')).toHaveLength(0);
    expect(window.location.search).not.toContain('trace=1');
  });

  it('rings an actor from the designations its neighbourhood brings, not from a whole list', async () => {
    // The base graph brings no designation at all; the Qods Force's neighbourhood brings one.
    const qodsListed = wireDesignation(ofacSanctionsQods);
    window.history.replaceState(null, '', '/?mode=sanctions&focus=irgc-qods-force');
    const server = serve({
      Graph: () => ({ graph: { ...curatedGraph, designations: [] } }),
      Neighborhood: () => ({
        neighborhood: {
          actors: [qods, houthis],
          relationships: [qodsSuppliesHouthis],
          truncated: false,
          designations: [qodsListed],
        },
      }),
    });
    render(<App />);
    await waitFor(() => expect(cy().getElementById(qods.id).data('ring1')).toBe('#0072B2'));
    // Houthis are drawn too, and nothing designates them.
    expect(cy().getElementById(houthis.id).data('ring1')).toBeUndefined();
    expect(server.calls.map((c) => c.operationName)).not.toContain('Designations');
  });
});
