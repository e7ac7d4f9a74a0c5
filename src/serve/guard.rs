//! The rules that keep other web pages away from the local server: any page the clerk
//! opens can send requests to 127.0.0.1, so every request must name this server as its
//! `Host` (no DNS rebinding), every POST must come from this server's own page (`Origin`),
//! and every request must carry the token printed at start, kept in an HttpOnly,
//! SameSite=Strict cookie once the printed address has been opened.

use std::net::IpAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The cookie that carries the token.
pub const COOKIE: &str = "vnbrief_token";

/// Only the page's own files: no inline script, no other origin, no plugin, no framing.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    img-src 'self' blob: data:; connect-src 'self'; frame-src 'self' blob:; \
    object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// A fresh access token: 128 random bits as hex.
pub fn new_token() -> Result<String, String> {
    use std::io::Read;
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(|e| format!("no random source for the token ({})", crate::io_reason(&e)))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The `Host` values this server answers to.
#[derive(Debug, Clone)]
pub struct Hosts {
    allowed: Vec<String>,
    /// `--listen` on an unspecified address (0.0.0.0, ::): the machine's names are unknown.
    any: bool,
}

impl Hosts {
    /// 127.0.0.1, localhost and [::1] on the port, plus the `--listen` address.
    pub fn new(port: u16, listen: Option<IpAddr>) -> Self {
        let mut allowed = vec![
            format!("127.0.0.1:{port}"),
            format!("localhost:{port}"),
            format!("[::1]:{port}"),
        ];
        let mut any = false;
        if let Some(ip) = listen {
            if ip.is_unspecified() {
                any = true;
            } else {
                allowed.push(std::net::SocketAddr::new(ip, port).to_string());
            }
        }
        Hosts { allowed, any }
    }

    fn allows(&self, host: &str) -> bool {
        self.any || self.allowed.iter().any(|h| h.eq_ignore_ascii_case(host))
    }
}

/// The token and the allowed hosts.
pub struct Guard {
    token: String,
    hosts: Hosts,
}

impl Guard {
    /// A guard for this token and these hosts.
    pub fn new(token: String, hosts: Hosts) -> Self {
        Guard { token, hosts }
    }

    fn token_matches(&self, given: &str) -> bool {
        // Compared in constant time: a page cannot guess the token byte by byte by timing.
        let (a, b) = (self.token.as_bytes(), given.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// A refused request: its status and one line saying why.
#[derive(Debug)]
pub struct Refusal {
    status: StatusCode,
    line: String,
}

/// A refusal with this status; line breaks in the message become spaces.
pub fn refuse(status: StatusCode, message: &str) -> Refusal {
    Refusal {
        status,
        line: message.replace(['\n', '\r'], " "),
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (
            self.status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            self.line,
        )
            .into_response()
    }
}

/// The middleware: Host, Origin on POST, token; then security headers on every answer.
pub async fn check(State(guard): State<Arc<Guard>>, request: Request, next: Next) -> Response {
    let mut response = match admit(&guard, &request) {
        Ok(Admit::Pass) => next.run(request).await,
        Ok(Admit::SetCookie) => with_cookie(&guard.token),
        Err(refused) => refused.into_response(),
    };
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

enum Admit {
    Pass,
    /// The printed address was opened: keep the token in a cookie, drop it from the URL.
    SetCookie,
}

fn admit(guard: &Guard, request: &Request) -> Result<Admit, Refusal> {
    let headers = request.headers();
    let host = header_str(headers, header::HOST).unwrap_or("");
    if !guard.hosts.allows(host) {
        return Err(refuse(
            StatusCode::FORBIDDEN,
            &format!("wrong Host header {host:?}: this server answers only at its own address"),
        ));
    }
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let origin = header_str(headers, header::ORIGIN);
        let own = format!("http://{host}");
        if origin.is_none_or(|o| !o.eq_ignore_ascii_case(&own)) {
            return Err(refuse(
                StatusCode::FORBIDDEN,
                &format!(
                    "foreign or missing Origin {:?}: only this server's own page may send requests",
                    origin.unwrap_or("")
                ),
            ));
        }
    }
    if let Some(given) = query_token(request.uri().query()) {
        if guard.token_matches(given) && request.method() == Method::GET {
            return Ok(Admit::SetCookie);
        }
        return Err(refuse(
            StatusCode::UNAUTHORIZED,
            "wrong token: open the address that vnbrief serve printed",
        ));
    }
    match cookie_token(headers) {
        Some(t) if guard.token_matches(t) => Ok(Admit::Pass),
        // A cookie of an earlier run of the server (each run has its own token).
        Some(_) => Err(refuse(
            StatusCode::UNAUTHORIZED,
            "wrong token (the cookie is of an earlier vnbrief serve): open the address that \
             vnbrief serve printed this time (it ends with ?token=…)",
        )),
        None => Err(refuse(
            StatusCode::UNAUTHORIZED,
            "no token: open the address that vnbrief serve printed (it ends with ?token=…)",
        )),
    }
}

fn with_cookie(token: &str) -> Response {
    let cookie = format!("{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/");
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::SEE_OTHER;
    let headers = response.headers_mut();
    headers.insert(header::LOCATION, HeaderValue::from_static("/"));
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        headers.insert(header::SET_COOKIE, value);
    }
    response
}

fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn query_token(query: Option<&str>) -> Option<&str> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("token="))
}

fn cookie_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE)?.strip_prefix('='))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_loopback_names_on_the_port() {
        let hosts = Hosts::new(8030, None);
        assert!(hosts.allows("127.0.0.1:8030"));
        assert!(hosts.allows("LOCALHOST:8030"));
        assert!(hosts.allows("[::1]:8030"));
        assert!(!hosts.allows("127.0.0.1:8031"));
        assert!(!hosts.allows("evil.example:8030"));
        assert!(!hosts.allows(""));
        assert!(Hosts::new(1, "0.0.0.0".parse().ok()).allows("192.0.2.1:1"));
    }

    #[test]
    fn tokens_compare_whole() {
        let guard = Guard::new("abcd".into(), Hosts::new(1, None));
        assert!(guard.token_matches("abcd"));
        assert!(!guard.token_matches("abc"));
        assert!(!guard.token_matches("abce"));
        assert_eq!(new_token().unwrap().len(), 32);
    }

    #[test]
    fn cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; vnbrief_token=xyz; b=2"),
        );
        assert_eq!(cookie_token(&headers), Some("xyz"));
    }
}
