import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLFault } from '../../test/fakeServer';
import { serve, start, cy, drawn } from '../../test/appHarness';
import { hezbollah, qods } from '../../test/fixtures';
import { App } from '../../app/App';

describe('the money view', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('keeps only money in the money view, sized by dollars, with the flows of the selection', async () => {
    await start();
    fireEvent.click(screen.getByTestId('mode-money'));
    await waitFor(() => expect(drawn()).toEqual([hezbollah.id, qods.id]));
    await waitFor(() =>
      expect(cy().getElementById(qods.id).data('label')).toBe('Qods Force\nout $1bn'),
    );
    expect(screen.getByTestId('money-overview')).toHaveTextContent('Qods Force');
    fireEvent.click(screen.getByRole('button', { name: 'Qods Force' }));
    expect(await screen.findAllByTestId('money-flow')).toHaveLength(1);
  });

  it('still draws the money view, unsized, when the totals fail, and offers Retry', async () => {
    window.history.replaceState(null, '', '/?mode=money');
    serve({
      MoneyGraph: () => {
        throw new GraphQLFault('STORE_TIMEOUT');
      },
    });
    render(<App />);
    const banner = await screen.findByTestId('error-banner');
    expect(banner).toHaveTextContent(/Loading money totals failed/);
    await waitFor(() => expect(drawn()).toEqual([hezbollah.id, qods.id]));
    expect(within(banner).getByTestId('retry')).toBeInTheDocument();
  });
});
