import { fireEvent, render, screen } from '@testing-library/react';
import { TypeChecklist } from './TypeChecklist';

describe('TypeChecklist', () => {
  it('checks everything when nothing is chosen, and unchecking lists the rest', () => {
    const onChange = jest.fn();
    render(
      <TypeChecklist
        legend="Links that count"
        types={['FUNDS', 'OWES', 'SUPPLIES']}
        selected={null}
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('group', { name: 'Links that count' })).toBeInTheDocument();
    expect(screen.getByLabelText('Funds')).toBeChecked();
    fireEvent.click(screen.getByLabelText('Owes'));
    expect(onChange).toHaveBeenCalledWith(['FUNDS', 'SUPPLIES']);
  });

  it('says null when every type is checked again, and empty for None', () => {
    const onChange = jest.fn();
    render(
      <TypeChecklist
        legend="Types"
        types={['FUNDS', 'OWES']}
        selected={['FUNDS']}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByLabelText('Owes'));
    expect(onChange).toHaveBeenLastCalledWith(null);
    fireEvent.click(screen.getByRole('button', { name: 'None' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
