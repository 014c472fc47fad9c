import { Fragment } from 'react';
import { splitCode } from './split-code';

/** Knowledge prose with `commands` shown as code. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {splitCode(text).map((segment, index) =>
        segment.code ? (
          <code key={index}>{segment.text}</code>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
