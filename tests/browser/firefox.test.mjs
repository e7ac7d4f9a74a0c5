// The vnbrief serve page in Firefox (Debian's firefox-esr), driven over WebDriver BiDi with
// node's own WebSocket: playwright-core's Firefox needs its patched build, which this
// machine cannot download. A smoke case: the sample typed in and read, the fields and the
// preview seen.
// Run by tests/browser/run when firefox-esr is installed (FIREFOX: another binary).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = process.env.VNBRIEF_BIN || join(ROOT, "target/debug/vnbrief");
const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";

let server, firefox, socket, profile, url;
const waiting = new Map();
let lastId = 0;

// One BiDi command and its answer (an error answer throws).
function send(method, params) {
  return new Promise((ok, fail) => {
    const id = ++lastId;
    waiting.set(id, (m) => (m.type === "error" ? fail(new Error(method + ": " + m.message)) : ok(m.result)));
    socket.send(JSON.stringify({ id, method, params }));
  });
}

before(async () => {
  server = spawn(BIN, ["serve", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  url = await new Promise((ok, fail) => {
    createInterface({ input: server.stdout }).once("line", (line) => ok(line.trim()));
    server.once("exit", (code) => fail(new Error("vnbrief serve exited with " + code)));
  });
  profile = mkdtempSync(join(tmpdir(), "vnbrief-firefox-"));
  firefox = spawn(FIREFOX, ["--headless", "--no-remote", "--remote-debugging-port=0", "--profile", profile],
    { stdio: ["ignore", "ignore", "pipe"] });
  const address = await new Promise((ok, fail) => {
    firefox.stderr.on("data", (d) => {
      const m = String(d).match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (m) ok(m[1]);
    });
    firefox.once("exit", (code) => fail(new Error("firefox exited with " + code)));
  });
  socket = new WebSocket(address + "/session");
  await new Promise((ok, fail) => { socket.onopen = ok; socket.onerror = fail; });
  socket.onmessage = (e) => {
    const m = JSON.parse(e.data);
    if (m.id && waiting.has(m.id)) { waiting.get(m.id)(m); waiting.delete(m.id); }
  };
  await send("session.new", { capabilities: {} });
});

after(async () => {
  if (socket) { try { await send("browser.close", {}); } catch { /* already gone */ } }
  if (firefox) firefox.kill();
  if (server) server.kill();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

// Evaluates an expression in the page and gives its value (strings, numbers, booleans).
async function evaluate(context, expression) {
  const r = await send("script.evaluate", { expression, target: { context }, awaitPromise: true });
  if (r.type === "exception") throw new Error(r.exceptionDetails.text);
  return r.result.value;
}

async function until(context, expression, what) {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (await evaluate(context, expression)) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error("timed out waiting for " + what);
}

test("Firefox: read the sample, see the chair in the form and the preview", async () => {
  const { contexts } = await send("browsingContext.getTree", {});
  const context = contexts[0].context;
  await send("browsingContext.navigate", { context, url, wait: "complete" });
  await until(context, "!!document.querySelector('#template option')", "the page's set-up");
  assert.equal(await evaluate(context, "location.search"), "", "the token leaves the address bar");
  const article = readFileSync(join(ROOT, "examples/giao-ban-quy-1-2024.txt"), "utf8");
  // Firefox does not carry a script-made ClipboardEvent's data, so the text goes in as
  // typed, then the clerk presses "Đọc bài viết".
  await evaluate(context, `(() => {
    const area = document.querySelector("#article");
    area.value = ${JSON.stringify(article)};
    area.dispatchEvent(new Event("input", { bubbles: true }));
    document.querySelector("#parse").click();
    return true;
  })()`);
  const name = `document.querySelector('[data-field="chairs"] tr[data-row="0"] input[data-col="name"]')`;
  await until(context, `!!${name}`, "the parsed fields");
  assert.equal(await evaluate(context, `${name}.value`), "Nguyễn Ngọc Cương");
  await until(context, `[...document.querySelectorAll("#pages img")].some((img) =>
    img.alt.replace(/\\s+/g, "").includes("NguyễnNgọcCương") && img.complete && img.naturalWidth > 0)`,
  "the preview drawn");
  const pages = await evaluate(context, `document.querySelectorAll("#pages img").length`);
  assert.ok(pages >= 2, "the báo cáo's pages: " + pages);
});
