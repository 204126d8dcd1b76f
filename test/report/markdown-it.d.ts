// markdown-it comes with typedoc and ships no types of its own; the report's tests use it to
// render their Markdown the way a CommonMark reader does. Only what they call is declared.
declare module "markdown-it" {
  // biome-ignore lint/style/noDefaultExport: the module's own shape, declared as it is
  export default class MarkdownIt {
    constructor(options?: { readonly html?: boolean });
    render(source: string): string;
    renderInline(source: string): string;
  }
}
