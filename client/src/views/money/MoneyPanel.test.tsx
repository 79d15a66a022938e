import { fireEvent, render, screen, within } from '@testing-library/react';
import { installFakeServer, type FakeServer } from '../../test/fakeServer';
import { hezbollah, qods, qodsFundsHezbollah } from '../../test/fixtures';
import { MoneyPanel, type MoneyPanelProps } from './MoneyPanel';

const owesQods = {
  ...qodsFundsHezbollah,
  id: 'hezbollah--owes--qods',
  type: 'OWES' as const,
  source: { id: hezbollah.id, name: hezbollah.name, kind: hezbollah.kind },
  target: { id: qods.id, name: qods.name, kind: qods.kind },
  amount: null,
  start: null,
  end: null,
  label: null,
};

function serve(): FakeServer {
  return installFakeServer({
    MoneyFlows: () => ({
      moneyFlows: {
        flows: [qodsFundsHezbollah, owesQods],
        byCounterparty: [
          {
            counterparty: { id: hezbollah.id, name: hezbollah.name, kind: hezbollah.kind },
            usd: 1e9,
            inUsd: 0,
            outUsd: 1e9,
            count: 2,
            knownCount: 1,
          },
        ],
        unknownAmountCount: 1,
      },
    }),
  });
}

function setup(overrides: Partial<MoneyPanelProps> = {}) {
  const props: MoneyPanelProps = {
    subject: { id: qods.id, name: qods.name },
    year: null,
    totals: [],
    onSelectActor: jest.fn(),
    onSelectRelationship: jest.fn(),
    ...overrides,
  };
  render(<MoneyPanel {...props} />);
  return props;
}

describe('MoneyPanel', () => {
  it('tabulates the flows of the selected actor, both ways, and the totals per counterparty', async () => {
    const server = serve();
    const props = setup({ year: 2025 });
    const rows = await screen.findAllByTestId('money-flow');
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['out →', 'HezbollahFunds · annual funding', '$1bn', '2025', 'Why'],
      ['← in', 'HezbollahOwes', '—', '—', 'Why'],
    ]);
    expect(screen.getByTestId('money-flows')).toHaveTextContent('2 flows, 1 without amount');
    expect(screen.getByTestId('money-counterparties')).toHaveTextContent(
      'Hezbollah—$1bn2 (1 no amount)',
    );
    expect(server.calls[0]?.variables).toEqual({ id: qods.id, from: '2025', to: '2025' });
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Why' }));
    expect(props.onSelectRelationship).toHaveBeenCalledWith(qodsFundsHezbollah);
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Hezbollah' }));
    expect(props.onSelectActor).toHaveBeenCalledWith('hezbollah');
  });

  it("asks for the flows over the timeline's range, undated ones too when asked, and says so", async () => {
    const server = serve();
    setup({ range: { from: '2015', to: '2025' }, includeUndated: true });
    await screen.findAllByTestId('money-flow');
    expect(server.calls[0]?.variables).toEqual({
      id: qods.id,
      from: '2015',
      to: '2025',
      includeUndated: true,
    });
    expect(screen.getByTestId('money-panel')).toHaveTextContent('overlapping 2015 – 2025');
  });

  it('ranks the largest actors when none is selected', () => {
    const props = setup({
      subject: null,
      totals: [
        { id: 'a', name: 'Small', totals: { inUsd: 1e6, outUsd: 0, unknownCount: 0 } },
        { id: 'b', name: 'Big', totals: { inUsd: 3e10, outUsd: 5.28e11, unknownCount: 0 } },
        { id: 'c', name: 'None', totals: { inUsd: 0, outUsd: 0, unknownCount: 2 } },
      ],
    });
    const table = screen.getByTestId('money-overview');
    const names = within(table)
      .getAllByRole('rowheader')
      .map((r) => r.textContent);
    expect(names).toEqual(['Big', 'Small']);
    expect(table).toHaveTextContent('Big$30bn$528bn');
    fireEvent.click(screen.getByRole('button', { name: 'Big' }));
    expect(props.onSelectActor).toHaveBeenCalledWith('b');
  });
});
