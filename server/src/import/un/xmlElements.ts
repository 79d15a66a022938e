import * as fs from 'node:fs';
import { SaxesParser } from 'saxes';
import { ImportError, ImportErrorCode } from '../ImportError';

/**
 * Streaming XML read with saxes: the file is fed chunk by chunk and only the
 * elements asked for (`collect`) are built into small trees, one at a time,
 * so memory stays constant in the file's size.
 *
 * Safe against entity expansion and XXE: saxes never processes a DTD (it
 * knows only the five predefined entities and character references), and a
 * DOCTYPE that declares entities or names an external DTD is refused outright
 * (UNSAFE_XML) before any element is read.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** Line of the start tag. */
  line: number;
  /** e.g. `CONSOLIDATED_LIST/ENTITIES/ENTITY[3]` (1-based among same-named siblings). */
  path: string;
}

export interface XmlReadOptions {
  /** Expected root element name; anything else fails with WRONG_FORMAT. */
  root: string;
  /** Whether an element (by its path of names) is a record to hand to `onElement`. */
  collect: (names: readonly string[]) => boolean;
  onRoot?: (attributes: Record<string, string>) => void;
  onElement: (element: XmlElement) => void;
  /** Most characters of text one collected element may hold (default 1 MB). */
  maxTextChars?: number;
}

/** Reads `file`; resolves when done. Throws ImportError on unsafe, malformed or wrong input. */
export async function readXmlElements(file: string, options: XmlReadOptions): Promise<void> {
  const maxText = options.maxTextChars ?? 1_000_000;
  const parser = new SaxesParser({ position: true, fileName: file });
  const names: string[] = [];
  /** Counters of child names per open element, for 1-based sibling indexes in paths. */
  const siblingCounts: Map<string, number>[] = [new Map()];
  const pathParts: string[] = [];
  let rootSeen = false;
  /** The stack of the record being built (empty when outside a record). */
  const building: XmlElement[] = [];
  let textChars = 0;

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype) || /\b(SYSTEM|PUBLIC)\b/.test(doctype)) {
      throw new ImportError(
        ImportErrorCode.UNSAFE_XML,
        'DOCTYPE declaring entities or an external DTD refused (entity expansion / XXE)',
        { file, line: parser.line },
      );
    }
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (!rootSeen) {
      rootSeen = true;
      if (tag.name !== options.root) {
        throw new ImportError(
          ImportErrorCode.WRONG_FORMAT,
          `root element is <${tag.name}>, expected <${options.root}>`,
          { file, line: parser.line },
        );
      }
      options.onRoot?.(attributes);
    }
    const counts = siblingCounts[siblingCounts.length - 1]!;
    const index = (counts.get(tag.name) ?? 0) + 1;
    counts.set(tag.name, index);
    siblingCounts.push(new Map());
    names.push(tag.name);
    pathParts.push(names.length === 1 ? tag.name : `${tag.name}[${index}]`);
    const element: XmlElement = {
      name: tag.name,
      attributes,
      children: [],
      text: '',
      line: parser.line,
      path: pathParts.join('/'),
    };
    if (building.length > 0) {
      building[building.length - 1]!.children.push(element);
      building.push(element);
    } else if (options.collect(names)) {
      textChars = 0;
      building.push(element);
    }
  });
  const onText = (text: string): void => {
    const current = building[building.length - 1];
    if (!current) return;
    textChars += text.length;
    if (textChars > maxText) {
      throw new ImportError(
        ImportErrorCode.MALFORMED_FILE,
        `element holds more than ${maxText} characters of text`,
        { file, line: parser.line, path: building[0]!.path },
      );
    }
    current.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    names.pop();
    pathParts.pop();
    siblingCounts.pop();
    const done = building.pop();
    if (done && building.length === 0) options.onElement(done);
  });

  const stream = fs.createReadStream(file, { encoding: 'utf8' });
  try {
    for await (const chunk of stream as AsyncIterable<string>) parser.write(chunk);
    parser.close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      rootSeen ? ImportErrorCode.MALFORMED_FILE : ImportErrorCode.WRONG_FORMAT,
      rootSeen ? `not well-formed XML: ${message}` : `not XML: ${message}`,
      { file, line: parser.line },
      { cause: error },
    );
  } finally {
    stream.destroy();
  }
  if (!rootSeen) {
    throw new ImportError(ImportErrorCode.WRONG_FORMAT, 'no XML element', { file });
  }
}

/** Trimmed text of the first child named `name`, or undefined when absent or blank. */
export function childText(element: XmlElement, name: string): string | undefined {
  const text = element.children
    .find((c) => c.name === name)
    ?.text.replace(/\s+/g, ' ')
    .trim();
  return text ? text : undefined;
}

/** Children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** Trimmed, non-blank texts of the `VALUE` children of each child named `name`. */
export function values(element: XmlElement, name: string): string[] {
  return childrenNamed(element, name)
    .flatMap((c) => childrenNamed(c, 'VALUE'))
    .map((v) => v.text.replace(/\s+/g, ' ').trim())
    .filter((v) => v !== '');
}
