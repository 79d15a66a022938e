import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Subgraph } from '../../api/api';
import {
  hezbollah,
  irgc,
  khamenei,
  khameneiCommandsIrgc,
  qods,
  qodsFundsHezbollah,
  qodsPartOfIrgc,
} from '../../test/fixtures';
import { chainSteps } from './chainLevels';
import { ControlPanel, type ControlPanelProps } from './ControlPanel';

const up: Subgraph = {
  actors: [qods, irgc, khamenei],
  relationships: [khameneiCommandsIrgc, qodsPartOfIrgc],
  truncated: false,
  designations: [],
};
const down: Subgraph = { actors: [qods], relationships: [], truncated: false, designations: [] };

function setup(overrides: Partial<ControlPanelProps> = {}) {
  const props: ControlPanelProps = {
    actor: { id: qods.id, name: qods.name },
    chain: { status: 'ok', data: { up, down } },
    onRetry: jest.fn(),
    layout: 'hierarchy',
    onChangeLayout: jest.fn(),
    onSelectActor: jest.fn(),
    onSelectRelationship: jest.fn(),
    ...overrides,
  };
  render(<ControlPanel {...props} />);
  return props;
}

describe('ControlPanel', () => {
  it('lists who sits above, nearest first, and says when nothing sits below', () => {
    const props = setup();
    const steps = within(screen.getByTestId('chain-up')).getAllByTestId('chain-step');
    expect(steps.map((s) => s.textContent)).toEqual([
      'Qods Force is part of Islamic Revolutionary Guard Corps Why',
      'Ali Khamenei commands Islamic Revolutionary Guard Corps Why',
    ]);
    expect(screen.getByTestId('control-panel')).toHaveTextContent('Nothing recorded below it.');
    fireEvent.click(within(steps[1]!).getByRole('button', { name: 'Why' }));
    expect(props.onSelectRelationship).toHaveBeenCalledWith(khameneiCommandsIrgc);
  });

  it('goes back to the force layout and says how to start without an actor', () => {
    const props = setup();
    fireEvent.click(screen.getByTestId('chain-force-layout'));
    expect(props.onChangeLayout).toHaveBeenCalledWith('force');
  });

  it('asks for an actor when there is none', () => {
    setup({ actor: null, chain: { status: 'idle' } });
    expect(screen.getByTestId('control-panel')).toHaveTextContent('Search for an actor');
    expect(screen.queryByTestId('chain-force-layout')).toBeNull();
  });
});

describe('chainSteps', () => {
  it('orders relationships by distance from the actor, either way', () => {
    const chain: Subgraph = {
      actors: [],
      relationships: [khameneiCommandsIrgc, qodsFundsHezbollah, qodsPartOfIrgc],
      truncated: false,
      designations: [],
    };
    expect(chainSteps(hezbollah.id, chain).map((s) => [s.relationship.id, s.distance])).toEqual([
      [qodsFundsHezbollah.id, 1],
      [qodsPartOfIrgc.id, 2],
      [khameneiCommandsIrgc.id, 3],
    ]);
  });
});
