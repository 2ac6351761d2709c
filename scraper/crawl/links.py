"""URLs as the crawler compares, caches and requests them, and a page's links."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

__all__ = ["extract_links", "is_url", "normalize_url", "remove_dot_segments", "server_path"]

# %XX of an unreserved character (RFC 3986 2.3: ALPHA DIGIT - . _ ~) means the
# character itself; `%2e%2e` is `..` to every server.
_UNRESERVED_ESCAPE = re.compile(r"%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[DEde]|5[Ff]|7[Ee])")
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4: `/docs/../private/x` -> `/private/x`, never above `/`."""
    output: list[str] = []
    segments = path.split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == "..":
            if len(output) > 1:
                output.pop()
            if last:
                output.append("")
        elif segment == ".":
            if last:
                output.append("")
        else:
            output.append(segment)
    result = "/".join(output)
    return result if result.startswith("/") or not path.startswith("/") else "/" + result


def _normalize_path(path: str) -> str:
    path = _UNRESERVED_ESCAPE.sub(lambda m: chr(int(m.group(0)[1:], 16)), path)
    path = _ESCAPE.sub(lambda m: m.group(0).upper(), path)
    return remove_dot_segments(path or "/") or "/"


def server_path(url: str) -> str:
    """The path a lenient server may act on: every escape decoded (`%2f` too),
    backslashes as slashes (IIS), dot segments removed. Scope checks it as well
    as the URL we send, so no spelling of `..` leads out of the manual."""
    path = unquote(urlsplit(url).path).replace("\\", "/")
    return remove_dot_segments(path or "/") or "/"


def normalize_url(url: str) -> str:
    """The form URLs are compared, cached and requested in: no fragment, no
    default port, lower-case scheme and host, escapes of unreserved characters
    decoded and the rest upper-cased, dot segments removed."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    default = {"http": 80, "https": 443}.get(scheme)
    netloc = host if port is None or port == default else f"{host}:{port}"
    if parts.username or parts.password:
        netloc = f"{parts.netloc.rsplit('@', 1)[0]}@{netloc}"
    return urlunsplit((scheme, netloc, _normalize_path(parts.path), parts.query, ""))


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if href is None:
            return
        if tag == "base" and self.base is None:
            self.base = href
        elif tag in ("a", "area"):
            self.hrefs.append(href)


def extract_links(text: str, base_url: str) -> list[str]:
    """Absolute http(s) URLs of a page's `<a>`/`<area>` links, normalized, in
    document order without repeats; `<base href>` respected."""
    parser = _LinkParser()
    parser.feed(text)
    parser.close()
    base = urljoin(base_url, parser.base) if parser.base else base_url
    seen: set[str] = set()
    links: list[str] = []
    for href in parser.hrefs:
        href = href.strip()
        if not href or href.startswith("#"):
            continue
        try:
            absolute = urljoin(base, href)
            url = normalize_url(absolute) if is_url(absolute) else None
        except ValueError:
            continue  # `http://[::1` or a port out of range: not a link we can follow
        if url is None:
            continue  # mailto:, javascript:, tel:, ...
        if url not in seen:
            seen.add(url)
            links.append(url)
    return links
