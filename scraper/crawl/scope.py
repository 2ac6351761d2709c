"""Which URLs a crawl may request, and what each page is called.

A URL is in scope when it is under a start URL's directory (same scheme and
host) or matches a `--follow` pattern, and it is not an asset. Both the URL we
send (normalized: dot segments and `%2e` resolved) and the path a lenient
server could act on (every escape decoded, backslashes as slashes) must be
under the directory: `/docs/../private/`, `/docs/%2e%2e/private/` and
`/docs/..%2fprivate/` all stay out. The fetcher asks again at every redirect
hop, so a same-host redirect cannot lead out either.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from zstack_openapi.scraper.crawl.links import server_path

__all__ = ["Scope", "same_site"]

# Links to these are assets, never doc pages; not requesting them keeps the
# crawl from spending the site's patience on images and downloads.
_ASSET = re.compile(
    r"\.(?:png|jpe?g|gif|svg|webp|ico|bmp|css|js|map|woff2?|ttf|eot|pdf|zip|gz|tgz|tar|bz2|xz"
    r"|7z|rar|exe|msi|dmg|iso|qcow2|mp[34]|webm)$",
    re.IGNORECASE,
)


def same_site(current: str, target: str) -> bool:
    """A redirect stays on the site when it keeps the host; http -> https of
    the same host is an upgrade, not a move."""
    a, b = urlsplit(current), urlsplit(target)
    if (a.hostname or "").lower() != (b.hostname or "").lower():
        return False
    if a.scheme == b.scheme:
        return a.port == b.port
    return a.scheme == "http" and b.scheme == "https" and b.port in (None, 443)


@dataclass(frozen=True, slots=True)
class _Root:
    scheme: str
    netloc: str
    directory: str  # path ending in "/"


class Scope:
    """Which URLs the crawl follows, and what each page is called. URLs given
    to it are normalized (`links.normalize_url`)."""

    def __init__(self, start_urls: Sequence[str], follow: Iterable[str] = ()) -> None:
        self.roots = [self._root(url) for url in start_urls]
        self.follow: list[re.Pattern[str]] = []
        for pattern in follow:
            try:
                self.follow.append(re.compile(pattern))
            except re.error as exc:
                raise ValueError(f"follow pattern {pattern!r}: {exc}") from None

    @staticmethod
    def _root(url: str) -> _Root:
        parts = urlsplit(url)
        directory = (
            posixpath.dirname(parts.path) + "/" if not parts.path.endswith("/") else parts.path
        )
        return _Root(parts.scheme, parts.netloc, directory.replace("//", "/"))

    def rebase(self, index: int, final_url: str) -> None:
        """A start URL that redirects (`/v5` -> `/v5/`, `/v5/` -> `/v5.6/`) is
        rooted where it landed: that is the manual the user pointed at."""
        self.roots[index] = self._root(final_url)

    def _under(self, url: str) -> _Root | None:
        parts = urlsplit(url)
        lenient = server_path(url)
        for root in self.roots:
            if (
                (parts.scheme, parts.netloc) == (root.scheme, root.netloc)
                and parts.path.startswith(root.directory)
                and lenient.startswith(root.directory)
            ):
                return root
        return None

    def contains(self, url: str) -> bool:
        if _ASSET.search(urlsplit(url).path):
            return False
        if self._under(url) is not None:
            return True
        # A --follow pattern is matched against the URL as sent; the lenient
        # reading must not climb out of what it matched either.
        decoded = unquote(urlsplit(url).path).replace("\\", "/")
        return ".." not in decoded.split("/") and any(p.search(url) for p in self.follow)

    def name(self, url: str) -> str:
        parts = urlsplit(url)
        root = self._under(url) or next(
            (r for r in self.roots if (r.scheme, r.netloc) == (parts.scheme, parts.netloc)), None
        )
        if root is None:
            name = parts.netloc + parts.path  # another site, admitted by --follow
        else:
            name = posixpath.relpath(parts.path, root.directory)
            if name == ".":
                name = ""
        if not name or parts.path.endswith("/"):
            name = posixpath.join(name, "index.html") if name else "index.html"
        return f"{name}?{parts.query}" if parts.query else name
