import { fireEvent, render, screen, within } from '@testing-library/react';
import type { PathResult } from '../../api/api';
import type { AsyncState } from '../../hooks/useAsync';
import {
  houthisToHezbollah,
  khameneiCommandsIrgc,
  qodsPartOfIrgc,
  khamenei,
  irgc,
  qods,
} from '../../test/fixtures';
import { PathFinder, type PathFinderProps } from './PathFinder';
import { pathHighlight } from '../../graph/highlight';
import { DEFAULT_PATH_OPTIONS } from './usePaths';

const khameneiToQods: PathResult = {
  hops: 2,
  actors: [khamenei, irgc, qods],
  relationships: [khameneiCommandsIrgc, qodsPartOfIrgc],
};

function setup(state: AsyncState<PathResult[]>, overrides: Partial<PathFinderProps> = {}) {
  const props: PathFinderProps = {
    from: { id: 'houthis', name: 'Houthis', kind: 'ARMED_GROUP' },
    to: { id: 'hezbollah', name: 'Hezbollah', kind: 'ARMED_GROUP' },
    onChangeFrom: jest.fn(),
    onChangeTo: jest.fn(),
    options: DEFAULT_PATH_OPTIONS,
    onChangeOptions: jest.fn(),
    state,
    onRetry: jest.fn(),
    chosen: null,
    onChoose: jest.fn(),
    onSelectActor: jest.fn(),
    ...overrides,
  };
  render(<PathFinder {...props} />);
  return props;
}

describe('PathFinder', () => {
  it('narrates each path with arrows that follow each relationship', () => {
    setup({ status: 'ok', data: [houthisToHezbollah, khameneiToQods] });
    const [first, second] = screen.getAllByTestId('path-result');
    expect(first).toHaveTextContent(
      'Houthis ← (supplies, 2015) ← Qods Force → (funds, $1bn, 2025) → Hezbollah',
    );
    expect(second).toHaveTextContent(
      'Ali Khamenei → (commands) → Islamic Revolutionary Guard Corps ← (part of) ← Qods Force',
    );
    expect(
      within(first!)
        .getAllByTestId('path-step')
        .map((s) => s.textContent),
    ).toEqual([' ← (supplies, 2015) ← Qods Force', ' → (funds, $1bn, 2025) → Hezbollah']);
  });

  it('chooses one path to highlight, swaps and clears ends, and changes options', () => {
    const props = setup({ status: 'ok', data: [houthisToHezbollah] });
    fireEvent.click(screen.getByRole('button', { name: /highlight only this/ }));
    expect(props.onChoose).toHaveBeenCalledWith(0);
    fireEvent.click(screen.getByRole('button', { name: 'Swap ends' }));
    expect(props.onChangeFrom).toHaveBeenCalledWith(props.to);
    expect(props.onChangeTo).toHaveBeenCalledWith(props.from);
    fireEvent.click(screen.getByRole('button', { name: 'Clear to' }));
    expect(props.onChangeTo).toHaveBeenLastCalledWith(null);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Follow arrows only' }));
    expect(props.onChangeOptions).toHaveBeenCalledWith({ maxHops: 4, directed: true, types: null });
    fireEvent.change(screen.getByRole('combobox', { name: /hops/ }), { target: { value: '6' } });
    expect(props.onChangeOptions).toHaveBeenLastCalledWith({
      maxHops: 6,
      directed: false,
      types: null,
    });
    fireEvent.click(within(screen.getByTestId('path-types')).getByLabelText('Supports'));
    const options = (props.onChangeOptions as jest.Mock).mock.lastCall[0];
    expect(options.types).not.toContain('SUPPORTS');
    expect(options.types).toContain('FUNDS');
  });

  it('lists every hop of a path with its evidence', () => {
    setup({ status: 'ok', data: [houthisToHezbollah] }, { chosen: 0 });
    const hops = screen.getAllByTestId('hop');
    expect(hops.map((h) => h.querySelector('.sentence')?.textContent)).toEqual([
      'Qods Force supplies Houthis (supplies, 2015)',
      'Qods Force funds Hezbollah (funds, $1bn, 2025)',
    ]);
    expect(within(hops[1]!).getByTestId('evidence-excerpt')).toHaveTextContent(
      'Tehran transferred about one billion dollars to Hezbollah in 2025.',
    );
  });

  it('shows the ends as values and offers search boxes for missing ends', () => {
    setup({ status: 'idle' }, { to: null });
    expect(screen.getByTestId('path-from-value')).toHaveTextContent('Houthis');
    expect(screen.getByTestId('path-to-search-input')).toBeInTheDocument();
  });

  it('says when no path exists and when the search failed', () => {
    setup({ status: 'ok', data: [] });
    expect(screen.getByTestId('path-empty')).toHaveTextContent('No path within 4 hops.');
  });

  it('offers Retry on failure', () => {
    const props = setup({ status: 'error', error: new Error('boom') });
    fireEvent.click(screen.getByTestId('retry'));
    expect(props.onRetry).toHaveBeenCalled();
  });
});

describe('pathHighlight', () => {
  const longer: PathResult = { ...khameneiToQods, hops: 3 };

  it('highlights every shortest path, or the chosen one', () => {
    expect(pathHighlight([houthisToHezbollah, longer], null)).toEqual({
      nodes: ['houthis', 'irgc-qods-force', 'hezbollah'],
      edges: houthisToHezbollah.relationships.map((r) => r.id),
    });
    expect(pathHighlight([houthisToHezbollah, longer], 1)?.nodes).toEqual([
      'ali-khamenei',
      'irgc',
      'irgc-qods-force',
    ]);
    expect(pathHighlight([], null)).toBeNull();
  });
});
