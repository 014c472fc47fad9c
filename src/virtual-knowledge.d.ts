declare module 'virtual:knowledge-core' {
  const files: { path: string; data: unknown }[];
  export default files;
}
declare module 'virtual:knowledge-full' {
  const files: { path: string; data: unknown }[];
  export default files;
}
