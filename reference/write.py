"""Write the site into its directory: changed files only, and the pages of APIs that are
gone removed, which needs to know what a previous run wrote (its manifest). A directory
that holds files but no manifest is someone else's: refused, never cleaned."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from zstack_openapi.fileio import OutputError, atomic_write_text, write_text_if_changed

MANIFEST = ".zstack-site.json"
FORMAT = "zstack-openapi-site/1"


@dataclass
class Written:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)


def _previous(out: Path) -> set[str]:
    manifest = out / MANIFEST
    if not out.exists():
        return set()
    if not out.is_dir():
        raise OutputError(f"{out}: is a file, expected a directory for the site")
    if not manifest.is_file():
        if any(out.iterdir()):
            raise OutputError(
                f"{out}: not empty and holds no {MANIFEST} (not a site this tool wrote); "
                "choose an empty or new directory"
            )
        return set()
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        files = data["files"] if data.get("format") == FORMAT else None
    except (OSError, ValueError, KeyError, AttributeError):
        files = None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise OutputError(f"{manifest}: not a site manifest; remove it or choose another directory")
    return set(files)


def _inside(out: Path, name: str) -> Path:
    target = (out / name).resolve()
    if out.resolve() not in target.parents:
        raise OutputError(f"{out / name}: outside the site directory")
    return target


def write_site(files: dict[str, str], out: Path) -> Written:
    previous = _previous(out)
    result = Written()
    for name in sorted(files):
        # Pages are regenerable: no fsync each (it made a cold run I/O-bound); the
        # manifest, written last, is durable.
        if write_text_if_changed(_inside(out, name), files[name], durable=False):
            result.written.append(name)
        else:
            result.unchanged += 1
    for name in sorted(previous - files.keys()):
        target = _inside(out, name)
        if target.is_file():
            target.unlink()
            result.removed.append(name)
    manifest = {"format": FORMAT, "files": sorted(files)}
    atomic_write_text(out / MANIFEST, json.dumps(manifest, indent=1) + "\n")
    return result
