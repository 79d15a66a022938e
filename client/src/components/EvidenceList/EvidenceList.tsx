import type { RelationshipFields, SourceDocument } from '../../api/api';
import './EvidenceList.css';

type Evidence = RelationshipFields['evidence'][number];

export interface EvidenceListProps {
  evidence: readonly Evidence[];
  /** Documents by id, to cite titles instead of ids; optional. */
  documents?: ReadonlyMap<string, SourceDocument>;
}

/** Verbatim excerpts with who said it, when, and where in which document. */
export function EvidenceList({ evidence, documents }: EvidenceListProps) {
  if (evidence.length === 0) return <p className="muted">No excerpt recorded.</p>;
  return (
    <ul className="evidence">
      {evidence.map((item, index) => {
        const doc = documents?.get(item.document);
        const said = [item.claimedBy, item.statedOn].filter(Boolean).join(', ');
        return (
          <li key={index}>
            <blockquote data-testid="evidence-excerpt">“{item.excerpt}”</blockquote>
            <p className="citation">
              {said ? <span>— {said}</span> : null}
              {said ? ' · ' : null}
              {doc?.url && isWebUrl(doc.url) ? (
                <a href={doc.url} target="_blank" rel="noreferrer noopener">
                  {doc.title}
                </a>
              ) : (
                <span>{doc?.title ?? item.document}</span>
              )}
              {item.section ? <span> · §&nbsp;{item.section}</span> : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** Only http(s) links are followed: a document URL is data, not code. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
