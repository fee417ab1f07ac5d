import type { Locator } from "playwright-core";

/**
 * Waits until the first element of `locator` contains `text`, then returns its text. On timeout the
 * error shows what the element did contain, which a bare waitFor would not.
 */
export async function waitForText(
  locator: Locator,
  text: string | RegExp,
  timeoutMs = 20_000,
): Promise<string> {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: timeoutMs });
  } catch {
    const actual = await locator
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => null);
    throw new Error(
      `browser test: no ${String(locator)} containing ${String(text)}; found ${JSON.stringify(actual)}`,
    );
  }
  return (await locator.filter({ hasText: text }).first().textContent()) ?? "";
}
