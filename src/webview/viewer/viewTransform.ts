// The view transform of the image viewer, as pure maths: zoom, pan, quarter-turn rotation and flips map image
// pixel coordinates to viewport coordinates (and back, for the pixel probe and zooming around the cursor).
//
// The canvas stays at the image's native size (one CSS pixel per image pixel before zooming) and is shown with a
// CSS `matrix()` from imageToViewport, so zooming, panning, rotating and flipping never re-render the image.
//
// Orientation is an element of the square's symmetry group, kept normalised as Fv^flipV · Fh^flipH · R^rotation
// (R a quarter turn clockwise on screen). Flips act in screen space: "flip horizontal" always mirrors left and
// right as the user sees them, whatever the rotation.

export type QuarterTurns = 0 | 1 | 2 | 3;

export interface ViewTransform {
  /** Zoom follows the viewport size (fit) until the user zooms or pans. */
  readonly fit: boolean;
  /** CSS pixels per image pixel. */
  readonly zoom: number;
  /** Offset of the image centre from the viewport centre, in CSS pixels. */
  readonly panX: number;
  readonly panY: number;
  /** Quarter turns clockwise. */
  readonly rotation: QuarterTurns;
  /** Mirror left-right / top-bottom, on screen (after rotation). Never both: that is a half turn. */
  readonly flipH: boolean;
  readonly flipV: boolean;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** x' = a·x + c·y + e, y' = b·x + d·y + f: the order of CSS `matrix(a, b, c, d, e, f)`. */
export interface Affine {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly e: number;
  readonly f: number;
}

export const MIN_ZOOM = 1 / 64;
export const MAX_ZOOM = 64;

export const DEFAULT_VIEW: ViewTransform = {
  fit: true,
  zoom: 1,
  panX: 0,
  panY: 0,
  rotation: 0,
  flipH: false,
  flipV: false,
};

const clampZoom = (zoom: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/** Keeps (flipH, flipV, rotation) in its normal form: both flips together are a half turn. */
export function normalizeOrientation(view: ViewTransform): ViewTransform {
  const rotation = ((((view.rotation | 0) % 4) + 4) % 4) as QuarterTurns;
  if (view.flipH && view.flipV)
    return { ...view, flipH: false, flipV: false, rotation: ((rotation + 2) % 4) as QuarterTurns };
  return rotation === view.rotation ? view : { ...view, rotation };
}

/** The orientation's 2×2 integer matrix [a, b, c, d] (same layout as Affine). */
export function orientationMatrix(view: ViewTransform): readonly [number, number, number, number] {
  // R^k for a quarter turn clockwise with y pointing down: (x, y) → (-y, x).
  const turns: readonly (readonly [number, number, number, number])[] = [
    [1, 0, 0, 1],
    [0, 1, -1, 0],
    [-1, 0, 0, -1],
    [0, -1, 1, 0],
  ];
  const [a, b, c, d] = turns[view.rotation];
  // Flips multiply on the left: Fh negates the x row, Fv the y row.
  const sx = view.flipH ? -1 : 1;
  const sy = view.flipV ? -1 : 1;
  return [sx * a, sy * b, sx * c, sy * d];
}

/** A quarter turn clockwise (+1) or anticlockwise (-1), applied on screen after what is shown now. */
export function rotateView(view: ViewTransform, turns: 1 | -1): ViewTransform {
  // R·Fh = Fv·R and R·Fv = Fh·R: turning the screen swaps which screen axis an earlier flip mirrors.
  return normalizeOrientation({
    ...view,
    rotation: ((view.rotation + turns + 4) % 4) as QuarterTurns,
    flipH: view.flipV,
    flipV: view.flipH,
  });
}

/** Mirrors the image as shown now, left-right ('h') or top-bottom ('v'). */
export function flipView(view: ViewTransform, axis: 'h' | 'v'): ViewTransform {
  const flipped = axis === 'h' ? { ...view, flipH: !view.flipH } : { ...view, flipV: !view.flipV };
  return normalizeOrientation(flipped);
}

/** The image's size on screen before zooming: width and height swap on odd quarter turns. */
export function orientedSize(view: ViewTransform, image: Size): Size {
  return view.rotation % 2 === 1 ? { width: image.height, height: image.width } : image;
}

/** The zoom that shows the whole image in the viewport. */
export function fitZoom(view: ViewTransform, image: Size, viewport: Size): number {
  const oriented = orientedSize(view, image);
  if (oriented.width <= 0 || oriented.height <= 0 || viewport.width <= 0 || viewport.height <= 0) return 1;
  return clampZoom(Math.min(viewport.width / oriented.width, viewport.height / oriented.height));
}

/** The view as displayed: a fitted view gets the zoom of the current viewport and no pan. */
export function resolveView(view: ViewTransform, image: Size, viewport: Size): ViewTransform {
  return view.fit ? { ...view, zoom: fitZoom(view, image, viewport), panX: 0, panY: 0 } : view;
}

/** Image pixel coordinates (0..columns, 0..rows) → viewport CSS pixels, for a resolved view. */
export function imageToViewport(view: ViewTransform, image: Size, viewport: Size): Affine {
  const [ma, mb, mc, md] = orientationMatrix(view);
  const z = view.zoom;
  const a = z * ma;
  const b = z * mb;
  const c = z * mc;
  const d = z * md;
  // The image centre lands on the viewport centre plus the pan.
  const cx = image.width / 2;
  const cy = image.height / 2;
  return {
    a,
    b,
    c,
    d,
    e: viewport.width / 2 + view.panX - (a * cx + c * cy),
    f: viewport.height / 2 + view.panY - (b * cx + d * cy),
  };
}

export function applyAffine(m: Affine, x: number, y: number): Point {
  return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
}

export function invertAffine(m: Affine): Affine {
  const det = m.a * m.d - m.b * m.c;
  if (det === 0 || !Number.isFinite(det)) throw new RangeError('invertAffine: singular matrix');
  const a = m.d / det;
  const b = -m.b / det;
  const c = -m.c / det;
  const d = m.a / det;
  return { a, b, c, d, e: -(a * m.e + c * m.f), f: -(b * m.e + d * m.f) };
}

/** The image pixel (column x, row y) under a viewport point, or undefined outside the image. */
export function pixelAt(view: ViewTransform, image: Size, viewport: Size, point: Point): Point | undefined {
  const p = applyAffine(invertAffine(imageToViewport(view, image, viewport)), point.x, point.y);
  const x = Math.floor(p.x);
  const y = Math.floor(p.y);
  return x >= 0 && y >= 0 && x < image.width && y < image.height ? { x, y } : undefined;
}

/** Zooms by `factor` keeping the image point under `point` (viewport coordinates) where it is. */
export function zoomAround(view: ViewTransform, factor: number, point: Point, viewport: Size): ViewTransform {
  const zoom = clampZoom(view.zoom * factor);
  const ratio = zoom / view.zoom;
  // The image point under the cursor sits at C + pan + z·M·(p − c); keeping it fixed gives the new pan.
  const cx = viewport.width / 2;
  const cy = viewport.height / 2;
  return {
    ...view,
    fit: false,
    zoom,
    panX: point.x - cx - ratio * (point.x - cx - view.panX),
    panY: point.y - cy - ratio * (point.y - cy - view.panY),
  };
}

export function panView(view: ViewTransform, dx: number, dy: number): ViewTransform {
  return { ...view, fit: false, panX: view.panX + dx, panY: view.panY + dy };
}

/** One image pixel per device pixel, centred. */
export function oneToOneView(view: ViewTransform, devicePixelRatio: number): ViewTransform {
  const ratio = devicePixelRatio > 0 && Number.isFinite(devicePixelRatio) ? devicePixelRatio : 1;
  return { ...view, fit: false, zoom: clampZoom(1 / ratio), panX: 0, panY: 0 };
}

export function fitView(view: ViewTransform): ViewTransform {
  return { ...view, fit: true, panX: 0, panY: 0 };
}

/** Image pixels per device pixel as a percentage (100 % = 1:1 on this screen). */
export function zoomPercent(view: ViewTransform, devicePixelRatio: number): number {
  return view.zoom * (devicePixelRatio > 0 ? devicePixelRatio : 1) * 100;
}

/** CSS text of the transform, for element.style.transform. */
export function cssMatrix(m: Affine): string {
  const n = (v: number) => (Object.is(v, -0) ? 0 : Number(v.toFixed(6)));
  return `matrix(${n(m.a)}, ${n(m.b)}, ${n(m.c)}, ${n(m.d)}, ${n(m.e)}, ${n(m.f)})`;
}
