import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { start, cy, drawn } from '../../test/appHarness';
import { irgc, khamenei, qods } from '../../test/fixtures';

describe('the control view', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('draws the control chain of the focus top-down, and can go back to the force layout', async () => {
    const { server } = await start('?focus=irgc-qods-force&sel=a:irgc-qods-force');
    fireEvent.click(screen.getByTestId('mode-control'));
    await waitFor(() => expect(drawn()).toEqual([khamenei.id, irgc.id, qods.id].sort()));
    const directions = server.calls
      .filter((c) => c.operationName === 'ControlChain')
      .map((c) => c.variables.direction);
    expect(directions.sort()).toEqual(['DOWN', 'UP']);
    const y = (id: string) => cy().getElementById(id).position('y');
    await waitFor(() => expect(y(khamenei.id)).toBeLessThan(y(irgc.id)));
    expect(y(irgc.id)).toBeLessThan(y(qods.id));
    expect(within(screen.getByTestId('chain-up')).getAllByTestId('chain-step')).toHaveLength(2);
    fireEvent.click(screen.getByTestId('chain-force-layout'));
    expect(window.location.search).toContain('layout=force');
  });
});
