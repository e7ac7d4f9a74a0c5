// vnbrief serve: the review page. Reads the article through the server (/api/parse),
// shows the report as a form, redraws the pages after each edit (/api/preview) and
// downloads or prints the PDF (/api/pdf). No framework: the form is built from small
// field lists, and fields the page does not know are shown generically.
"use strict";

const $ = (id) => document.getElementById(id);

const state = {
  report: null,       // the report as parsed, then as edited
  letterhead: {},     // the unit's settings as edited
  locked: [],         // settings keys only --config may set
  template: "briefing",
  seq: 0,             // number of the latest preview request
  shown: 0,           // number of the preview on screen
  composing: false,   // an input method (Telex, VNI) is composing a letter
  timer: 0,
  // Drawn pages by content hash: {url, text}. The server sends only pages not in here.
  drawn: new Map(),
};

// Pages kept drawn beyond those on screen, so an answer to an older request finds its own.
const DRAWN_KEEP = 24;

// Report fields with a form of their own, in the order the form shows them.
const REPORT_TEXT = [
  ["title", "Tiêu đề", "textarea"],
  ["date", "Ngày diễn ra", "date"],
  ["place", "Địa điểm", "text"],
  ["organizer", "Đơn vị tổ chức", "textarea"],
  ["event", "Sự kiện", "textarea"],
  ["chairs", "Chủ trì", "people"],
  ["attendees", "Thành phần tham dự", "people"],
  ["captions", "Chú thích ảnh", "strings"],
  ["author", "Tác giả", "text"],
  ["figures", "Số liệu", "figures"],
  ["sections", "Nội dung bài (các đoạn)", "sections"],
  ["minutes", "Phần riêng của biên bản", "minutes"],
];

// The parts of the minutes that the biên bản prints, read from the body by the parser.
const MINUTES_PARTS = [
  ["groups", "Thành phần dự theo nhóm (không nêu tên)"],
  ["results", "Diễn biến, kết quả (mỗi dòng một đoạn)"],
  ["conclusions", "Kết luận (mỗi dòng một đoạn)"],
  ["tasks", "Nhiệm vụ, đề nghị (mỗi dòng một đoạn)"],
];
const PARTS_OF_DAY = ["sáng", "trưa", "chiều", "tối"];
// Fields that are the report's bookkeeping, not its content.
const REPORT_HIDDEN = ["schema", "source", "caption_places", "warnings", "review", "review_values"];

// Which warnings stand beside which field: words the parser's warnings use.
const WARNING_FIELDS = [
  ["date", /\bdate|dateline|\byear\b/i],
  ["title", /title/i],
  ["place", /\bplace\b|venue/i],
  ["organizer", /organi[sz]er/i],
  ["event", /\bevent\b/i],
  ["chairs", /\bchair/i],
  ["attendees", /attendee/i],
  ["author", /byline|author/i],
  ["captions", /caption/i],
  ["figures", /figure/i],
];

// The parser's warnings in Vietnamese; a warning not listed is shown as the parser wrote it.
const WARNING_WORDS = [
  [/^no title line.*$/, "Không thấy dòng tiêu đề: dòng đầu được đọc như đoạn mở đầu."],
  [/^no event date found in the lead$/, "Không tìm thấy ngày diễn ra trong đoạn mở đầu."],
  [/^no date in the lead; "(.*)" taken from paragraph (\d+)$/, "Đoạn mở đầu không có ngày; lấy \"$1\" từ đoạn $2."],
  [/^no year in the dateline; (\d+) taken from the title$/, "Câu ghi ngày không có năm; năm $1 lấy từ tiêu đề."],
  [/^no year in the dateline; (\d+) taken from (.*)$/, "Câu ghi ngày không có năm; năm $1 lấy từ $2."],
  [/^no year in the dateline or elsewhere.*$/, "Không tìm thấy năm diễn ra trong bài."],
  [/^no event \(.*$/, "Không thấy tên sự kiện (hội nghị, lễ, buổi làm việc…): có thể đây không phải bài về một cuộc họp."],
  [/^no place.*$/, "Không thấy địa điểm (\"tại …\") của sự kiện."],
  [/^no organiser named$/, "Không thấy đơn vị tổ chức."],
  [/^no chair named$/, "Không thấy người chủ trì."],
  [/^no attendees named$/, "Không thấy tên người tham dự."],
  [/^no byline.*$/, "Không thấy tên tác giả cuối bài."],
  [/^lines (\d+) to (\d+) were joined.*$/, "Dòng $1 đến $2 được nối lại: một câu bị xuống dòng giữa chừng."],
  [/^paragraph (\d+) repeats paragraph (\d+)$/, "Đoạn $1 lặp lại đoạn $2."],
  [/^the article has no text$/, "Bài viết không có nội dung."],
];

function warningText(w) {
  const hit = WARNING_WORDS.find(([re]) => re.test(w));
  return hit ? w.replace(hit[0], hit[1]) : w;
}

function warningLine(w) {
  return el("p", { class: "warn", text: warningText(w), title: w });
}

const LETTERHEAD_LABELS = {
  parent_body: "Cơ quan chủ quản",
  issuing_body: "Cơ quan ban hành",
  drafting_unit: "Đơn vị soạn thảo (Lưu: VT, …)",
  number: "Số, ký hiệu ({code} thành BC/BB)",
  place: "Địa danh",
  date: "Ngày của văn bản",
  kinh_gui: "Kính gửi (mỗi dòng một nơi)",
  subject: "Trích yếu (để trống: theo tên sự kiện)",
  photo_notes: "In chú thích ảnh thành ghi chú (Ảnh: …) trong báo cáo",
  mark_review: "Đánh dấu (?) các thông tin cần kiểm tra lại (bản nháp)",
  signer_title: "Quyền hạn, chức vụ người ký",
  signer: "Họ tên người ký",
  recipients: "Nơi nhận (mỗi dòng một nơi)",
  fonts: "Phông chữ",
};
const MULTILINE = ["signer_title", "subject"];
// Row cells that hold a phrase or a sentence: a text area, the widest column.
const LONG_COLUMNS = ["position", "context"];

// The built-in templates by their Vietnamese names.
const TEMPLATE_NAMES = {
  briefing: "Báo cáo (Mẫu 1.4, Nghị định 30/2020)",
  minutes: "Biên bản (Mẫu 1.9, Nghị định 30/2020)",
  article: "Bài báo (in lại bài viết)",
};

const SECTION_KINDS = {
  lead: "Mở đầu", attendance: "Thành phần", results: "Kết quả",
  conclusion: "Kết luận", body: "Nội dung",
};

// ---- small helpers ----------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

function blankToNull(s) {
  return s.trim() === "" ? null : s;
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// The server's refusals are one line: Vietnamese words, then the technical reason in
// parentheses. The words are shown; the reason below them, smaller.
function showStatus(message, kind) {
  const box = $("status");
  box.className = "status" + (kind ? " " + kind : "");
  box.textContent = "";
  const cut = message.indexOf(" (");
  if (kind === "error" && cut > 0) {
    box.append(el("strong", { text: message.slice(0, cut) }));
    box.append(el("small", { text: message.slice(cut + 2, -1) }));
  } else {
    box.textContent = message;
  }
}

async function failureText(response) {
  const text = (await response.text()).trim();
  if (text) return text;
  return "Máy chủ trả lời lỗi " + response.status;
}

async function post(url, body, type) {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": type || "application/json" },
    body,
  });
}

function documentBody(have) {
  return JSON.stringify({
    report: state.report,
    letterhead: letterheadValue(),
    template: state.template,
    have: have || [],
  });
}

// ---- reading the article ----------------------------------------------------

async function parseBytes(bytes, name) {
  showStatus("Đang đọc bài viết…", "busy");
  let response;
  try {
    response = await post("/api/parse?name=" + encodeURIComponent(name), bytes,
      "application/octet-stream");
  } catch (e) {
    showStatus("Không kết nối được máy chủ vnbrief (đã tắt?) (" + e.message + ")", "error");
    return;
  }
  if (!response.ok) {
    showStatus(await failureText(response), "error");
    return;
  }
  const report = await response.json();
  state.report = report;
  const src = report.source || {};
  $("source-info").textContent = "Tệp: " + src.name + " · định dạng: " + src.format +
    " · bảng mã nhận ra: " + src.encoding;
  buildReportForm();
  for (const id of ["download-pdf", "print", "download-json"]) $(id).disabled = false;
  schedulePreview(0);
}

function parseTextArea() {
  const text = $("article").value;
  if (text.trim() === "") return;
  parseBytes(new TextEncoder().encode(text), "bai-viet.txt");
}

async function parseFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  parseBytes(bytes, file.name);
}

// ---- the report form ----------------------------------------------------------

function warningsFor(report) {
  const byField = {};
  const general = [];
  for (const w of report.warnings || []) {
    const hit = WARNING_FIELDS.find(([, re]) => re.test(w));
    if (hit) (byField[hit[0]] = byField[hit[0]] || []).push(w);
    else general.push(w);
  }
  return { byField, general };
}

function reviewed(report, key) {
  const review = report.review;
  if (!Array.isArray(review)) return false;
  return review.some((r) => {
    const name = typeof r === "string" ? r : (r && (r.field || r.path)) || "";
    return String(name).split(/[.\[]/)[0] === key;
  });
}

function fieldBox(key, label, report, warnings) {
  const box = el("div", { class: "field", "data-field": key });
  const title = el("div", { class: "label", text: label });
  if (reviewed(report, key)) title.append(el("span", { class: "review", text: "cần xem lại" }));
  box.append(title);
  for (const w of warnings.byField[key] || []) box.append(warningLine(w));
  return box;
}

function edited() {
  schedulePreview(250);
}

function textInput(value, onChange, multiline, attrs) {
  const input = multiline
    ? el("textarea", Object.assign({ rows: 2 }, attrs || {}))
    : el("input", Object.assign({ type: "text" }, attrs || {}));
  input.placeholder = (attrs && attrs.placeholder) || "…… (còn trống, cần điền)";
  input.value = value == null ? "" : String(value);
  input.addEventListener("input", () => {
    onChange(input.value);
    edited();
  });
  return input;
}

function buildReportForm() {
  const report = state.report;
  const form = $("report-form");
  form.textContent = "";
  const warnings = warningsFor(report);
  const general = $("general-warnings");
  general.textContent = "";
  general.hidden = warnings.general.length === 0;
  if (warnings.general.length) {
    general.append(el("strong", { text: "Lưu ý khi đọc bài:" }));
    for (const w of warnings.general) general.append(warningLine(w));
  }
  for (const [key, label, kind] of REPORT_TEXT) {
    const box = fieldBox(key, label, report, warnings);
    box.append(editorFor(kind, report, key));
    form.append(box);
  }
  // Fields this page has no form for (newer reports): edited generically if simple.
  for (const key of Object.keys(report)) {
    if (REPORT_HIDDEN.includes(key) || REPORT_TEXT.some(([k]) => k === key)) continue;
    const box = fieldBox(key, key.replace(/_/g, " "), report, warnings);
    box.append(genericEditor(report, key));
    form.append(box);
  }
}

function editorFor(kind, obj, key) {
  switch (kind) {
    case "text": return textInput(obj[key], (v) => { obj[key] = blankToNull(v); }, false);
    case "textarea": return textInput(obj[key], (v) => { obj[key] = blankToNull(v); }, true);
    case "date": return dateEditor(obj);
    case "people": return rowsEditor(obj, key, [
      ["rank", "Cấp bậc, học hàm", true],
      ["name", "Họ tên", false],
      ["position", "Chức vụ", true],
    ], () => ({ rank: null, name: "", position: null }));
    case "figures": return rowsEditor(obj, key, [
      ["value", "Số liệu", false],
      ["context", "Câu chứa số liệu", false],
    ], () => ({ value: "", context: "" }));
    case "strings": return stringsEditor(obj, key);
    case "sections": return sectionsEditor(obj, key);
    case "minutes": return minutesEditor(obj, key);
    default: return genericEditor(obj, key);
  }
}

function dateEditor(report) {
  const d = report.date || {};
  const parts = { day: d.day, month: d.month, year: d.year, text: d.text || "" };
  const wrap = el("div", { class: "date-parts" });
  const note = el("p", { class: "warn", hidden: true });
  const sync = () => {
    const day = parseInt(parts.day, 10);
    const month = parseInt(parts.month, 10);
    const year = parseInt(parts.year, 10);
    const empty = !parts.day && !parts.month && !parts.year && parts.text.trim() === "";
    if (empty) {
      report.date = null;
      note.hidden = true;
    } else if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      report.date = {
        day, month,
        year: Number.isFinite(year) ? year : null,
        year_inferred: report.date && report.date.year === year ? !!report.date.year_inferred : false,
        text: parts.text,
      };
      note.hidden = true;
    } else {
      note.hidden = false;
      note.textContent = "Ngày chưa đủ: cần ngày (1–31) và tháng (1–12).";
    }
  };
  const num = (name, label, min, max) => {
    const input = el("input", { type: "number", min, max, "aria-label": label, placeholder: label });
    input.value = parts[name] == null ? "" : parts[name];
    input.addEventListener("input", () => { parts[name] = input.value; sync(); edited(); });
    return el("label", {}, label + " ", input);
  };
  wrap.append(num("day", "ngày", 1, 31), num("month", "tháng", 1, 12), num("year", "năm", 1900, 2200));
  const text = textInput(parts.text, (v) => { parts.text = v; sync(); }, false,
    { "aria-label": "ngày như trong bài", placeholder: "như trong bài (còn trống)" });
  wrap.append(text);
  const box = el("div", {}, wrap, note);
  if (d.year_inferred) box.append(el("p", { class: "warn", text: "Năm được suy ra, không ghi trong câu." }));
  return box;
}

// Rows of objects (people, figures): each row's cells, with move up/down and remove.
function rowsEditor(obj, key, columns, blank) {
  if (!Array.isArray(obj[key])) obj[key] = [];
  const list = obj[key];
  const table = el("table", { class: "people" });
  const draw = () => {
    table.textContent = "";
    table.append(el("tr", {}, ...columns.map(([col, label]) =>
      el("th", { text: label, class: LONG_COLUMNS.includes(col) ? "long" : "" })), el("th")));
    list.forEach((row, i) => {
      const tr = el("tr", { "data-row": i });
      for (const [col, label, nullable] of columns) {
        const input = textInput(row[col], (v) => { row[col] = nullable ? blankToNull(v) : v; },
          LONG_COLUMNS.includes(col), { "aria-label": label + " " + (i + 1), "data-col": col, rows: 2 });
        tr.append(el("td", {}, input));
      }
      const move = (delta) => () => {
        const j = i + delta;
        if (j < 0 || j >= list.length) return;
        [list[i], list[j]] = [list[j], list[i]];
        draw();
        edited();
      };
      tr.append(el("td", { class: "tools" },
        el("button", { type: "button", title: "Lên", "aria-label": "Lên", onclick: move(-1) }, "↑"),
        el("button", { type: "button", title: "Xuống", "aria-label": "Xuống", onclick: move(1) }, "↓"),
        el("button", {
          type: "button", title: "Xoá", "aria-label": "Xoá",
          onclick: () => { list.splice(i, 1); draw(); edited(); },
        }, "✕")));
      table.append(tr);
    });
    table.append(el("tr", {}, el("td", { colspan: columns.length + 1 },
      el("button", { type: "button", onclick: () => { list.push(blank()); draw(); edited(); } }, "+ Thêm dòng"))));
  };
  draw();
  return table;
}

// A list of strings as a text area, one entry per line.
function stringsEditor(obj, key) {
  if (!Array.isArray(obj[key])) obj[key] = [];
  const area = textInput(obj[key].join("\n"), (v) => {
    obj[key] = v.split("\n").map((s) => s.trim()).filter((s) => s !== "");
  }, true, { rows: Math.min(8, Math.max(2, obj[key].length + 1)), placeholder: "(trống; mỗi dòng một mục)" });
  return el("div", {}, area, el("p", { class: "muted", text: "Mỗi dòng một mục." }));
}

// The biên bản's own parts: the start time, then each list of paragraphs; a part a newer
// report adds is edited generically.
function minutesEditor(obj, key) {
  if (!obj[key] || typeof obj[key] !== "object") obj[key] = {};
  const minutes = obj[key];
  if (!minutes.start || typeof minutes.start !== "object") {
    minutes.start = { hour: null, minute: null, part_of_day: null };
  }
  const start = minutes.start;
  const number = (name, label, max) => {
    const input = el("input", { type: "number", min: 0, max, "aria-label": label, placeholder: label });
    input.value = start[name] == null ? "" : start[name];
    input.addEventListener("input", () => {
      const n = parseInt(input.value, 10);
      start[name] = n >= 0 && n <= max ? n : null;
      edited();
    });
    return el("label", {}, label + " ", input);
  };
  const part = el("select", { "aria-label": "buổi" },
    el("option", { value: "", text: "(buổi: còn trống)" }),
    ...PARTS_OF_DAY.map((p) => el("option", { value: p, text: p })));
  part.value = PARTS_OF_DAY.includes(start.part_of_day) ? start.part_of_day : "";
  part.addEventListener("change", () => { start.part_of_day = part.value || null; edited(); });
  const box = el("div", { class: "sub" }, el("div", { class: "field", "data-minutes": "start" },
    el("label", { text: "Thời gian bắt đầu" }),
    el("div", { class: "date-parts" }, number("hour", "giờ", 23), number("minute", "phút", 59), part)));
  for (const [part, label] of MINUTES_PARTS) {
    box.append(el("div", { class: "field", "data-minutes": part }, el("label", { text: label }),
      stringsEditor(minutes, part)));
  }
  for (const other of Object.keys(minutes)) {
    if (other === "start" || MINUTES_PARTS.some(([k]) => k === other)) continue;
    box.append(el("div", { class: "field", "data-minutes": other },
      el("label", { text: other.replace(/_/g, " ") }), genericEditor(minutes, other)));
  }
  return box;
}

function sectionsEditor(obj, key) {
  const box = el("details", {}, el("summary", { text: "Sửa các đoạn (" + (obj[key] || []).length + " phần)" }));
  (obj[key] || []).forEach((section, i) => {
    const label = (SECTION_KINDS[section.kind] || section.kind) + " · phần " + (i + 1);
    const area = textInput((section.paragraphs || []).join("\n\n"), (v) => {
      section.paragraphs = v.split(/\n\s*\n/).map((s) => s.trim()).filter((s) => s !== "");
    }, true, { rows: 4, "aria-label": label });
    box.append(el("div", { class: "field" }, el("label", { text: label }), area));
  });
  return box;
}

// A field the page has no form for: text, a list of texts, rows of texts, or read-only.
function genericEditor(obj, key) {
  const v = obj[key];
  const isText = (x) => x === null || typeof x === "string";
  if (isText(v)) return textInput(v, (s) => { obj[key] = blankToNull(s); }, true);
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return stringsEditor(obj, key);
  if (Array.isArray(v) && v.length && v.every((x) => x && typeof x === "object" && !Array.isArray(x)
    && Object.values(x).every(isText))) {
    const cols = [...new Set(v.flatMap((x) => Object.keys(x)))].map((c) => [c, c.replace(/_/g, " "), true]);
    const template = () => Object.fromEntries(cols.map(([c]) => [c, null]));
    return rowsEditor(obj, key, cols, template);
  }
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const box = el("div", { class: "sub" });
    for (const sub of Object.keys(v)) {
      box.append(el("div", { class: "field" }, el("label", { text: sub.replace(/_/g, " ") }), genericEditor(v, sub)));
    }
    return box;
  }
  return el("pre", { class: "json", text: JSON.stringify(v, null, 2) });
}

// ---- the letterhead form ----------------------------------------------------------

function buildLetterheadForm() {
  const form = $("letterhead-form");
  form.textContent = "";
  const lh = state.letterhead;
  const keys = Object.keys(LETTERHEAD_LABELS).filter((k) => k in lh)
    .concat(Object.keys(lh).filter((k) => !(k in LETTERHEAD_LABELS)));
  for (const key of keys) {
    const label = LETTERHEAD_LABELS[key] || key.replace(/_/g, " ");
    const box = el("div", { class: "field", "data-letterhead": key }, el("label", { text: label }));
    const locked = state.locked.includes(key);
    const value = lh[key];
    let input;
    if (key === "date" || (value && typeof value === "object" && "year" in value)) {
      input = el("input", { type: "date", "aria-label": label });
      if (value) input.value = [value.year, value.month, value.day]
        .map((n, i) => String(n).padStart(i ? 2 : 4, "0")).join("-");
      input.addEventListener("input", () => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.value);
        lh[key] = m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
        edited();
      });
    } else if (Array.isArray(value)) {
      input = textInput(value.join("\n"), (v) => {
        lh[key] = v.split("\n").map((s) => s.trim()).filter((s) => s !== "");
      }, true, { rows: Math.max(2, value.length + 1), "aria-label": label, placeholder: "(trống; mỗi dòng một nơi)" });
    } else if (typeof value === "boolean") {
      input = el("input", { type: "checkbox", "aria-label": label });
      input.checked = value;
      input.addEventListener("change", () => { lh[key] = input.checked; edited(); });
    } else if (value === null || typeof value === "string") {
      input = textInput(value, (v) => { lh[key] = blankToNull(v); },
        MULTILINE.includes(key) || (value || "").includes("\n"), { "aria-label": label });
    } else {
      input = el("pre", { class: "json", text: JSON.stringify(value) });
    }
    if (locked) {
      input.setAttribute("readonly", "");
      input.classList.add("readonly");
      box.append(input, el("p", { class: "muted", text: "Chỉ đặt được bằng tệp cài đặt (--config)." }));
    } else {
      box.append(input);
    }
    form.append(box);
  }
}

function letterheadValue() {
  return state.letterhead;
}

// ---- live preview ------------------------------------------------------------------

function schedulePreview(delay) {
  if (!state.report) return;
  clearTimeout(state.timer);
  // While an input method is composing a letter (Telex "aa" → "â"), wait for it.
  if (state.composing) return;
  state.timer = setTimeout(preview, delay);
}

async function preview() {
  const seq = ++state.seq;
  showStatus("Đang dựng bản xem trước…", "busy");
  let response;
  try {
    response = await post("/api/preview", documentBody([...state.drawn.keys()]));
  } catch (e) {
    if (seq === state.seq) {
      showStatus("Không kết nối được máy chủ vnbrief; bản xem trước cuối cùng vẫn được giữ (" +
        e.message + ")", "error");
    }
    return;
  }
  // An answer for an older edit than the pages shown, arriving late, is dropped.
  if (seq <= state.shown) return;
  if (!response.ok) {
    // The last good pages stay; the error is shown for the latest edit only.
    const text = await failureText(response);
    if (seq === state.seq) showStatus(text, "error");
    return;
  }
  const answer = await response.json();
  if (seq <= state.shown) return;
  if (answer.pages.some((p) => p.svg == null && !state.drawn.has(p.hash))) {
    // A page the server took as known was dropped meanwhile: ask again for everything.
    state.drawn.clear();
    schedulePreview(0);
    return;
  }
  state.shown = seq;
  drawPages(answer.pages);
  const extra = answer.warnings && answer.warnings.length
    ? " · " + answer.warnings.length + " cảnh báo của mẫu: " + answer.warnings.join("; ") : "";
  showStatus("Đã cập nhật: " + answer.pages.length + " trang (" +
    Math.round(answer.compile_ms + answer.draw_ms) + " ms)" + extra);
}

// Pages are redrawn in place, so the scroll position stays where the clerk left it; a
// page whose content did not change keeps its image.
function drawPages(pages) {
  const box = $("pages");
  const scroll = box.scrollTop;
  while (box.children.length > pages.length) box.lastElementChild.remove();
  pages.forEach((page, i) => {
    let drawn = state.drawn.get(page.hash);
    if (!drawn) {
      const url = URL.createObjectURL(new Blob([page.svg], { type: "image/svg+xml" }));
      drawn = { url, text: page.text };
    }
    state.drawn.delete(page.hash);
    state.drawn.set(page.hash, drawn); // most recent last
    let figure = box.children[i];
    if (!figure) {
      figure = el("figure", {}, el("img", { "data-page": i + 1 }));
      box.append(figure);
    }
    const img = figure.firstElementChild;
    if (img.dataset.hash !== page.hash) {
      img.src = drawn.url;
      img.dataset.hash = page.hash;
    }
    img.alt = "Trang " + (i + 1) + ": " + drawn.text;
  });
  const onScreen = new Set(pages.map((p) => p.hash));
  for (const [hash, drawn] of state.drawn) {
    if (state.drawn.size <= DRAWN_KEEP + onScreen.size) break;
    if (onScreen.has(hash)) continue;
    URL.revokeObjectURL(drawn.url);
    state.drawn.delete(hash);
  }
  box.dataset.seq = String(state.shown);
  box.scrollTop = scroll;
}

// ---- buttons ---------------------------------------------------------------------

const FILE_NAMES = { briefing: "bao-cao", minutes: "bien-ban", article: "bai-viet" };

async function fetchPdf() {
  showStatus("Đang tạo PDF…", "busy");
  const response = await post("/api/pdf", documentBody());
  if (!response.ok) {
    showStatus(await failureText(response), "error");
    return null;
  }
  showStatus("Đã tạo PDF.");
  return response.blob();
}

async function downloadPdf() {
  const blob = await fetchPdf();
  if (blob) download(blob, (FILE_NAMES[state.template] || "van-ban") + ".pdf");
}

async function printPdf() {
  const blob = await fetchPdf();
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const frame = $("print-frame");
  frame.onload = () => {
    try {
      frame.contentWindow.focus();
      frame.contentWindow.print();
    } catch (e) {
      window.open(url, "_blank");
    }
  };
  frame.src = url;
}

function downloadJson() {
  const text = JSON.stringify(state.report, null, 2) + "\n";
  const base = (state.report.source && state.report.source.name || "bao-cao")
    .replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "bao-cao";
  download(new Blob([text], { type: "application/json" }), base + ".json");
}

async function downloadToml() {
  const response = await post("/api/settings.toml",
    JSON.stringify({ template: state.template, letterhead: letterheadValue() }));
  if (!response.ok) {
    showStatus(await failureText(response), "error");
    return;
  }
  download(await response.blob(), "vnbrief.toml");
}

// ---- start ---------------------------------------------------------------------------

async function start() {
  const [templates, settings] = await Promise.all([
    fetch("/api/templates").then((r) => r.json()),
    fetch("/api/settings").then((r) => r.json()),
  ]);
  const select = $("template");
  for (const t of templates) {
    const label = t.user ? "Mẫu riêng: " + t.description : TEMPLATE_NAMES[t.name] || t.description;
    select.append(el("option", { value: t.name, title: t.description, text: label }));
  }
  state.template = templates.some((t) => t.name === settings.template) ? settings.template : templates[0].name;
  select.value = state.template;
  select.addEventListener("change", () => { state.template = select.value; schedulePreview(0); });
  state.letterhead = settings.letterhead || {};
  state.locked = settings.locked || [];
  buildLetterheadForm();

  // Wait for the input method to finish a letter before redrawing.
  document.addEventListener("compositionstart", () => { state.composing = true; clearTimeout(state.timer); });
  document.addEventListener("compositionend", () => { state.composing = false; schedulePreview(250); });

  const area = $("article");
  // A paste is read at once: the pasted text goes in where the cursor is, then is parsed.
  area.addEventListener("paste", (e) => {
    const text = e.clipboardData && e.clipboardData.getData("text/plain");
    if (!text) return;
    e.preventDefault();
    area.setRangeText(text, area.selectionStart, area.selectionEnd, "end");
    parseTextArea();
  });
  $("parse").addEventListener("click", parseTextArea);
  $("file").addEventListener("change", (e) => { if (e.target.files[0]) parseFile(e.target.files[0]); });
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const file = e.dataTransfer && e.dataTransfer.files[0];
    if (file) parseFile(file);
  });
  $("download-pdf").addEventListener("click", downloadPdf);
  $("print").addEventListener("click", printPdf);
  $("download-json").addEventListener("click", downloadJson);
  $("download-toml").addEventListener("click", downloadToml);
  showStatus("Dán hoặc thả một bài viết để bắt đầu.");
}

start().catch((e) => showStatus("Không tải được trang (" + e.message + ")", "error"));
