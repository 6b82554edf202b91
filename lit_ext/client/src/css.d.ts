/** Stylesheets are bundled as text (esbuild's `text` loader) and adopted with `unsafeCSS`. */
declare module '*.css' {
  const text: string;
  export default text;
}
