/** Formatting of the code (not of content/, which is contributors' Markdown, nor of generated files). */
export default {
  printWidth: 160,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
