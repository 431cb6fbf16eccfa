/** An absolute address on the public origin, or the site path where there is none (see public-origin.ts). */
export const publicUrl = (path: string, site: URL | undefined): string => (site ? new URL(path, site).href : path);
