import { Fragment, memo } from 'react';
import type { RecordBlock } from '@/words/decision';

const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/** Record level n becomes h(n+1): the view's own <h1> stays the only one. */
function Heading({ level, text }: { level: number; text: string }) {
  const Tag = (['h2', 'h3', 'h4', 'h5'] as const)[level - 1] ?? 'h5';
  return <Tag>{text}</Tag>;
}

/** A paragraph keeps the line breaks the author typed. */
function Paragraph({ text }: { text: string }) {
  const lines = text.split(LINE_BREAK);
  return (
    <p>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </p>
  );
}

function BlockElement({ block }: { block: RecordBlock }) {
  switch (block.kind) {
    case 'heading':
      return <Heading level={block.level} text={block.text} />;
    case 'paragraph':
      return <Paragraph text={block.text} />;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              {item.text}
              {item.items && (
                <ul>
                  {item.items.map((sub, j) => (
                    <li key={j}>{sub}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                {block.head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'image':
      // As an <img>, the SVG is a picture only: nothing in it can run or reach the page.
      return (
        <figure className="decision-figure">
          <img alt={block.alt} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(block.svg)}`} />
        </figure>
      );
  }
}

// Blocks are rebuilt on every edit; only those whose content changed are rendered again.
const Block = memo(
  BlockElement,
  (a, b) => a.block === b.block || JSON.stringify(a.block) === JSON.stringify(b.block),
);

/** The record as HTML elements, every text set as text (React escapes it). */
export function RecordView({ blocks }: { blocks: readonly RecordBlock[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </>
  );
}
