import { render, screen } from '@testing-library/react';
import { qodsSuppliesHouthis } from '../../test/fixtures';
import { EvidenceList } from './EvidenceList';

const document = (url: string | null) =>
  new Map([
    [
      'source-essay',
      { id: 'source-essay', title: 'The dilemmas', publisher: null, date: null, url },
    ],
  ]);

describe('EvidenceList', () => {
  it('quotes each excerpt with who stated it, when, the document title and the section', () => {
    render(<EvidenceList evidence={qodsSuppliesHouthis.evidence} documents={document(null)} />);
    expect(screen.getByTestId('evidence-excerpt')).toHaveTextContent(
      '“The Houthis receive missiles and drone components from the Qods Force.”',
    );
    expect(screen.getByText(/US Treasury, 2024-03/)).toBeInTheDocument();
    expect(screen.getByText('The dilemmas')).toBeInTheDocument();
    expect(screen.getByText(/Proxies/)).toBeInTheDocument();
  });

  it('cites the document id when the document is unknown, and says when there is no excerpt', () => {
    const { rerender } = render(<EvidenceList evidence={qodsSuppliesHouthis.evidence} />);
    expect(screen.getByText('source-essay')).toBeInTheDocument();
    rerender(<EvidenceList evidence={[]} />);
    expect(screen.getByText('No excerpt recorded.')).toBeInTheDocument();
  });

  it('links a document only through an http(s) URL', () => {
    const { rerender } = render(
      <EvidenceList
        evidence={qodsSuppliesHouthis.evidence}
        documents={document('https://x.org/a')}
      />,
    );
    expect(screen.getByRole('link', { name: 'The dilemmas' })).toHaveAttribute(
      'href',
      'https://x.org/a',
    );
    rerender(
      <EvidenceList
        evidence={qodsSuppliesHouthis.evidence}
        documents={document('javascript:alert(1)')}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('The dilemmas')).toBeInTheDocument();
  });
});
