import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { TimeSlider } from './TimeSlider';

function Harness({ onChange }: { onChange: (y: number | null) => void }) {
  const [year, setYear] = useState<number | null>(null);
  return (
    <TimeSlider
      year={year}
      domain={[1979, 2026]}
      onChange={(y) => {
        setYear(y);
        onChange(y);
      }}
    />
  );
}

describe('TimeSlider', () => {
  it('starts at all dates with the slider off', () => {
    render(<Harness onChange={jest.fn()} />);
    expect(screen.getByTestId('year-value')).toHaveTextContent('all dates');
    expect(screen.getByTestId('year-slider')).toBeDisabled();
  });

  it('turns on at the latest year, moves, and comes back to the same year after off', () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByTestId('year-enabled'));
    expect(onChange).toHaveBeenLastCalledWith(2026);
    fireEvent.change(screen.getByTestId('year-slider'), { target: { value: '2015' } });
    expect(onChange).toHaveBeenLastCalledWith(2015);
    expect(screen.getByTestId('year-value')).toHaveTextContent('2015');
    fireEvent.click(screen.getByTestId('year-enabled'));
    expect(onChange).toHaveBeenLastCalledWith(null);
    fireEvent.click(screen.getByTestId('year-enabled'));
    expect(onChange).toHaveBeenLastCalledWith(2015);
  });
});
