import type { RecordBlock } from '@/domain/decision';

const Heading = ({ level, text }: { level: number; text: string }) => {
  // One level down: the view's own <h1> stays the only one.
  const Tag = (['h2', 'h3', 'h4', 'h5'] as const)[level - 1] ?? 'h5';
  return <Tag>{text}</Tag>;
};

function Block({ block }: { block: RecordBlock }) {
  switch (block.kind) {
    case 'heading':
      return <Heading level={block.level} text={block.text} />;
    case 'paragraph':
      return <p>{block.text}</p>;
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
  }
}

/** The record as clean HTML; shown only when printing (see decision.css). */
export function PrintView({ blocks }: { blocks: readonly RecordBlock[] }) {
  return (
    <article className="decision-print">
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </article>
  );
}
