//! `vnbrief serve` over HTTP: the binary on a free loopback port, talked to with a small
//! HTTP/1.1 client on a TcpStream (no browser; the page itself is tested in tests/browser).

mod client;

use std::path::Path;
use std::time::{Duration, Instant};

use client::Server;

use serde_json::{json, Value};

use crate::util::{fixture, ok, scratch, vnbrief};

fn sample_report() -> Value {
    let text = std::fs::read(fixture("convert/sample.report.json")).unwrap();
    serde_json::from_slice(&text).unwrap()
}

fn document(report: &Value, letterhead: Value, template: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({"report": report, "letterhead": letterhead, "template": template}))
        .unwrap()
}

#[test]
fn parse_answers_what_vnbrief_parse_prints_with_the_encoding() {
    let server = Server::start(&[]);
    let dir = fixture("convert");
    let bytes = std::fs::read(dir.join("sample.txt")).unwrap();
    let answer = server.call("POST", "/api/parse?name=sample.txt", &bytes);
    assert_eq!(answer.status, 200, "{}", answer.text());
    let printed = ok(vnbrief(&dir).args(["parse", "sample.txt"])).stdout;
    assert_eq!(answer.text(), String::from_utf8(printed).unwrap());
    assert_eq!(answer.header("x-vnbrief-encoding"), Some("utf-8"));

    let legacy = std::fs::read(fixture("encodings/000.tcvn3.txt")).unwrap();
    let twin = std::fs::read(crate::util::root().join("tests/corpus/000-giao-ban-quy-1-2024.txt"))
        .unwrap();
    let answer = server.call("POST", "/api/parse?name=000.tcvn3.txt", &legacy);
    assert_eq!(answer.header("x-vnbrief-encoding"), Some("tcvn3"));
    let utf8 = server.call("POST", "/api/parse?name=000.txt", &twin).json();
    assert_eq!(answer.json()["title"], utf8["title"]);
    assert!(utf8["title"].as_str().unwrap().contains("Giao ban"));
}

#[test]
fn preview_draws_svg_pages_with_their_text() {
    let server = Server::start(&[]);
    let mut report = sample_report();
    report["chairs"][0]["position"] = json!("Trưởng ban Thử nghiệm Xem trước");
    let answer = server.call(
        "POST",
        "/api/preview",
        &document(&report, json!({"signer": "Trần Thị B"}), "briefing"),
    );
    assert_eq!(answer.status, 200, "{}", answer.text());
    let value = answer.json();
    let pages = value["pages"].as_array().unwrap();
    assert!(!pages.is_empty());
    assert!(pages[0]["svg"].as_str().unwrap().starts_with("<svg"));
    // Lines of the page joined with spaces: a position may wrap.
    let text: String = pages
        .iter()
        .flat_map(|p| p["text"].as_str().unwrap().split_whitespace())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("BÁO CÁO"), "{text}");
    assert!(text.contains("Trưởng ban Thử nghiệm Xem trước"), "{text}");
    assert!(text.contains("Trần Thị B"), "{text}");

    // The pages the page holds come back as hashes only; a changed page is drawn again.
    let have: Vec<Value> = pages.iter().map(|p| p["hash"].clone()).collect();
    let again = |letterhead: Value| {
        let body = json!({"report": report, "letterhead": letterhead, "have": have});
        let answer = server.call("POST", "/api/preview", &serde_json::to_vec(&body).unwrap());
        answer.json()["pages"].as_array().unwrap().clone()
    };
    let same = again(json!({"signer": "Trần Thị B"}));
    assert_eq!(same.len(), pages.len());
    assert!(same
        .iter()
        .all(|p| p["svg"].is_null() && p["text"].is_null()));
    let signed = again(json!({"signer": "Lê Văn D"}));
    let last = signed.last().unwrap();
    assert!(last["text"].as_str().unwrap().contains("Lê Văn D"));
    assert_ne!(last["hash"], pages.last().unwrap()["hash"]);
    assert!(signed[0]["svg"].is_null(), "the first page did not change");

    let minutes = server
        .call(
            "POST",
            "/api/preview",
            &document(&report, Value::Null, "minutes"),
        )
        .json();
    assert!(minutes["pages"][0]["text"]
        .as_str()
        .unwrap()
        .contains("BIÊN BẢN"));
}

#[test]
fn pdf_is_byte_identical_to_vnbrief_render_of_the_same_json_and_settings() {
    let dir = scratch("serve-pdf");
    let config = crate::util::root().join("examples/vnbrief.toml");
    let server = Server::start(&["--config", config.to_str().unwrap()]);
    let settings = server.call("GET", "/api/settings", b"").json();
    assert_eq!(settings["letterhead"]["place"], "Hà Nội");
    let mut letterhead = settings["letterhead"].clone();
    letterhead["signer"] = json!("Lê Văn C");
    letterhead["date"] = json!({"year": 2024, "month": 4, "day": 15});
    letterhead["recipients"] = json!(["Như trên", "  "]);
    let mut report = sample_report();
    report["place"] = json!("Hội trường Cục C06");

    let pdf = server.call(
        "POST",
        "/api/pdf",
        &document(&report, letterhead.clone(), "minutes"),
    );
    assert_eq!(pdf.status, 200, "{}", pdf.text());
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    let toml = server.call(
        "POST",
        "/api/settings.toml",
        &serde_json::to_vec(&json!({"template": "minutes", "letterhead": letterhead})).unwrap(),
    );
    assert_eq!(toml.status, 200, "{}", toml.text());
    std::fs::write(dir.join("vnbrief.toml"), &toml.body).unwrap();
    std::fs::write(
        dir.join("bao-cao.json"),
        serde_json::to_vec_pretty(&report).unwrap(),
    )
    .unwrap();
    ok(vnbrief(&dir).args([
        "render",
        "bao-cao.json",
        "--config",
        "vnbrief.toml",
        "-o",
        "out.pdf",
    ]));
    let rendered = std::fs::read(dir.join("out.pdf")).unwrap();
    assert!(
        rendered == pdf.body,
        "the page's PDF differs from vnbrief render's ({} vs {} bytes)",
        pdf.body.len(),
        rendered.len()
    );
}

#[test]
fn token_becomes_a_strict_http_only_cookie_and_the_page_has_a_csp() {
    let server = Server::start(&[]);
    let host = server.host();
    let path = format!("/?token={}", server.token);
    let opened = server.raw("GET", &path, &[("Host", &host)], b"");
    assert_eq!(opened.status, 303);
    let cookie = opened.header("set-cookie").unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let page = server.call("GET", "/", b"");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("/app.js"));
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe"),
        "{csp}"
    );
    let wrong = server.raw("GET", "/?token=0000", &[("Host", &host)], b"");
    wrong.refused(401);
}

#[test]
fn foreign_requests_and_bad_bodies_get_a_one_line_4xx() {
    let server = Server::start(&[]);
    let host = server.host();
    let cookie = format!("vnbrief_token={}", server.token);
    let own = format!("http://{host}");
    let body = document(&sample_report(), Value::Null, "briefing");

    let wrong_host = server.raw(
        "GET",
        "/api/templates",
        &[("Host", "evil.example:80"), ("Cookie", &cookie)],
        b"",
    );
    assert!(wrong_host.refused(403).contains("Host"));
    let rebinding = server.raw(
        "GET",
        "/api/templates",
        &[
            ("Host", &format!("evil.example:{}", server.port)),
            ("Cookie", &cookie),
        ],
        b"",
    );
    rebinding.refused(403);
    let foreign = server.raw(
        "POST",
        "/api/preview",
        &[
            ("Host", &host),
            ("Origin", "http://evil.example"),
            ("Cookie", &cookie),
        ],
        &body,
    );
    assert!(foreign.refused(403).contains("Origin"));
    let no_origin = server.raw(
        "POST",
        "/api/preview",
        &[("Host", &host), ("Cookie", &cookie)],
        &body,
    );
    no_origin.refused(403);
    let no_token = server.raw(
        "POST",
        "/api/preview",
        &[("Host", &host), ("Origin", &own)],
        &body,
    );
    assert!(no_token.refused(401).contains("token"));
    let bad_cookie = server.raw(
        "GET",
        "/api/templates",
        &[("Host", &host), ("Cookie", "vnbrief_token=guess")],
        b"",
    );
    assert!(bad_cookie.refused(401).starts_with("wrong token"));

    let big_json = vec![b' '; 1_100_000];
    server.call("POST", "/api/preview", &big_json).refused(413);
    let big_file = vec![b'a'; 21_000_000];
    server
        .call("POST", "/api/parse?name=big.txt", &big_file)
        .refused(413);
    let broken = server.call("POST", "/api/preview", b"{\"report\": [1, 2");
    assert!(broken.refused(400).contains("JSON"));
    let not_a_report = server.call("POST", "/api/pdf", br#"{"report": {"schema": 1}}"#);
    not_a_report.refused(422);
    let unknown = server.call(
        "POST",
        "/api/preview",
        &document(&sample_report(), Value::Null, "../../etc/passwd"),
    );
    unknown.refused(400);
    // Still serving after all of that.
    assert_eq!(server.call("GET", "/api/templates", b"").status, 200);
}

/// The sample with one template, through the page's preview call.
fn preview_with(server: &Server, template: &str) -> client::Answer {
    let body = document(&sample_report(), Value::Null, template);
    server.call("POST", "/api/preview", &body)
}

#[test]
fn a_template_that_loops_forever_is_stopped_and_the_server_still_answers() {
    let dir = scratch("serve-loop");
    std::fs::write(
        dir.join("loop.typ"),
        "#for i in range(100000) { for j in range(100000) { } }\nnever\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("plain.typ"),
        "#let r = json(\"/report.json\")\n= #r.title\n",
    )
    .unwrap();
    let dir_arg = dir.to_str().unwrap();
    // One worker, so the one that loops is the one replaced.
    let server = Server::start(&["--template-dir", dir_arg, "--timeout", "2", "--jobs", "1"]);
    let list = server.call("GET", "/api/templates", b"").json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "briefing",
            "minutes",
            "article",
            "user:loop.typ",
            "user:plain.typ"
        ]
    );
    let plain = preview_with(&server, "user:plain.typ");
    assert_eq!(plain.status, 200, "{}", plain.text());
    let before = server.workers();
    assert_eq!(before.len(), 1, "one worker process: {before:?}");

    // The preview compiles in the worker process, killed at the deadline.
    let started = Instant::now();
    let message = preview_with(&server, "user:loop.typ").refused(422);
    assert!(message.starts_with("Mẫu văn bản chạy quá lâu"), "{message}");
    assert!(message.contains("2 s time limit"), "{message}");
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
    let cpu = server.cpu_time();
    assert!(
        server.workers().iter().all(|pid| !before.contains(pid)),
        "the looping worker is gone"
    );
    std::thread::sleep(Duration::from_secs(2));
    let spent = server.cpu_time() - cpu;
    assert!(
        spent < Duration::from_millis(500),
        "nothing keeps compiling in the server: {spent:?} of CPU in 2 s"
    );

    // A new worker takes the next preview.
    let plain = preview_with(&server, "user:plain.typ");
    assert_eq!(plain.status, 200, "{}", plain.text());
    assert!(plain.json()["pages"][0]["text"]
        .as_str()
        .unwrap()
        .contains("Giao ban"));
    let after = server.workers();
    assert!(
        after.len() == 1 && after != before,
        "replaced: {before:?} then {after:?}"
    );

    // Its PDF too.
    let started = Instant::now();
    let killed = server.call(
        "POST",
        "/api/pdf",
        &document(&sample_report(), Value::Null, "user:loop.typ"),
    );
    let message = killed.refused(422);
    assert!(message.contains("time limit"), "{message}");
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
    let pdf = server.call(
        "POST",
        "/api/pdf",
        &document(&sample_report(), Value::Null, "briefing"),
    );
    assert_eq!(pdf.status, 200, "{}", pdf.text());
    assert!(pdf.body.starts_with(b"%PDF-"));
    let again = preview_with(&server, "briefing");
    assert_eq!(again.status, 200, "{}", again.text());
}

#[test]
fn a_preview_past_the_memory_limit_is_stopped_and_the_server_still_answers() {
    let dir = scratch("serve-memory");
    std::fs::write(
        dir.join("double.typ"),
        "#let s = \"ab\"\n#for i in range(64) { s = s + s }\n#s.len()\n",
    )
    .unwrap();
    let dir_arg = dir.to_str().unwrap();
    let server = Server::start(&["--template-dir", dir_arg, "--memory", "512", "--jobs", "1"]);
    let message = preview_with(&server, "user:double.typ").refused(422);
    assert!(
        message.starts_with("Mẫu văn bản dùng quá nhiều bộ nhớ"),
        "{message}"
    );
    assert!(message.contains("512 MB memory limit"), "{message}");
    let after = preview_with(&server, "briefing");
    assert_eq!(after.status, 200, "{}", after.text());
}

#[test]
fn a_template_error_is_a_one_line_message_in_words_and_its_cause() {
    let dir = scratch("serve-broken");
    std::fs::write(dir.join("broken.typ"), "#let x = (\n").unwrap();
    let server = Server::start(&["--template-dir", dir.to_str().unwrap()]);
    let answer = server.call(
        "POST",
        "/api/preview",
        &document(&sample_report(), Value::Null, "user:broken.typ"),
    );
    let message = answer.refused(422);
    assert!(message.starts_with("Không dựng được"), "{message}");
    assert!(message.contains("broken.typ:"), "{message}");
}

/// A path that is not a folder is a usage error before anything listens.
#[test]
fn serve_flags_are_checked_first() {
    let dir = scratch("serve-flags");
    let out = crate::util::run(vnbrief(&dir).args(["serve", "--template-dir", "nope"]));
    assert_eq!(out.status.code(), Some(2));
    let out = crate::util::run(vnbrief(&dir).args(["serve", "--listen", "here"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(crate::util::stderr(&out).contains("--listen"));
    assert!(
        Path::new(&dir).read_dir().unwrap().next().is_none(),
        "nothing written"
    );
}

#[test]
fn a_request_beyond_the_queue_gets_503_at_once() {
    let dir = scratch("serve-busy");
    std::fs::write(
        dir.join("loop.typ"),
        "#for i in range(100000) { for j in range(100000) { } }\n",
    )
    .unwrap();
    let args = ["--template-dir", dir.to_str().unwrap(), "--timeout", "2"];
    let server = Server::start(&[&args[..], &["--jobs", "1", "--queue", "0"]].concat());
    let report = sample_report();
    std::thread::scope(|scope| {
        let busy = scope.spawn(|| {
            server.call(
                "POST",
                "/api/preview",
                &document(&report, Value::Null, "user:loop.typ"),
            )
        });
        std::thread::sleep(Duration::from_millis(500));
        let started = Instant::now();
        let refused = server.call(
            "POST",
            "/api/preview",
            &document(&report, Value::Null, "briefing"),
        );
        assert!(refused.refused(503).contains("bận"));
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{:?}",
            started.elapsed()
        );
        busy.join().unwrap().refused(422);
    });
    let after = server.call(
        "POST",
        "/api/preview",
        &document(&report, Value::Null, "briefing"),
    );
    assert_eq!(after.status, 200, "{}", after.text());
}

#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let mut server = Server::start(&[]);
    assert_eq!(server.call("GET", "/api/templates", b"").status, 200);
    let status = server.interrupt(Duration::from_secs(10));
    assert_eq!(status.and_then(|s| s.code()), Some(0), "exits 0 on SIGINT");
}

#[test]
fn several_tabs_at_once_each_get_their_own_document() {
    let server = Server::start(&[]);
    let answers: Vec<String> = std::thread::scope(|scope| {
        let tabs: Vec<_> = (0..4)
            .map(|i| {
                let server = &server;
                scope.spawn(move || {
                    let mut report = sample_report();
                    report["place"] = json!(format!("Phòng họp số {i}"));
                    let body = document(&report, Value::Null, "briefing");
                    let answer = server.call("POST", "/api/preview", &body);
                    assert_eq!(answer.status, 200, "{}", answer.text());
                    answer.json()["pages"][0]["text"]
                        .as_str()
                        .unwrap()
                        .to_owned()
                })
            })
            .collect();
        tabs.into_iter().map(|t| t.join().unwrap()).collect()
    });
    for (i, text) in answers.iter().enumerate() {
        assert!(text.contains(&format!("Phòng họp số {i}")), "{text}");
    }
}

#[test]
fn in_process_the_server_draws_the_same_pages_as_its_workers() {
    let body = document(&sample_report(), Value::Null, "minutes");
    let pages = |args: &[&str]| -> Vec<(String, String)> {
        let server = Server::start(args);
        let answer = server.call("POST", "/api/preview", &body);
        assert_eq!(answer.status, 200, "{}", answer.text());
        let value = answer.json();
        let pages = value["pages"].as_array().unwrap().iter();
        pages
            .map(|p| {
                let svg = p["svg"].as_str().unwrap();
                (p["hash"].as_str().unwrap().to_owned(), svg.to_owned())
            })
            .collect()
    };
    let workers = pages(&[]);
    let in_process = pages(&["--in-process"]);
    assert!(!workers.is_empty());
    // Equal hashes too: a page's hash does not depend on the process that drew it.
    assert!(workers == in_process, "the same pages, hashes and SVG");
}

/// An article over the input limit is refused naming `--max-input-mb`, a flag serve has
/// (trial 7, 10): raised, the same article is read.
#[test]
fn the_input_limit_is_a_serve_flag() {
    let sample = std::fs::read(fixture("convert/sample.txt")).unwrap();
    let mut big = sample.clone();
    while big.len() < 3 << 20 {
        big.extend_from_slice(b"\nMot dong noi dung dai them cho bai viet de vuot qua gioi han.");
    }
    let server = Server::start(&[]);
    let refusal = server
        .call("POST", "/api/parse?name=big.txt", &big)
        .refused(413);
    assert!(refusal.contains("--max-input-mb"), "{refusal}");
    drop(server);
    let server = Server::start(&["--max-input-mb", "5", "--max-text-mb", "5"]);
    let answer = server.call("POST", "/api/parse?name=big.txt", &big);
    assert_eq!(answer.status, 200, "{}", answer.text());
}
