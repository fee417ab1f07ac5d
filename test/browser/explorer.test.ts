import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium, type LaunchedChromium } from "../../scripts/bench/launch-chromium";
import { startTestServer, type TestServer } from "../support/start-test-server";
import { waitForText } from "./wait-for-text";

/*
 * The explorer in headless Chromium against the real app and a real Neo4j holding the sample article:
 * graph drawn, search → side panel with evidence, Cypher console, ingest → new entity. Every wait is on
 * a condition the page exposes (window.__newsgraph, data-state attributes), never a fixed sleep.
 */

let server: TestServer;
let chromium: LaunchedChromium;
let page: Page;
const pageErrors: string[] = [];

const distIndex = join(__dirname, "..", "..", "client", "dist", "index.html");

beforeAll(async () => {
  if (!existsSync(distIndex))
    throw new Error("browser test: client/dist is missing; run npm run build:client");
  [server, chromium] = await Promise.all([
    startTestServer(),
    launchChromium({ viewport: { width: 1400, height: 900 } }),
  ]);
  page = await chromium.context.newPage();
  page.on("pageerror", (err) => pageErrors.push(err.message));
  await page.goto(server.url);
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  await page.evaluate(() => window.__newsgraph!.ready);
}, 180_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** Pixels of the graph area that are clearly coloured (node fills), decoded by the browser from a screenshot. */
async function colouredPixels(p: Page): Promise<number> {
  const png = await p.locator("#graph").screenshot();
  return p.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      // Background, edges and labels are greys; node colours are saturated.
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count += 1;
    }
    return count;
  }, png.toString("base64"));
}

describe("explorer", () => {
  it("draws the sample graph with Zelenskiy and Trump as nodes", async () => {
    const stats = await page.evaluate(() => window.__newsgraph!.stats());
    expect(stats.view).toBe("news");
    expect(stats.nodes).toBeGreaterThan(5);
    expect(stats.edges).toBeGreaterThan(0);
    const labels = await page.evaluate(() => window.__newsgraph!.nodeLabels());
    expect(labels.some((l) => /Zelenskiy/.test(l))).toBe(true);
    expect(labels.some((l) => /Trump/.test(l))).toBe(true);
    expect(await colouredPixels(page)).toBeGreaterThan(300);
    await waitForText(page.locator("#status .status-counts"), `${stats.nodes} nodes`);
  });

  it("finds Zelenskiy and lists his CALLED relation with the evidence sentence", async () => {
    await page.locator(".search-input").fill("Zelenskiy");
    const option = page.locator(".search-result", { hasText: "Zelenskiy" }).first();
    await option.waitFor();
    const id = await option.getAttribute("data-id");
    await option.click();

    const panel = page.locator("#entity-panel[data-state=loaded]");
    await panel.waitFor();
    await waitForText(panel.locator(".entity-name"), "Zelenskiy");
    const called = panel
      .locator(".fact[data-predicate=CALLED]")
      .filter({ has: page.locator(".entity-link", { hasText: "Trump" }) });
    expect(await called.count()).toBe(1);
    await waitForText(called.locator(".evidence-sentence"), "phone call with Trump");
    await waitForText(called.locator(".evidence-meta"), "2025-05-17");
    const stats = await page.evaluate(() => window.__newsgraph!.stats());
    expect(stats.selected).toBe(id);
    expect(stats.panelEntity).toBe(id);
  });

  it("draws a Cypher result as a graph and shows a write query's error", async () => {
    await page.getByRole("tab", { name: "Cypher" }).click();
    await page.locator(".cypher-editor .cm-content").click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("MATCH (a:Entity)-[r:CALLED]->(b:Entity) RETURN a, r, b");
    await page.locator(".cypher-run").click();
    await page.locator("#cypher[data-state=done]").waitFor();
    await waitForText(page.locator(".cypher-output .data-table tbody tr"), "Zelenskiy");
    await page.waitForFunction(() => window.__newsgraph!.stats().view === "cypher");
    expect((await page.evaluate(() => window.__newsgraph!.stats())).nodes).toBeGreaterThanOrEqual(2);

    await page.locator(".cypher-editor .cm-content").click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("CREATE (x:Entity {name: 'nope'}) RETURN x");
    await page.keyboard.press("ControlOrMeta+Enter");
    await page.locator("#cypher[data-state=error]").waitFor();
    expect(await page.locator(".cypher-output .alert-error").getAttribute("data-code")).toBe("write_query");

    await page.locator("#stage-banner button").click();
    await page.waitForFunction(() => window.__newsgraph!.stats().view === "news");
  });

  it("ingests a pasted article and shows its new entity", async () => {
    const before = await page.evaluate(() => window.__newsgraph!.stats());
    await page.getByRole("tab", { name: "Add article" }).click();
    const form = page.locator("#ingest-form");
    await form
      .locator("[name=text]")
      .fill(
        "German Chancellor Friedrich Merz met Italian Prime Minister Giorgia Meloni in Rome on Tuesday. " +
          "Merz said the two governments would work together on energy.",
      );
    await form.locator("[name=title]").fill("Merz meets Meloni");
    await form.locator("[name=date]").fill("2025-06-03");
    await form.locator("[name=source]").fill("newsgraph test");
    await form.locator("button[type=submit]").click();
    await page.locator("#ingest-form[data-state=success]").waitFor();
    const summary = await waitForText(form.locator(".alert-success"), "Graph now:");
    expect(summary).toMatch(/Stored: \d+ sentences, \d+ entities, \d+ relations/);

    const after = await page.evaluate(() => window.__newsgraph!.stats());
    expect(after.nodes).toBeGreaterThan(before.nodes);
    const labels = await page.evaluate(() => window.__newsgraph!.nodeLabels());
    expect(labels.some((l) => /Meloni/.test(l))).toBe(true);

    await page.locator(".search-input").fill("Meloni");
    await waitForText(page.locator(".search-result"), "Meloni");
    expect(pageErrors).toEqual([]);
  });
});
