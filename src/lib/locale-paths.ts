/**
 * getStaticPaths in every built interface language: each page under src/pages/[...locale]/ is
 * made once per language, English at the root (`locale` undefined), the others under /<code>/.
 */
import { builtLanguages, localeParam, type InterfaceLanguage } from '../i18n/languages.ts';

interface StaticPath {
  params: Record<string, string | undefined>;
  props?: Record<string, unknown>;
}

export function inEveryLanguage<P extends StaticPath>(paths: readonly P[]) {
  return builtLanguages().flatMap((lang) =>
    paths.map((path) => ({
      params: { ...path.params, locale: localeParam(lang) },
      props: { ...(path.props as P['props']), lang } as NonNullable<P['props']> & { lang: InterfaceLanguage },
    })),
  );
}

/** For a page with no parameter of its own (an index): one path per language. */
export const languagePaths = () => inEveryLanguage([{ params: {}, props: {} }]);
