import { build } from "esbuild";
import { join } from "node:path";
import { median, type BenchMeasurement, type BenchReport } from "./bench-report";
import { launchChromium } from "./launch-chromium";
import type { RenderTimings } from "./render-page";

export interface RenderBenchOptions {
  repetitions?: number;
  /** Full-quality frames timed per repetition and case. */
  frames?: number;
  /** Length of the camera animation timed for the "moving" figure. */
  movingMs?: number;
  largeOrder?: number;
  baselineOrder?: number;
  log?: (line: string) => void;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Frame rate of sigma drawing a synthetic news graph with the explorer's own pipeline and settings in
 * headless Chromium. WebGL runs in SwiftShader on the CPU, so absolute figures are far below a desktop
 * GPU's; the ratios to the baseline (the same settings at 5k nodes, same run) are what to read.
 * Repetitions alternate 5k and 50k; medians are reported.
 */
export async function benchRender(options: RenderBenchOptions = {}): Promise<BenchReport> {
  const repetitions = options.repetitions ?? 3;
  const frames = options.frames ?? 3;
  const movingMs = options.movingMs ?? 4000;
  const large = options.largeOrder ?? 50000;
  const small = options.baselineOrder ?? 5000;
  const log = options.log ?? (() => undefined);
  const k = (n: number): string => `${n.toLocaleString("en-US")} nodes`;

  const bundle = await build({
    entryPoints: [join(__dirname, "render-page.ts")],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    platform: "browser",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  const script = bundle.outputFiles[0]!.text;

  const runs = new Map<number, RenderTimings[]>([
    [small, []],
    [large, []],
  ]);
  const chromium = await launchChromium({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await chromium.context.newPage();
    await page.setContent(
      '<!doctype html><body style="margin:0"><div id="stage" style="position:absolute;inset:0;background:#fbfbfc"></div></body>',
    );
    await page.addScriptTag({ content: script });
    for (let rep = 0; rep < repetitions; rep += 1) {
      for (const order of [small, large]) {
        const t = await page.evaluate(([o, f, m]) => window.__renderBench!.run(o, f, m), [
          order,
          frames,
          movingMs,
        ] as const);
        runs.get(order)!.push(t);
        log(
          `bench render: ${k(order)} rep ${rep + 1}: ${t.staticFps.toFixed(2)} fps full, ${t.movingFps.toFixed(2)} fps moving, ` +
            `${t.labelsOffFps.toFixed(2)} fps labels off, ${t.labelsDrawn} labels, setup ${Math.round(t.setupMs)} ms`,
        );
      }
    }
  } finally {
    await chromium.close();
  }

  const measure = (order: number, what: string, pick: (t: RenderTimings) => number): BenchMeasurement => {
    const ts = runs.get(order)!;
    return {
      system: `sigma ${k(order)}, ${what}`,
      unit: "frames/s",
      runs: ts.map((t) => round2(pick(t))),
      quality: {
        "labels drawn": median(ts.map((t) => t.labelsDrawn)),
        "setup ms": Math.round(median(ts.map((t) => t.setupMs))),
      },
    };
  };
  const measurements = [
    measure(small, "full frame (baseline)", (t) => t.staticFps),
    measure(large, "full frame", (t) => t.staticFps),
    measure(large, "while panning/zooming", (t) => t.movingFps),
    measure(large, "full frame, labels off", (t) => t.labelsOffFps),
    measure(small, "while panning/zooming", (t) => t.movingFps),
  ];
  return {
    title: "Explorer rendering (sigma 3.0, app settings, headless Chromium + SwiftShader WebGL, 1400x900)",
    data: `seeded synthetic news graphs: ${small} nodes / ~${Math.round(small * 1.5)} facts and ${large} nodes / ~${Math.round(large * 1.5)} facts, clustered positions`,
    baseline: measurements[0]!.system,
    measurements,
  };
}
