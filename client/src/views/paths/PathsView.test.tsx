import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { start, cy, highlighted, searchAndPick } from '../../test/appHarness';
import {
  hezbollah,
  houthis,
  qods,
  qodsFundsHezbollah,
  qodsSuppliesHouthis,
} from '../../test/fixtures';

describe('the paths view', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('finds paths from the panel buttons, narrates them hop by hop and highlights them', async () => {
    const { server } = await start();
    await searchAndPick('houthi', 'Houthis');
    fireEvent.click(await screen.findByTestId('path-from'));
    expect(screen.getByTestId('mode-paths')).toHaveAttribute('aria-pressed', 'true');
    await searchAndPick('hezb', 'Hezbollah');
    await screen.findByText('Hezbollah', { selector: '[data-testid="actor-panel-name"]' });
    fireEvent.click(screen.getByTestId('path-to'));
    const result = await screen.findByTestId('path-result');
    expect(result).toHaveTextContent(
      'Houthis ← (supplies, 2015) ← Qods Force → (funds, $1bn, 2025) → Hezbollah',
    );
    expect(within(result).getAllByTestId('hop')).toHaveLength(2);
    expect(server.calls.find((c) => c.operationName === 'Paths')?.variables).toMatchObject({
      from: 'houthis',
      to: 'hezbollah',
      maxHops: 4,
      directed: false,
    });
    await waitFor(() =>
      expect(highlighted()).toEqual(
        [houthis.id, qods.id, hezbollah.id, qodsSuppliesHouthis.id, qodsFundsHezbollah.id].sort(),
      ),
    );
    expect(window.location.search).toContain('from=houthis&to=hezbollah');
    fireEvent.click(screen.getByRole('button', { name: 'Clear from' }));
    expect(screen.queryByTestId('path-result')).toBeNull();
    expect(cy().$('.highlighted')).toHaveLength(0);
  });
});
