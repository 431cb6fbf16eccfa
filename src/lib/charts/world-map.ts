/**
 * The world map's geometry, made at build time from kept data: Natural Earth's 1:110m countries
 * (world-atlas, TopoJSON), projected with d3-geo's Equal Earth (areas true to size, so no
 * country looks bigger than its share) and written as SVG path data rounded to whole units of a
 * 1000-wide picture, with relative moves: about a third of the bytes of d3's own path strings.
 * No tiles, no network. Antarctica is left out (no jurisdiction there, and a fifth of the height).
 *
 * Pure apart from reading the atlas once; the shading and links are in map-shapes.ts.
 */
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);

export const MAP_WIDTH = 1000;
/** ISO 3166-1 numeric code of Antarctica, left out of the picture. */
const ANTARCTICA = '010';

export interface CountryShape {
  /** ISO 3166-1 alpha-3 (`GBR`; `XKK` for Kosovo), or undefined for an area with no ISO code (N. Cyprus, Somaliland). */
  code?: string;
  /** SVG path data in the map's coordinates; empty when the country is too small to draw at this scale. */
  d: string;
  /** Projected area in square units of the picture (a 1000-wide map). */
  area: number;
}

export interface WorldGeometry {
  width: number;
  height: number;
  shapes: CountryShape[];
  /** Projects [longitude, latitude] to the picture's coordinates, rounded like the paths. */
  point(lonLat: [number, number]): [number, number] | undefined;
}

/**
 * A d3-geo path context that writes integers, relative to the previous point (`M12 40l3-2 4 1z`),
 * and drops points that round onto the one before and rings that round to less than a triangle.
 */
class RoundedPath {
  private out: string[] = [];
  private ring: string[] = [];
  private start = '';
  private x = 0;
  private y = 0;

  moveTo(x: number, y: number) {
    this.flush();
    this.x = Math.round(x);
    this.y = Math.round(y);
    this.start = `M${this.x} ${this.y}`;
  }

  lineTo(x: number, y: number) {
    const rx = Math.round(x);
    const ry = Math.round(y);
    const dx = rx - this.x;
    const dy = ry - this.y;
    if (!dx && !dy) return;
    this.ring.push(`${dx}${dy < 0 ? '' : ' '}${dy}`);
    this.x = rx;
    this.y = ry;
  }

  closePath() {
    this.flush();
  }

  arc() {
    // Points are not drawn by this context (markers are circles in the template).
  }

  private flush() {
    // A ring of fewer than three segments encloses (almost) nothing once rounded.
    if (this.start && this.ring.length >= 2) this.out.push(`${this.start}l${this.ring.join(' ').replace(/ -/g, '-')}z`);
    this.ring = [];
    this.start = '';
  }

  result(): string {
    this.flush();
    const d = this.out.join('');
    this.out = [];
    return d;
  }
}

/** The ISO alpha-3 code of an atlas feature: from its ISO numeric id; Kosovo, which has none, by name. */
export function featureCode(id: string | number | undefined, name: string | undefined): string | undefined {
  if (id === undefined) return name === 'Kosovo' ? 'XKK' : undefined;
  return countries.numericToAlpha3(String(id).padStart(3, '0'));
}

let centres: Map<string, [number, number]> | undefined;

/**
 * A country's [longitude, latitude] as the world-countries data gives it (its `latlng`), for the
 * circle that marks a small country; Kosovo is `UNK` there. Never a made-up coordinate.
 */
export function countryPoint(code: string): [number, number] | undefined {
  if (!centres) {
    const data = require('world-countries') as Array<{ cca3: string; latlng?: [number, number] }>;
    centres = new Map(data.filter((c) => c.latlng?.length === 2).map((c) => [c.cca3 === 'UNK' ? 'XKK' : c.cca3, [c.latlng![1], c.latlng![0]]]));
  }
  return centres.get(code);
}

let geometry: WorldGeometry | undefined;

/** The projected countries, made once per process (the same for every page and language). */
export function worldGeometry(): WorldGeometry {
  if (geometry) return geometry;
  const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const kept: Feature<Geometry, { name: string }>[] = all.features.filter((f) => String(f.id) !== ANTARCTICA);
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: 'FeatureCollection', features: kept } as GeoPermissibleObjects);
  const measure = geoPath(projection);
  const [[, top], [, bottom]] = measure.bounds({ type: 'FeatureCollection', features: kept } as GeoPermissibleObjects);
  const context = new RoundedPath();
  const draw = geoPath(projection, context as unknown as CanvasRenderingContext2D);
  // Shift everything up so the picture starts at its northernmost point.
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const shapes = kept.map((f) => {
    draw(f);
    return { code: featureCode(f.id, f.properties?.name), d: context.result(), area: measure.area(f) };
  });
  geometry = {
    width: MAP_WIDTH,
    height: Math.ceil(bottom - top),
    shapes,
    point(lonLat) {
      const p = projection(lonLat);
      return p ? [Math.round(p[0]), Math.round(p[1])] : undefined;
    },
  };
  return geometry;
}
