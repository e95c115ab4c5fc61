/**
 * Fewer points for the county map: each ring simplified by Douglas–Peucker within a tolerance in degrees (points
 * closer than that to the line between their neighbours are dropped), coordinates rounded to 4 decimals
 * (≈ 10 m). At the cockpit's size one pixel is about 0.0017°, so a tolerance of 0.001° changes nothing visible
 * while the browser parses and draws a tenth of the points. A ring keeps its first and last point (closed rings
 * stay closed) and at least 4 points.
 */
export type Point = [number, number];

function distanceToSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Indices kept between `first` and `last` (exclusive), by recursive Douglas–Peucker; iterative to spare the stack. */
function keptIndices(ring: readonly Point[], tolerance: number): boolean[] {
  const keep = ring.map((_, index) => index === 0 || index === ring.length - 1);
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let index = first + 1; index < last; index++) {
      const candidate = distanceToSegment(ring[index]!, ring[first]!, ring[last]!);
      if (candidate > distance) {
        distance = candidate;
        farthest = index;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return keep;
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** One ring simplified; a ring that would fall under 4 points keeps its original points (rounded). */
export function simplifyRing(ring: readonly Point[], tolerance: number): Point[] {
  const rounded = ring.map(([x, y]): Point => [round(x), round(y)]);
  if (rounded.length <= 4) return rounded;
  // A closed ring's first and last points coincide: split it at its farthest point from the start so that the
  // segment test has two distinct ends.
  const closed = rounded[0]![0] === rounded.at(-1)![0] && rounded[0]![1] === rounded.at(-1)![1];
  let pivot = rounded.length - 1;
  if (closed) {
    let farthest = 0;
    for (let index = 1; index < rounded.length - 1; index++) {
      const distance = Math.hypot(rounded[index]![0] - rounded[0]![0], rounded[index]![1] - rounded[0]![1]);
      if (distance > farthest) {
        farthest = distance;
        pivot = index;
      }
    }
  }
  const firstHalf = rounded.slice(0, pivot + 1);
  const secondHalf = rounded.slice(pivot);
  const keepFirst = keptIndices(firstHalf, tolerance);
  const keepSecond = keptIndices(secondHalf, tolerance);
  const simplified = [
    ...firstHalf.filter((_, index) => keepFirst[index]),
    ...secondHalf.filter((_, index) => index > 0 && keepSecond[index]),
  ];
  return simplified.length >= 4 ? simplified : rounded;
}
