"""The site model -> the site's files (path -> text), through Jinja templates.

Autoescaping is on for every template: the docs are untrusted input, so every string
from the spec lands as text. Data for scripts goes through `script_json`, which escapes
`<`, `>`, `&` and the JavaScript line separators, so a description holding `</script>`
or `<!--` cannot end or comment out the script it sits in."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from .model import Site

TEMPLATES = Path(__file__).parent / "templates"
ASSETS = ("site.css", "site.js")
# The search index is loaded by the page on the first keystroke, not with it.
SEARCH_INDEX = "assets/search-index.js"
SITE_DATA = "assets/site-data.js"
LOCATION_LABELS = {
    "path": "path",
    "query": "query",
    "body": "body",
    "body-root": "body (top level)",
    "header": "header",
}


def script_json(value: Any) -> str:
    """JSON that is safe inside a `<script>` element or a .js file."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def attr_value(value: Any) -> Markup:
    """A value for a quoted HTML attribute: every `&<>"'` escaped, whatever autoescape
    says, so a doc string holding a quote can never end the attribute and add one."""
    return escape(str(value))


def url_segment(value: Any) -> Markup:
    """One path segment of a link (an API name): percent-encoded (`/`, `:`, `?` and `#`
    included, so it cannot become a scheme, a directory or a query), then escaped."""
    return escape(quote(str(value), safe=""))


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["location"] = lambda loc: LOCATION_LABELS.get(loc, loc)
    env.filters["attr_value"] = attr_value
    env.filters["url_segment"] = url_segment
    return env


def _asset(name: str) -> str:
    return (resources.files(__package__) / "assets" / name).read_text(encoding="utf-8")


def search_entries(site: Site) -> list[list[Any]]:
    """One row per API: name, title, method, path, chapter, since key, since unknown (0/1),
    the parameter names (space-separated)."""
    chapters = {c.tag: c.title for c in site.chapters}
    return [
        [
            api.name,
            api.title,
            api.method,
            api.path,
            chapters.get(api.chapter, api.chapter),
            api.since_key,
            1 if api.since_unknown else 0,
            " ".join(p.name for p in api.params if not p.standard),
        ]
        for api in site.apis.values()
    ]


def render_site(site: Site) -> dict[str, str]:
    env = _environment()
    chapters = {c.tag: c for c in site.chapters}
    common = {"site": site, "chapters": chapters}
    files: dict[str, str] = {}
    files["index.html"] = env.get_template("index.html.jinja").render(root="", **common)
    files["changelog.html"] = env.get_template("changelog.html.jinja").render(root="", **common)
    api_template = env.get_template("api.html.jinja")
    for api in site.apis.values():
        files[f"api/{api.name}.html"] = api_template.render(
            root="../", api=api, chapter=chapters[api.chapter], apis=site.apis, **common
        )
    for name in ASSETS:
        files[f"assets/{name}"] = _asset(name)
    files[SEARCH_INDEX] = f"window.ZSTACK_SEARCH = {script_json(search_entries(site))};\n"
    releases = [[r.key, r.label] for r in reversed(site.releases)]
    files[SITE_DATA] = f"window.ZSTACK_RELEASES = {script_json(releases)};\n"
    return files
