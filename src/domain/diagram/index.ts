export {
  assembleDiagram,
  type Diagram,
  type DiagramBox,
  type DiagramFlow,
  type DiagramSpec,
  type DiagramWords,
} from './diagram';
export { layoutDiagram, wrap, type Layout, type LayoutBox, type LayoutText, type Tone } from './layout';
export { diagramToSvg, escapeXml, palettes, type Palette } from './svg';
export { diagramAsText } from './text-list';
export { markDifferences } from './compare';
export { caseStudySpec, stackSpec } from './specs';
