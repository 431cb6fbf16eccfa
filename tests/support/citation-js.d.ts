/** The part of citation-js the tests use (the package ships no types). */
declare module '@citation-js/core' {
  export class Cite {
    static async(data: string): Promise<Cite>;
    data: unknown[];
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string }): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
