"""Put rendered files into the output directory: only changed files are written, files
of the previous generation that are gone removed; or (``--check``) only compare and
summarise the differences.

The directory's manifest (``MANIFEST``, written by us) lists every file we generated
there. Only those are ever removed: a file we did not write is never touched, and a
non-empty directory without our manifest is refused (``-o ~`` must not wipe a home)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from zstack_openapi.fileio import OutputError, atomic_write_text, current_umask, holds_text

MANIFEST = ".zstack-openapi-manifest.json"
MANIFEST_FORMAT = "zstack-openapi-generated/1"

# Build and tool by-products that may sit in the output directory but are not ours
# (only consulted to report a directory that has no manifest).
IGNORED_PARTS = frozenset(
    {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}
)


@dataclass
class Diff:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def summary(self, limit: int = 10) -> str:
        lines = [
            f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"
        ]
        for mark, names in (("+", self.added), ("~", self.changed), ("-", self.removed)):
            lines += [f"  {mark} {n}" for n in names[:limit]]
            if len(names) > limit:
                lines.append(f"  {mark} ... {len(names) - limit} more")
        return "\n".join(lines)


def manifest_text(names: list[str] | set[str]) -> str:
    body = {"format": MANIFEST_FORMAT, "files": sorted(set(names) - {MANIFEST})}
    return json.dumps(body, indent=1, sort_keys=True) + "\n"


def with_manifest(files: dict[str, str]) -> dict[str, str]:
    """The generated files plus the manifest that lists them."""
    return {**files, MANIFEST: manifest_text(set(files))}


def _safe_name(name: object) -> str | None:
    """A manifest entry we may act on: a relative POSIX path inside the directory.
    The manifest sits in a directory others can write to: never trust it further."""
    if not isinstance(name, str) or not name or "\\" in name or "\0" in name:
        return None
    path = PurePosixPath(name)
    if path.is_absolute() or any(part in ("", ".", "..") for part in path.parts):
        return None
    return path.as_posix()


def read_manifest(root: Path) -> set[str] | None:
    """The files our previous generation wrote into `root`; None when there is no
    manifest. An unreadable or foreign manifest is refused, not guessed at."""
    path = root / MANIFEST
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise OutputError(f"{path}: unreadable generation manifest ({exc}); refusing") from None
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise OutputError(f"{path}: not a {MANIFEST_FORMAT} manifest; refusing to use it")
    files = data.get("files")
    if not isinstance(files, list):
        raise OutputError(f"{path}: manifest without a file list; refusing to use it")
    return {n for n in (_safe_name(f) for f in files) if n is not None}


def _untracked(root: Path) -> list[str]:
    """What a directory without a manifest holds (by-products aside)."""
    out = []
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        ours = not any(part in IGNORED_PARTS or part.endswith(".egg-info") for part in rel.parts)
        if ours and (path.is_file() or path.is_symlink()):
            out.append(rel.as_posix())
    return sorted(out)


def _check_target(root: Path) -> set[str] | None:
    if root.exists() and not root.is_dir():
        raise OutputError(f"{root}: exists and is not a directory")
    previous = read_manifest(root) if root.is_dir() else None
    if previous is None and root.is_dir() and any(root.iterdir()):
        raise OutputError(
            f"{root}: directory is not empty and holds no {MANIFEST}, so it was not "
            "written by zstack-openapi generate; refusing to write into it (its files "
            "are not ours to replace or remove): choose a new or empty directory"
        )
    return previous


def _inside(root: Path, name: str) -> bool:
    """`root/name` really is under `root` (no symlinked directory leading out)."""
    try:
        return (root / name).parent.resolve().is_relative_to(root.resolve())
    except OSError:
        return False


def compare(files: dict[str, str], root: Path) -> Diff:
    files = with_manifest(files)
    if root.is_dir():
        previous = read_manifest(root)
        present = (
            {n for n in previous | {MANIFEST} if (root / n).is_file()}
            if previous is not None
            else set(_untracked(root))
        )
    else:
        present = set()
    diff = Diff()
    for name in sorted(files):
        if name not in present:
            diff.added.append(name)
        else:
            try:
                same = (root / name).read_text(encoding="utf-8") == files[name]
            except (OSError, UnicodeDecodeError):
                same = False
            if not same:
                diff.changed.append(name)
    diff.removed = sorted(present - files.keys())
    return diff


def sync(files: dict[str, str], root: Path) -> Diff:
    """Make ``root`` hold ``files`` (and their manifest), touching only what differs
    and removing only files the previous manifest lists."""
    previous = _check_target(root)
    diff = compare(files, root)
    files = with_manifest(files)
    if previous is None:  # no directory, or an empty one (_check_target refuses others)
        return _create(files, root, diff)
    for name in diff.added + diff.changed:
        if not _inside(root, name):
            raise OutputError(f"{root / name}: leads outside {root} (symlink); refusing")
    for name in diff.added:
        path = root / name
        if path.exists() and not holds_text(path, files[name]):
            # Not in the previous manifest, so not ours (an identical copy is harmless).
            raise OutputError(
                f"{path}: exists, was not written by zstack-openapi generate (not in "
                f"{MANIFEST}) and differs from the generated file; refusing to replace it "
                "(move it away, or remove the directory if it is all generated)"
            )
    if diff.added or diff.changed or diff.removed:
        # First the union of old and new, so every file on disk that we wrote is
        # listed even if this run stops half-way; the exact list goes last.
        atomic_write_text(root / MANIFEST, manifest_text((previous or set()) | set(files)))
    for name in diff.added + diff.changed:
        if name != MANIFEST:
            # One flush for the whole package (os.sync below) instead of an fsync per
            # file: 1,497 fsyncs were ~5 s of a cold build.
            atomic_write_text(root / name, files[name], durable=False)
    if diff.added or diff.changed:
        os.sync()
    for name in diff.removed:
        path = root / name
        if _inside(root, name) and (path.is_file() or path.is_symlink()):
            try:
                path.unlink()
            except OSError as exc:
                raise OutputError(f"{path}: cannot remove ({exc.strerror or exc})") from None
            _prune(root, path.parent)
    if MANIFEST in diff.added + diff.changed or diff.removed:
        atomic_write_text(root / MANIFEST, files[MANIFEST])
    return diff


def _create(files: dict[str, str], root: Path, diff: Diff) -> Diff:
    """A new package: written into a fresh directory beside `root` that is then
    renamed to `root` (replacing it if it is an empty directory). The package appears
    whole or not at all, and each file costs one create and one write instead of a
    temporary file, a mode change and a rename each (2,678 files: half the time)."""
    for name in files:
        if _safe_name(name) != name:
            raise OutputError(f"{root / name}: not a plain relative path; refusing")
    try:
        root.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.", suffix=".tmp", dir=root.parent))
    except OSError as exc:
        raise OutputError(f"{root}: cannot write ({exc.strerror or exc})") from None
    try:
        # mkdtemp makes 0700; the package gets the bits any new directory gets.
        staging.chmod(0o777 & ~current_umask())
        made: set[Path] = set()
        for name in sorted(files):
            path = staging / name
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            with path.open("xb") as handle:
                handle.write(files[name].encode("utf-8"))
        os.sync()
        os.replace(staging, root)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)  # ours: created above
        raise OutputError(f"{root}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return diff


def _prune(root: Path, directory: Path) -> None:
    """Remove directories a removal emptied, up to (not including) `root`."""
    root = root.resolve()
    current = directory.resolve()
    while current != root and current.is_relative_to(root):
        with contextlib.suppress(OSError):
            current.rmdir()  # fails (and we stop) while anything is left in it
        if current.exists():
            return
        current = current.parent
