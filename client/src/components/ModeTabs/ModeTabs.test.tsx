import { fireEvent, render, screen } from '@testing-library/react';
import { ModeTabs } from './ModeTabs';

describe('ModeTabs', () => {
  it('marks the current view and switches views', () => {
    const onChange = jest.fn();
    render(<ModeTabs mode="money" onChange={onChange} />);
    expect(screen.getByTestId('mode-money')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('mode-explore')).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(screen.getByRole('button', { name: 'Control' }));
    expect(onChange).toHaveBeenCalledWith('control');
  });
});
