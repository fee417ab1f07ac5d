import {
  maxNodeSize,
  minNodeSize,
  nodeSize,
  nodeStyle,
  typeColor,
  typeColors,
} from "../../client/node-style";

describe("node style", () => {
  it("gives each known type its own colour", () => {
    const colours = Object.values(typeColors);
    expect(new Set(colours).size).toBe(colours.length);
    expect(typeColor("PERSON")).toBe(typeColors.PERSON);
  });

  it("gives an unknown type a stable colour outside the known ones", () => {
    const c = typeColor("LAW");
    expect(typeColor("LAW")).toBe(c);
    expect(Object.values(typeColors)).not.toContain(c);
    expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("sizes by the square root of degree between the bounds", () => {
    expect(nodeSize(0, 10)).toBe(minNodeSize);
    expect(nodeSize(3, 0)).toBe(minNodeSize);
    expect(nodeSize(10, 10)).toBe(maxNodeSize);
    expect(nodeSize(50, 10)).toBe(maxNodeSize);
    const quarter = nodeSize(25, 100);
    expect(quarter).toBeCloseTo(minNodeSize + (maxNodeSize - minNodeSize) * 0.5, 2);
    expect(nodeSize(2, 100)).toBeLessThan(nodeSize(3, 100));
    expect(nodeStyle("PLACE", 10, 10)).toEqual({ color: typeColors.PLACE, size: maxNodeSize });
  });
});
