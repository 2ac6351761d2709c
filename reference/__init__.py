"""Stage 4 (beside the SDK): the OpenAPI document -> a static API reference site.

from zstack_openapi.reference import build_site
result = build_site(Path("spec/zstack.openapi.json"), Path("site"))

One page per API (`api/<ApiName>.html`), an index by chapter, a changelog per release,
one stylesheet and one script: offline (no CDN, nothing fetched), deterministic (the
same spec gives the same bytes). The spec is parsed into `model.Site` (`parse.py`),
the templates only format it (`render.py`), `write.py` puts it on disk."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from zstack_openapi.generator.shape import check_shape
from zstack_openapi.openapi import document_files

from .defects import load_report
from .model import Site
from .parse import parse_site
from .render import render_site
from .write import Written, write_site

DEFECTS_FILE = "zstack.defects.md"


@dataclass
class Result:
    site: Site
    files: dict[str, str]
    written: Written


def default_report(spec: Path) -> Path | None:
    """The defect report beside the spec (`spec/zstack.defects.md`), when there is one."""
    candidate = spec.parent / DEFECTS_FILE
    return candidate if candidate.is_file() else None


def site_files(spec: Path, defects: Path | None = None) -> tuple[Site, dict[str, str]]:
    document = document_files.load(spec)
    if not document_files.is_openapi(document):
        raise ValueError(f"{spec}: not an OpenAPI document (no `openapi` version string)")
    check_shape(document, spec)  # what the generator's model reads, by JSON pointer
    report = load_report(defects)
    try:
        site = parse_site(document, report)
    except ValueError as exc:
        raise ValueError(f"{spec}: {exc}") from exc
    except (KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        # A hand-edited or foreign document: name the file, not a line of our code.
        raise ValueError(
            f"{spec}: not the shape of a zstack-openapi document ({type(exc).__name__}: {exc})"
        ) from None
    return site, render_site(site)


def build_site(spec: Path, output: Path, defects: Path | None = None) -> Result:
    site, files = site_files(spec, defects)
    return Result(site, files, write_site(files, output))


__all__ = ["Result", "build_site", "default_report", "site_files"]
