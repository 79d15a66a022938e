import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { toElements } from '../../graph/elements';
import { curatedGraph, scriptActor } from '../../test/fixtures';
import { ExportMenu } from './ExportMenu';
import { fileStem } from './saveFile';

function headlessGraph() {
  const { nodes, edges } = toElements({
    ...curatedGraph,
    actors: [...curatedGraph.actors, scriptActor],
  });
  const cy = cytoscape({ headless: true, elements: [...nodes, ...edges] });
  cy.layout({ name: 'grid' }).run();
  return cy;
}

describe('ExportMenu', () => {
  let saved: { blob: Blob; name: string }[];
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = jest.fn(() => 'blob:fake');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = (URL.createObjectURL as jest.Mock).mock.calls.at(-1)?.[0] as Blob;
      saved.push({ blob, name: this.download });
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('links the data of the view with its filters', () => {
    render(
      <ExportMenu
        getCy={() => null}
        filter={{ around: 'hezbollah', depth: 2, asOf: '2015' }}
        fileStem="actor-network"
      />,
    );
    expect(screen.getByTestId('export-json')).toHaveAttribute(
      'href',
      '/export/graph.json?around=hezbollah&depth=2&asOf=2015',
    );
    expect(screen.getByTestId('export-graphml')).toHaveAttribute('download');
    expect(screen.getByTestId('export-csv').getAttribute('href')).toMatch(
      /^\/export\/graph\.csv\?/,
    );
    expect(screen.getByTestId('export-ftm-json')).toBeInTheDocument();
  });

  it('saves an SVG drawing of the graph, names as text', async () => {
    const cy = headlessGraph();
    render(<ExportMenu getCy={() => cy} filter={{}} fileStem="actor-network-explore" />);
    fireEvent.click(screen.getByTestId('export-svg'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('actor-network-explore.svg');
    expect(saved[0]!.blob.type).toBe('image/svg+xml');
    const text = await readText(saved[0]!.blob);
    expect(text).toContain('Qods Force');
    expect(text).not.toContain('<img');
    cy.destroy();
  });

  it('makes safe file names', () => {
    expect(fileStem('actor-network', 'money', 'Iran’s <b>nuclear</b> program')).toBe(
      'actor-network-money-iran-s-b-nuclear-b-program',
    );
  });
});

/** jsdom's Blob has no text(); FileReader reads it. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
