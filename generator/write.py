"""Put rendered files into the output directory: only changed files are written, stale
ones removed; or (``--check``) only compare and summarise the differences."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Build and tool by-products that may sit in the output directory but are not ours.
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


def existing_files(root: Path) -> set[str]:
    if not root.exists():
        return set()
    out = set()
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if path.is_file() and not any(
            part in IGNORED_PARTS or part.endswith(".egg-info") for part in rel.parts
        ):
            out.add(rel.as_posix())
    return out


def compare(files: dict[str, str], root: Path) -> Diff:
    present = existing_files(root)
    diff = Diff()
    for name in sorted(files):
        if name not in present:
            diff.added.append(name)
        elif (root / name).read_text(encoding="utf-8") != files[name]:
            diff.changed.append(name)
    diff.removed = sorted(present - files.keys())
    return diff


def sync(files: dict[str, str], root: Path) -> Diff:
    """Make ``root`` hold exactly ``files``, touching only what differs."""
    diff = compare(files, root)
    made: set[Path] = set()
    for name in diff.added + diff.changed:
        path = root / name
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_text(files[name], encoding="utf-8")
    for name in diff.removed:
        (root / name).unlink()
    # Directories the removals emptied (deepest first).
    for directory in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        if directory.name not in IGNORED_PARTS and not any(directory.iterdir()):
            directory.rmdir()
    return diff
