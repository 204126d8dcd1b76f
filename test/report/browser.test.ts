/**
 * The demo report in a real browser: Debian's headless Chromium, driven by puppeteer-core, opens
 * the file offline at a desktop and a phone width and prints it to A4 PDF. Nothing may leave the
 * page, nothing may log an error, the landmarks must be there, and axe-core must find no WCAG 2.1
 * AA violation. Screenshots go to the system's temp folder for a person to look at.
 *
 * Skipped, with the reason, where /usr/bin/chromium is missing; `.ci/run` installs it, and in CI
 * a missing browser fails instead.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoReport } from "../../src/cli/report.js";
import { renderReportHtml } from "../../src/report/index.js";
import { hostile, hostileAreas, hostileEvaluations, hostileModel } from "./fixtures.js";

const chromium = "/usr/bin/chromium";
const present = existsSync(chromium);
const inCi = Boolean(process.env["CI"]);
if (!present && !inCi) {
  console.warn(
    `test/report/browser.test.ts: skipped, no ${chromium}; get it with \`npm run setup:runtimes\` as root, or \`apt-get install -y chromium\``,
  );
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const screenshots = join(tmpdir(), "buurtaanpak-report-screenshots");

interface AxeResult {
  readonly violations: readonly {
    readonly id: string;
    readonly impact: string | null;
    readonly help: string;
    readonly nodes: readonly { readonly target: readonly unknown[] }[];
  }[];
}

describe.runIf(present || inCi)("the demo report in headless Chromium", () => {
  let browser: Browser;
  let work: string;
  let file: string;
  let html: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "buurtaanpak-report-"));
    html = demoReport({ format: "html", language: "nl" });
    file = join(work, "rapport.html");
    writeFileSync(file, html);
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        `--user-data-dir=${join(work, "profile")}`,
      ],
    });
    mkdirSync(screenshots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Opens a report (the demo's by default) with every request but the file itself refused, and collects what went wrong. */
  async function open(width: number, path = file): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    const own = pathToFileURL(path).href;
    // The report's own Content-Security-Policy forbids scripts, axe's too: the test lifts it for itself.
    await page.setBypassCSP(true);
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      if (request.url() === own) {
        void request.continue();
      } else {
        requests.push(request.url());
        void request.abort();
      }
    });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) =>
      problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`),
    );
    await page.setViewport({ width, height: 900 });
    await page.goto(own, { waitUntil: "load", timeout: 60_000 });
    return { page, problems, requests };
  }

  it("is one file under 500 KB", () => {
    expect(new TextEncoder().encode(html).length).toBeLessThan(500 * 1024);
  });

  for (const width of [1280, 375]) {
    it(`opens offline at ${width} px: no request leaves the page, no console error, landmarks present, no WCAG 2.1 AA violation`, async () => {
      const { page, problems, requests } = await open(width);
      try {
        // Run in the page as text: the project's types know no DOM, and the page is where it runs.
        const landmarks = (await page.evaluate(`({
          banner: document.querySelectorAll("body > header").length,
          navigation: document.querySelectorAll("nav").length,
          main: document.querySelectorAll("main").length,
          contentinfo: document.querySelectorAll("body > footer").length,
          sections: [...document.querySelectorAll("main > section")].map((section) => section.id),
          charts: document.querySelectorAll("svg[role=img] > title + desc").length,
          scripts: document.querySelectorAll("script").length,
        })`)) as { readonly sections: readonly string[]; readonly charts: number };
        expect(landmarks).toMatchObject({ banner: 1, navigation: 1, main: 1, contentinfo: 1, scripts: 0 });
        expect(landmarks.sections).toEqual(["summary", "plan", "do", "check", "act"]);
        expect(landmarks.charts).toBeGreaterThan(30);
        // Nothing is wider than the screen but the regions that scroll on their own.
        const overflow = await page.evaluate(
          "document.documentElement.scrollWidth - document.documentElement.clientWidth",
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(screenshots, `report-${width}.png`) });

        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(
          `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })`,
        );
        const violations = (result as AxeResult).violations.map(
          (violation) =>
            `${violation.id} (${violation.impact ?? "?"}): ${violation.help}: ${violation.nodes
              .slice(0, 3)
              .map((node) => JSON.stringify(node.target))
              .join(", ")}`,
        );
        expect(violations).toEqual([]);
        expect(requests).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 120_000);
  }

  it("shows a hostile model, areas file and data set as inert text: no element, handler or request comes from a text", async () => {
    const model = hostileModel();
    const areas = hostileAreas();
    const report = renderReportHtml(
      { model, evaluation: hostileEvaluations(model, areas).series, activities: ["meldingen"] },
      { language: "nl", unprotected: true, synthetic: { nl: hostile.onerror, en: hostile.onerror } },
    );
    const path = join(work, "hostile.html");
    writeFileSync(path, report);
    const { page, problems, requests } = await open(1280, path);
    try {
      const found = (await page.evaluate(`({
        injected: document.querySelectorAll("script, img, iframe, object, embed, [onerror], [onload], [onclick]").length,
        handlers: [...document.querySelectorAll("*")].flatMap((element) => [...element.attributes].map((attribute) => attribute.name)).filter((name) => name.startsWith("on")),
        title: document.title,
      })`)) as { injected: number; handlers: string[]; title: string };
      expect(found.injected).toBe(0);
      expect(found.handlers).toEqual([]);
      expect(found.title).toContain("<script>alert(1)</script>");
      expect(requests).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("prints to A4 PDF, a page per goal, with no request and no error", async () => {
    const { page, problems, requests } = await open(1280);
    try {
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      const text = Buffer.from(pdf).toString("latin1");
      const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      // The summary, Plan, Do, Check with a page per goal, and Act.
      expect(pages).toBeGreaterThanOrEqual(8);
      writeFileSync(join(screenshots, "report.pdf"), pdf);
      await page.emulateMediaType("print");
      const hidden = await page.evaluate(`getComputedStyle(document.querySelector("nav")).display`);
      expect(hidden).toBe("none");
      expect(requests).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});
