"""A small docs site on a real socket, for the crawler tests (stdlib only).

`DocsSite` serves byte-exact pages from a `ThreadingHTTPServer` on 127.0.0.1
(ephemeral port) the way a real docs site does: `ETag` and `Last-Modified` on
every page, `If-None-Match` / `If-Modified-Since` answered with 304, HTTP/1.1
keep-alive. Faults are programmed per path and consumed one per request
(`fail(path, status(500), status(500))`), or served forever (`always=True`);
every request is logged with its headers, the answer's status and the time,
so tests can assert what the crawler did on the wire.

`manual(site)` publishes a few small chapters in the v5 developer guide's
form (committed under tests/fixtures/crawl, so the crawler tests need no
../shared) as HTML pages under MANUAL, with an index page that links them and
some links the crawler must not follow; `manual(site, source=CORPUS)`
publishes the real chapters of the same names instead.
"""

from __future__ import annotations

import hashlib
import html
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Literal
from urllib.parse import unquote, urlsplit

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "zstack-docs" / "dev-guide-v5-zh"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "crawl"

MANUAL = "/help/dev_manual/dev_guide/v5/"
# Small chapters with a few APIs each: enough to compare catalogs, quick to extract.
CHAPTERS = (
    "07-10-plugin-management",
    "08-01-progress-bar",
    "08-03-garbage-collection",
    "08-07-search",
)
OUTSIDE = "/help/other_manual/outside.html"  # linked from the index, must never be requested

# Last-Modified dates count up from here, one minute per published version.
_EPOCH = 1_704_067_200.0  # 2024-01-01T00:00:00Z


# ----------------------------------------------------------------------------
# Rendering


def render_chapter(markdown_text: str) -> str:
    """A chapter of the markdown export -> the HTML page the site serves.

    Uses `tests/doc_render.py::render_html` (the site-shaped renderer the
    format-equivalence tests use); falls back to `minimal_html` when that
    module is absent or its API has changed."""
    try:
        from tests.doc_render import render_html
    except ImportError:
        try:  # pytest's "prepend" import mode puts tests/, not the repo, on sys.path
            from doc_render import render_html  # type: ignore[no-redef,import-not-found,unused-ignore]
        except ImportError:
            return minimal_html(markdown_text)
    try:
        page = render_html(markdown_text)
    except TypeError:
        return minimal_html(markdown_text)
    return page if isinstance(page, str) else minimal_html(markdown_text)


_FENCE = re.compile(r"^\s*(`{3,})")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


def _cells(line: str) -> list[str]:
    return [html.escape(c.strip()) for c in line.strip().strip("|").split("|")]


def minimal_html(markdown_text: str) -> str:
    """Headings, fenced code, pipe tables and paragraphs: all the scraper needs
    of a page to find its APIs. No inline markup beyond escaping."""
    out: list[str] = []
    lines = markdown_text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        heading = _HEADING.match(line)
        if fence:
            ticks = fence.group(1)
            body: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(ticks):
                body.append(lines[i])
                i += 1
            out.append(f"<pre><code>{html.escape(chr(10).join(body))}</code></pre>")
        elif heading:
            level = len(heading.group(1))
            out.append(f"<h{level}>{html.escape(heading.group(2))}</h{level}>")
        elif line.strip().startswith("|"):
            rows: list[str] = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(lines[i])
                i += 1
            i -= 1
            table = ["<table>"]
            if len(rows) > 1 and _TABLE_RULE.match(rows[1]):
                table.append(
                    "<thead><tr>"
                    + "".join(f"<th>{c}</th>" for c in _cells(rows[0]))
                    + "</tr></thead>"
                )
                rows = rows[2:]
            table.extend(
                "<tr>" + "".join(f"<td>{c}</td>" for c in _cells(r)) + "</tr>" for r in rows
            )
            table.append("</table>")
            out.append("\n".join(table))
        elif line.strip():
            out.append(f"<p>{html.escape(line.strip())}</p>")
        i += 1
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>ZStack</title></head><body>\n'
        + "\n".join(out)
        + "\n</body></html>\n"
    )


def chapter_markdown(stem: str, source: Path = FIXTURES) -> str:
    return (source / f"{stem}.md").read_text(encoding="utf-8")


def index_html(links: list[tuple[str, str]]) -> str:
    """The manual's table of contents: (href, text) pairs, plus links the
    crawler must not follow (outside the manual, off-site, not pages)."""
    items = "\n".join(f'<li><a href="{html.escape(h)}">{html.escape(t)}</a></li>' for h, t in links)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>ZStack Cloud 开发手册</title>'
        '<link rel="stylesheet" href="site.css"></head><body>\n'
        '<nav><a href="/">首页</a> <a href="/help/">文档中心</a> <a href="#toc">本页目录</a> '
        '<a href="index.html">手册目录</a></nav>\n'
        f'<h1>ZStack Cloud 开发手册</h1>\n<ul id="toc">\n{items}\n</ul>\n'
        f'<p>另见 <a href="{OUTSIDE}">其他手册</a>、<a href="../../other_manual/outside.html">同上</a>、'
        '<a href="https://example.invalid/elsewhere.html">外部站点</a>、'
        '<a href="mailto:docs@example.invalid">邮件</a>、<a href="javascript:void(0)">脚本</a>、'
        '<img src="logo.png" alt=""><a href="logo.png">标志</a></p>\n'
        "</body></html>\n"
    )


# ----------------------------------------------------------------------------
# Faults


@dataclass(frozen=True, slots=True)
class Fault:
    """One programmed answer in place of the page.

    `status`: that status with `headers`; `timeout`: no answer for `delay`
    seconds (longer than the client's timeout); `close`: the connection is
    dropped without an answer."""

    kind: Literal["status", "timeout", "close"]
    status: int = 500
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0


def status(code: int, **headers: str) -> Fault:
    return Fault("status", code, tuple((k.replace("_", "-"), v) for k, v in headers.items()))


def timeout(delay: float) -> Fault:
    return Fault("timeout", delay=delay)


def close() -> Fault:
    return Fault("close")


# ----------------------------------------------------------------------------
# The site


@dataclass(slots=True)
class Resource:
    body: bytes
    content_type: str | None
    etag: str
    last_modified: str
    location: str | None = None  # a redirect
    redirect_status: int = 301
    chunked: bool = False  # sent without Content-Length, so its size shows only as it arrives
    trickle: float = 0.0  # seconds between bytes: a server that sends one byte at a time


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    status: int  # 0: no answer (timeout, dropped connection)
    at: float  # time.monotonic() when the request arrived


@dataclass(slots=True)
class DocsSite:
    resources: dict[str, Resource] = field(default_factory=dict)
    faults: dict[str, list[Fault]] = field(default_factory=dict)
    always: dict[str, Fault] = field(default_factory=dict)
    log: list[Request] = field(default_factory=list)
    _versions: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _httpd: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    # -- content

    def put(
        self,
        path: str,
        body: str | bytes,
        content_type: str | None = "text/html; charset=utf-8",
        *,
        chunked: bool = False,
        trickle: float = 0.0,
    ) -> None:
        """Publish (or change) a page; a change gets a new ETag and a later Last-Modified.
        `trickle`: send the body one byte every `trickle` seconds."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        with self._lock:
            self._versions += 1
            self.resources[path] = Resource(
                data,
                content_type,
                etag=f'"{hashlib.sha256(data).hexdigest()[:16]}"',
                last_modified=formatdate(_EPOCH + 60 * self._versions, usegmt=True),
                chunked=chunked,
                trickle=trickle,
            )

    def redirect(self, path: str, location: str, code: int = 301) -> None:
        with self._lock:
            self.resources[path] = Resource(b"", None, "", "", location, code)

    def fail(self, path: str, *faults: Fault, always: bool = False) -> None:
        """Answer the next requests for `path` with `faults`, one each, then
        normally; with `always`, answer every request with the (one) fault."""
        with self._lock:
            if always:
                (self.always[path],) = faults
            else:
                self.faults.setdefault(path, []).extend(faults)

    def resource(self, path: str) -> Resource | None:
        with self._lock:
            found = self.resources.get(path)
            if found is None and path.endswith("/index.html"):
                # A directory's page answers under both names, as real sites' do.
                found = self.resources.get(path.removesuffix("index.html"))
            return found

    # -- what happened

    def requests(self, path: str | None = None) -> list[Request]:
        with self._lock:
            return [r for r in self.log if path is None or r.path == path]

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()

    # -- serving

    @property
    def origin(self) -> str:
        assert self._httpd is not None, "site not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.origin + path

    def start(self) -> DocsSite:
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        httpd.daemon_threads = True
        # A handler asleep in a `timeout` fault must not hold up stop().
        httpd.block_on_close = False
        # The crawler tests close connections under the server on purpose
        # (timeouts); those broken pipes are expected, not errors to print.
        httpd.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        self._httpd = httpd
        # A short poll interval makes stop(), and so each test's teardown, quick.
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="docs-site",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port; safe to call twice."""
        if self._httpd is None:
            return
        if self._thread is not None and self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self) -> DocsSite:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- answering (called on the server's threads)

    def _next_fault(self, path: str) -> Fault | None:
        with self._lock:
            if path in self.always:
                return self.always[path]
            queue = self.faults.get(path)
            return queue.pop(0) if queue else None

    def _record(self, request: Request) -> None:
        with self._lock:
            self.log.append(request)


def _resolved(raw_path: str) -> str:
    """The path as lenient servers act on it: escapes decoded (`%2e`, `%2f`),
    backslashes as slashes, `.` and `..` segments applied. A crawler that sends
    `/v5/%2e%2e/private/` reaches `/private/` here as on a real site."""
    segments: list[str] = []
    parts = unquote(raw_path).replace("\\", "/").split("/")
    for i, segment in enumerate(parts[1:], 1):
        if segment == "..":
            if segments:
                segments.pop()
        elif segment != ".":
            segments.append(segment)
            continue
        if i == len(parts) - 1:
            segments.append("")  # `/a/..` is the directory `/`, `/a/.` is `/a/`
    return "/" + "/".join(segments)


def _not_modified(resource: Resource, headers: dict[str, str]) -> bool:
    """RFC 9110 13.1: If-None-Match decides when present; else If-Modified-Since."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or resource.etag in tags
    since = headers.get("if-modified-since")
    if since is None:
        return False
    try:
        return parsedate_to_datetime(resource.last_modified) <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


def _handler(site: DocsSite) -> Callable[..., BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "DocsSite/1"
        # Buffered: headers and body leave in one segment (flushed after each
        # request), instead of two that meet the client's delayed ACK (~40 ms).
        wbufsize = 64 * 1024

        def log_message(self, format: str, *args: object) -> None:
            pass  # the request log is `site.log`

        def do_GET(self) -> None:
            arrived = time.monotonic()
            path = _resolved(urlsplit(self.path).path)
            headers = {k.lower(): v for k, v in self.headers.items()}

            def record(code: int) -> None:
                site._record(Request("GET", path, headers, code, arrived))

            fault = site._next_fault(path)
            if fault is not None:
                if fault.kind == "timeout":
                    record(0)
                    time.sleep(fault.delay)
                    self.close_connection = True
                    return
                if fault.kind == "close":
                    record(0)
                    self.close_connection = True
                    return
                record(fault.status)
                self._send(fault.status, b"fault\n", "text/plain", list(fault.headers))
                return
            resource = site.resource(path)
            if resource is None:
                record(404)
                self._send(404, b"not found\n", "text/plain")
            elif resource.location is not None:
                record(resource.redirect_status)
                self._send(resource.redirect_status, b"", None, [("Location", resource.location)])
            else:
                validators = [("ETag", resource.etag), ("Last-Modified", resource.last_modified)]
                if _not_modified(resource, headers):
                    record(304)
                    self._send(304, None, None, validators)
                else:
                    record(200)
                    self._send(
                        200,
                        resource.body,
                        resource.content_type,
                        validators,
                        resource.chunked,
                        resource.trickle,
                    )

        def _send(
            self,
            code: int,
            body: bytes | None,
            content_type: str | None,
            headers: list[tuple[str, str]] | None = None,
            chunked: bool = False,
            trickle: float = 0.0,
        ) -> None:
            self.send_response(code)
            if content_type is not None:
                self.send_header("Content-Type", content_type)
            for name, value in headers or []:
                self.send_header(name, value)
            if chunked and body:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for start in range(0, len(body), 16384):
                    piece = body[start : start + 16384]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
                return
            if body is not None:  # a 304 has no body and no Content-Length
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body and trickle:
                self.close_connection = True
                for i in range(len(body)):
                    self.wfile.write(body[i : i + 1])
                    self.wfile.flush()
                    time.sleep(trickle)  # a broken pipe when the client gives up ends it
            elif body:
                self.wfile.write(body)

    return Handler


# ----------------------------------------------------------------------------
# The manual


@dataclass(frozen=True, slots=True)
class Manual:
    index: str  # URL of the index page
    pages: dict[str, str]  # catalog name -> served HTML, index included
    markdown: dict[str, str]  # chapter stem -> markdown


def chapter_name(stem: str) -> str:
    return f"{stem}.html"


def manual(site: DocsSite, chapters: tuple[str, ...] = CHAPTERS, source: Path = FIXTURES) -> Manual:
    """Publish `chapters` (markdown files in `source`) and their index under MANUAL."""
    markdown = {stem: chapter_markdown(stem, source) for stem in chapters}
    pages: dict[str, str] = {}
    links: list[tuple[str, str]] = []
    for stem, text in markdown.items():
        page = render_chapter(text)
        pages[chapter_name(stem)] = page
        site.put(MANUAL + chapter_name(stem), page)
        links.append((chapter_name(stem), stem))
    index = index_html(links)
    pages["index.html"] = index
    site.put(MANUAL, index)
    site.put(OUTSIDE, index_html([]))
    return Manual(site.url(MANUAL), pages, markdown)
