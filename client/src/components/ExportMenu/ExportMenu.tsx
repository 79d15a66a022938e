import type { Core } from 'cytoscape';
import { useState } from 'react';
import { EXPORT_FORMATS, exportUrl, type ExportFilter } from '../../api/exportUrls';
import { drawnElements } from '../../graph/visibility';
import { saveBlob } from './saveFile';
import './ExportMenu.css';

export interface ExportMenuProps {
  /** The live graph, or null before it exists. */
  getCy: () => Core | null;
  /** The view's filters, for the data links. */
  filter: ExportFilter;
  /** File names start with this, e.g. "actor-network-money-iran". */
  fileStem: string;
}

/**
 * Export of what is on screen: a picture (PNG from the canvas, SVG drawn from
 * the model) and the data (links to the server's `/export/...` with the same
 * filters as the view).
 */
export function ExportMenu({ getCy, filter, fileStem }: ExportMenuProps) {
  const [error, setError] = useState<string | null>(null);

  async function png() {
    const cy = getCy();
    if (!cy) return;
    setError(null);
    try {
      const blob = await cy.png({ output: 'blob-promise', bg: '#ffffff', full: true, scale: 2 });
      saveBlob(blob, `${fileStem}.png`);
    } catch {
      setError('This browser cannot draw the picture.');
    }
  }

  async function svg() {
    const cy = getCy();
    if (!cy) return;
    setError(null);
    // The SVG writer loads on first use: most sessions never export.
    const { toSvg } = await import('../../graph/toSvg');
    const text = toSvg(cy, drawnElements(cy), undefined, fileStem);
    saveBlob(new Blob([text], { type: 'image/svg+xml' }), `${fileStem}.svg`);
  }

  return (
    <details className="export-menu" data-testid="export-menu">
      <summary>Export</summary>
      <div className="export-items">
        <p className="export-heading">Picture of this view</p>
        <button type="button" data-testid="export-png" onClick={() => void png()}>
          PNG image
        </button>
        <button type="button" data-testid="export-svg" onClick={() => void svg()}>
          SVG drawing
        </button>
        <p className="export-heading">Data of this view</p>
        {EXPORT_FORMATS.map(({ format, label }) => (
          <a
            key={format}
            href={exportUrl(format, filter)}
            download
            data-testid={`export-${format.replace('.', '-')}`}
          >
            {label}
          </a>
        ))}
        {error ? (
          <p role="alert" className="export-error">
            {error}
          </p>
        ) : null}
      </div>
    </details>
  );
}
