import { fireEvent, render, screen } from '@testing-library/react';
import { OriginFilter } from './OriginFilter';

describe('OriginFilter', () => {
  it('presses the origin in use and reports the one picked', () => {
    const onChange = jest.fn();
    render(<OriginFilter value="curated" onChange={onChange} />);
    expect(screen.getByTestId('origin-curated')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('origin-imported')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('origin-both')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('group', { name: 'Origin' })).toHaveTextContent('CuratedImportedBoth');
    fireEvent.click(screen.getByTestId('origin-both'));
    expect(onChange).toHaveBeenCalledWith('both');
  });
});
