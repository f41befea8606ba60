// pdfmake 0.3 ships no types for its printer module; render.ts describes the part it uses.
declare module 'pdfmake/js/Printer.js' {
  const mod: unknown;
  export default mod;
}
