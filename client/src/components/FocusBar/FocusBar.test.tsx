import { fireEvent, render, screen } from '@testing-library/react';
import { FocusBar, type FocusBarProps } from './FocusBar';

function setup(overrides: Partial<FocusBarProps> = {}) {
  const props: FocusBarProps = {
    focus: { id: 'hezbollah', name: 'Hezbollah' },
    depth: 1,
    expanded: [],
    onChangeDepth: jest.fn(),
    onShowWholeGraph: jest.fn(),
    onCollapse: jest.fn(),
    ...overrides,
  };
  render(<FocusBar {...props} />);
  return props;
}

describe('FocusBar', () => {
  it('names the focus, sets the depth and goes back to the whole graph', () => {
    const props = setup();
    expect(screen.getByTestId('focus-value')).toHaveTextContent('Around Hezbollah');
    expect(screen.getByTestId('depth-1')).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByTestId('depth-3'));
    expect(props.onChangeDepth).toHaveBeenCalledWith(3);
    fireEvent.click(screen.getByTestId('show-whole-graph'));
    expect(props.onShowWholeGraph).toHaveBeenCalled();
  });

  it('says "Whole graph" without a focus and lists expansions to collapse', () => {
    const props = setup({ focus: null, expanded: [{ id: 'irgc', name: 'IRGC' }] });
    expect(screen.getByTestId('focus-value')).toHaveTextContent('Whole graph');
    expect(screen.queryByTestId('depth-1')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Collapse IRGC' }));
    expect(props.onCollapse).toHaveBeenCalledWith('irgc');
  });

  it('hides the depth control when asked', () => {
    setup({ showDepth: false });
    expect(screen.queryByTestId('depth-2')).toBeNull();
  });
});
