// The vnbrief serve page in a real browser (Debian's Chromium through playwright-core).
// Run from the repository root with `bash tests/browser/run` (it builds nothing: set
// VNBRIEF_BIN to the binary, default target/debug/vnbrief). Not part of `cargo test`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = process.env.VNBRIEF_BIN || join(ROOT, "target/debug/vnbrief");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const SCREENSHOT = process.env.VNBRIEF_SCREENSHOT; // where to save the page, if set
const EDITED = "Trưởng ban Kiểm thử Trình duyệt";
const TASK = "Giao Phòng Thử nghiệm rà soát biên bản trên trình duyệt.";

let server, url, context, profile, templates;

before(async () => {
  // A user template that does not compile, to see the page keep its last good pages.
  templates = mkdtempSync(join(tmpdir(), "vnbrief-templates-"));
  writeFileSync(join(templates, "hong.typ"), "#let x = (\n");
  server = spawn(BIN, ["serve", "--port", "0", "--config", join(ROOT, "examples/vnbrief.toml"),
    "--template-dir", templates], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  url = await new Promise((ok, fail) => {
    const lines = createInterface({ input: server.stdout });
    lines.once("line", (line) => ok(line.trim()));
    server.once("exit", (code) => fail(new Error("vnbrief serve exited with " + code)));
  });
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32}$/);
  profile = mkdtempSync(join(tmpdir(), "vnbrief-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  if (context) await context.close();
  if (server) server.kill();
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (templates) rmSync(templates, { recursive: true, force: true });
});

// The text of every page of a PDF, whitespace dropped (lines wrap anywhere).
async function pdfText(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  let text = "";
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((item) => item.str).join("");
  }
  return text.normalize("NFC").replace(/\s+/g, "");
}

const squeeze = (s) => s.normalize("NFC").replace(/\s+/g, "");

// Polls a predicate in the page. (page.waitForFunction evaluates strings, which the page's
// Content-Security-Policy rightly forbids; page.evaluate is not subject to it.)
async function until(page, predicate, arg, what) {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (await page.evaluate(predicate, arg)) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error("timed out waiting for " + what);
}

// Waits until some preview page's text (its alt text) holds `wanted`.
async function previewShows(page, wanted) {
  await until(page, (w) => [...document.querySelectorAll("#pages img")]
    .some((img) => img.alt.replace(/\s+/g, "").includes(w)), squeeze(wanted), "preview: " + wanted);
}

// Pastes the sample article into the text area, as a clerk's Ctrl-V does.
async function pasteSample(page) {
  await page.locator("#article").focus();
  const article = readFileSync(join(ROOT, "examples/giao-ban-quy-1-2024.txt"), "utf8");
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.querySelector("#article").dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, article);
}

// A new page with the sample pasted and its first preview drawn.
async function openWithSample() {
  const page = await context.newPage();
  await page.goto(url);
  await pasteSample(page);
  await previewShows(page, "Nguyễn Ngọc Cương");
  return page;
}

test("paste the sample, fix a chair, preview, switch to minutes, download the PDF", async () => {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(url);
  assert.equal(new URL(page.url()).search, "", "the token leaves the address bar");
  await pasteSample(page);

  const name = page.locator('[data-field="chairs"] tr[data-row="0"] input[data-col="name"]');
  await name.waitFor({ timeout: 30000 });
  assert.equal(await name.inputValue(), "Nguyễn Ngọc Cương");
  assert.match(await page.locator("#source-info").textContent(), /utf-8/);
  await previewShows(page, "Nguyễn Ngọc Cương");
  if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT });

  const position = page.locator('[data-field="chairs"] tr[data-row="0"] [data-col="position"]');
  await position.fill(EDITED);
  await previewShows(page, EDITED);

  await page.selectOption("#template", "minutes");
  await previewShows(page, "BIÊN BẢN");
  // The biên bản's own parts have their form: a task added there is printed.
  const tasks = page.locator('[data-minutes="tasks"] textarea');
  await tasks.fill((await tasks.inputValue()) + "\n" + TASK);
  await previewShows(page, TASK);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-pdf")]);
  assert.equal(download.suggestedFilename(), "bien-ban.pdf");
  const bytes = readFileSync(await download.path());
  const text = await pdfText(bytes);
  assert.ok(text.includes(squeeze(EDITED)), "the PDF has the edited position");
  assert.ok(text.includes(squeeze("BIÊN BẢN")), "the PDF is the minutes");
  assert.ok(text.includes(squeeze(TASK)), "the PDF has the added task");
  assert.deepEqual(errors, [], "no script errors");
  await page.close();
});

test("drop a TCVN3 file and see the right title", async () => {
  const page = await context.newPage();
  await page.goto(url);
  const bytes = [...readFileSync(join(ROOT, "tests/fixtures/encodings/000.tcvn3.txt"))];
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], "bai-tcvn3.txt", { type: "text/plain" }));
    const zone = document.querySelector("#drop");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  const title = page.locator('[data-field="title"] textarea');
  await until(page, () => {
    const t = document.querySelector('[data-field="title"] textarea');
    return !!t && t.value !== "";
  }, null, "the parsed title");
  assert.equal(await title.inputValue(),
    "Giao ban trực tuyến công tác quản lý hành chính về trật tự xã hội quý I/2024");
  assert.match(await page.locator("#source-info").textContent(), /tcvn3/);
  await page.close();
});

test("a template that fails keeps the last good pages and says why in Vietnamese", async () => {
  const page = await openWithSample();
  await page.selectOption("#template", "user:hong.typ");
  await until(page, () => document.querySelector("#status").classList.contains("error"),
    null, "the error status");
  const status = await page.locator("#status strong").textContent();
  assert.equal(status, "Không dựng được văn bản từ mẫu này");
  await previewShows(page, "Nguyễn Ngọc Cương"); // the báo cáo's pages are still there
  await page.close();
});

test("typing with an input method (Telex): no redraw until the letter is composed", async () => {
  const page = await openWithSample();
  let asked = 0;
  page.on("request", (r) => { if (r.url().endsWith("/api/preview")) asked++; });
  const field = '[data-field="chairs"] tr[data-row="0"] [data-col="position"]';
  await page.evaluate((selector) => {
    const input = document.querySelector(selector);
    input.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true, data: "" }));
    input.value = "Trưởng ban Soạn thaa"; // "aa" on its way to "â"
    input.dispatchEvent(new InputEvent("input", { bubbles: true, isComposing: true }));
  }, field);
  await new Promise((ok) => setTimeout(ok, 1000)); // four debounce periods
  assert.equal(asked, 0, "no preview asked for in the middle of a letter");
  await page.evaluate((selector) => {
    const input = document.querySelector(selector);
    input.value = "Trưởng ban Soạn thâ";
    input.dispatchEvent(new InputEvent("input", { bubbles: true, isComposing: true }));
    input.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true, data: "â" }));
  }, field);
  await previewShows(page, "Trưởng ban Soạn thâ");
  assert.equal(asked, 1, "one preview once the letter is composed");
  await page.close();
});

test("an answer for an older edit that arrives late is dropped", async () => {
  const page = await openWithSample();
  // The next preview's answer is held back until a later edit's answer has been drawn.
  const held = new Promise((ok) => {
    let armed = true;
    page.route("**/api/preview", async (route) => {
      if (!armed) return route.continue();
      armed = false;
      const response = await route.fetch();
      ok(() => route.fulfill({ response }));
    });
  });
  const position = page.locator('[data-field="chairs"] tr[data-row="0"] [data-col="position"]');
  await position.fill("Trưởng ban Bản Trả Lời Cũ");
  const release = await held; // the server has answered the older edit; the page has not seen it
  await position.fill("Trưởng ban Bản Trả Lời Mới");
  await previewShows(page, "Trưởng ban Bản Trả Lời Mới");
  const shownSeq = await page.locator("#pages").getAttribute("data-seq");
  await release();
  await new Promise((ok) => setTimeout(ok, 1000)); // time for the page to handle the late answer
  const alts = await page.evaluate(() => [...document.querySelectorAll("#pages img")].map((i) => i.alt).join("\n"));
  assert.ok(squeeze(alts).includes(squeeze("Trưởng ban Bản Trả Lời Mới")), "the newer edit stays on the pages");
  assert.ok(!squeeze(alts).includes(squeeze("Trưởng ban Bản Trả Lời Cũ")), "the late answer is not drawn");
  assert.equal(await page.locator("#pages").getAttribute("data-seq"), shownSeq);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.close();
});

// The preview latency as the browser sees it (issue 13's benchmark, the browser's column):
// each edit types a new position into the first chair's field; timed with performance.now()
// from the input event, and from the page's /api/preview request (after its ~250 ms
// debounce), to the redrawn page in the DOM (its image's new SVG and text in place).
// Figures, not a pass/fail bar: the test only checks that every edit arrived.
test("timing: one-field edits, input event to the new page in the DOM", async () => {
  const edits = Number(process.env.VNBRIEF_BROWSER_EDITS || 50);
  const page = await openWithSample();
  const times = await page.evaluate(async (n) => {
    const input = document.querySelector('[data-field="chairs"] tr[data-row="0"] [data-col="position"]');
    const box = document.querySelector("#pages");
    const realFetch = window.fetch;
    let sentAt = 0;
    window.fetch = (resource, init) => {
      if (String(resource).includes("/api/preview")) sentAt = performance.now();
      return realFetch(resource, init);
    };
    const fromInput = [];
    const fromRequest = [];
    for (let i = 0; i < n; i++) {
      const text = "Trưởng ban Đo thời gian lần " + i;
      const wanted = text.replace(/\s+/g, "");
      const shown = new Promise((ok) => {
        const done = () => [...box.querySelectorAll("img")]
          .some((img) => img.alt.replace(/\s+/g, "").includes(wanted));
        const watch = new MutationObserver(() => {
          if (done()) { watch.disconnect(); ok(performance.now()); }
        });
        watch.observe(box, { subtree: true, childList: true, attributes: true });
      });
      input.value = text;
      const typed = performance.now();
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const drawn = await shown;
      fromInput.push(drawn - typed);
      fromRequest.push(drawn - sentAt);
      await new Promise((ok) => setTimeout(ok, 20));
    }
    window.fetch = realFetch;
    return { fromInput, fromRequest };
  }, edits);
  const summary = (values) => {
    const v = [...values].sort((a, b) => a - b);
    const at = (q) => v[Math.min(v.length - 1, Math.floor(v.length * q))];
    return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (n=${v.length})`;
  };
  assert.equal(times.fromInput.length, edits);
  console.log(`browser: input event → new page in the DOM: ${summary(times.fromInput)}`);
  console.log(`browser: preview request → new page in the DOM: ${summary(times.fromRequest)}`);
  await page.close();
});
