/**
 * What the world map shows, from the projected countries (world-map.ts) and the jurisdictions
 * with their counts: countries without a decision merged into one unlinked path, each country
 * with decisions its own shaded, linked area, a circle for those too small to see (or absent at
 * this scale: Singapore, Hong Kong), and the bodies listed beside the map. Pure: the page gives
 * names, links and coordinates.
 */
import { shadeBounds, shadeOf } from './shading.ts';
import type { WorldGeometry } from './world-map.ts';

/** Below this projected area (square units of a 1000-wide map; Israel is 20, Kosovo 10) a country gets a circle too. */
export const SMALL_AREA = 25;

export interface MapJurisdiction {
  code: string;
  kind: 'country' | 'body';
  name: string;
  count: number;
  href: string;
  /** [longitude, latitude] of the country, for its circle when it is small. */
  lonLat?: [number, number];
}

export interface MapArea extends MapJurisdiction {
  shade: number;
  d: string;
}
export interface MapMarker extends MapJurisdiction {
  shade: number;
  cx: number;
  cy: number;
}

export interface MapPicture {
  width: number;
  height: number;
  bounds: number[];
  /** Every country without a decision (and areas with no ISO code), as one path. */
  background: string;
  areas: MapArea[];
  markers: MapMarker[];
  bodies: (MapJurisdiction & { shade: number })[];
  /** Countries with decisions that can be neither drawn nor marked (no polygon, no coordinates). */
  unplaced: MapJurisdiction[];
}

export function mapPicture(geometry: WorldGeometry, jurisdictions: readonly MapJurisdiction[]): MapPicture {
  const withCases = jurisdictions.filter((j) => j.count > 0);
  const bounds = shadeBounds(Math.max(0, ...withCases.filter((j) => j.kind === 'country').map((j) => j.count)));
  const byCode = new Map(withCases.filter((j) => j.kind === 'country').map((j) => [j.code, j]));
  const background: string[] = [];
  const areas: MapArea[] = [];
  const drawn = new Map<string, number>();
  for (const shape of geometry.shapes) {
    const j = shape.code ? byCode.get(shape.code) : undefined;
    if (!j) background.push(shape.d);
    else if (shape.d) {
      areas.push({ ...j, shade: shadeOf(j.count, bounds), d: shape.d });
      drawn.set(j.code, shape.area);
    }
  }
  const markers: MapMarker[] = [];
  const unplaced: MapJurisdiction[] = [];
  for (const j of byCode.values()) {
    if ((drawn.get(j.code) ?? 0) >= SMALL_AREA) continue;
    const point = j.lonLat && geometry.point(j.lonLat);
    if (point) markers.push({ ...j, shade: shadeOf(j.count, bounds), cx: point[0], cy: point[1] });
    else if (!drawn.has(j.code)) unplaced.push(j);
  }
  const bodies = withCases.filter((j) => j.kind === 'body').map((j) => ({ ...j, shade: shadeOf(j.count, bounds) }));
  return { width: geometry.width, height: geometry.height, bounds, background: background.join(''), areas, markers, bodies, unplaced };
}
