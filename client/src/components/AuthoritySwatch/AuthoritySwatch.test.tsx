import { render } from '@testing-library/react';
import { AuthoritySwatch } from './AuthoritySwatch';

describe('AuthoritySwatch', () => {
  it("rings in the authority's colour, and draws nothing for an unknown authority", () => {
    const authority = { id: 'us-ofac', name: 'OFAC', code: 'OFAC', color: '#0072B2' };
    const { container, rerender } = render(<AuthoritySwatch authority={authority} />);
    expect(container.querySelector('circle')).toHaveAttribute('stroke', '#0072B2');
    rerender(<AuthoritySwatch authority={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
