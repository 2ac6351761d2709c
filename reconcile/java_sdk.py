"""Read ZStack's Java SDK sources into SDK facts.

The result has the shape of ``shared/oracles/zstack-java-sdk-truth.json``
(see ``reconcile.sdk_model``), so a source tree of any ZStack version can
stand in for that file. Files the reader cannot use are reported in
``meta.warnings`` and ``meta.unparsed_files`` instead of aborting the read:
one odd file must not hide the other few thousand.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from zstack_openapi.reconcile.java_classes import JavaClass, read_java_file
from zstack_openapi.reconcile.java_index import ClassIndex
from zstack_openapi.reconcile.java_text import JavaSyntaxError, parse_string_literal
from zstack_openapi.reconcile.sdk_actions import SDK_ROOT_LABEL, MalformedSdkFile, api_record
from zstack_openapi.reconcile.sdk_model import (
    SCHEMA,
    ApiRecord,
    FieldRecord,
    SdkFacts,
    SdkMeta,
    SkippedFile,
    StructMeta,
)

GENERATOR = "reconcile.java_sdk 1.0"
SDK_SUBDIR = Path("sdk", "src", "main", "java")
RUNTIME_PACKAGE = "org.zstack.sdk"
# Hand-written client machinery of the SDK, not generated API or data classes.
RUNTIME_CLASSES = frozenset(
    {
        "AbstractAction",
        "ApiException",
        "ApiResult",
        "Completion",
        "Constants",
        "InternalCompletion",
        "NonAPIParam",
        "Param",
        "QueryAction",
        "RestInfo",
        "ZSClient",
        "ZSConfig",
    }
)
SOURCE_CLASS_MAP = "SourceClassMap"
RUNTIME_WHY = "SDK base/runtime class"
NON_DATA_WHY = "interface or annotation type, not a data class"

_PUT_RE = re.compile(r"\bput\s*\(\s*(\"(?:[^\"\\\n]|\\.)*\")\s*,\s*(\"(?:[^\"\\\n]|\\.)*\")\s*\)")
_POM_PARENT_RE = re.compile(r"<parent>.*?</parent>", re.S)
_POM_VERSION_RE = re.compile(r"<version>\s*([^<\s]+)\s*</version>")


@dataclass
class _Read:
    """Everything gathered while reading one tree."""

    java_root: Path
    repo_root: Path | None
    files: list[Path]
    classes: list[JavaClass] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def fail(self, rel_path: str, error: Exception) -> None:
        self.warn(f"{rel_path}: {error}")
        self.unparsed.append(rel_path)


def locate_sdk_root(root: Path) -> tuple[Path, Path | None]:
    """The Java source root of the SDK and, when known, the repository root above it."""
    root = root.resolve()
    if (root / SDK_SUBDIR).is_dir():
        return root / SDK_SUBDIR, root
    if (root / SDK_SUBDIR.relative_to("sdk")).is_dir():
        return root / SDK_SUBDIR.relative_to("sdk"), root.parent if root.name == "sdk" else None
    if root.is_dir() and any(root.rglob("*.java")):
        is_sdk_dir = root.parts[-len(SDK_SUBDIR.parts) :] == SDK_SUBDIR.parts
        return root, root.parents[len(SDK_SUBDIR.parts) - 1] if is_sdk_dir else None
    raise ValueError(
        f"{root}: not a ZStack source tree: expected a directory holding "
        f"{SDK_SUBDIR.as_posix()} (or that directory itself) with .java files"
    )


def _is_runtime(java_class: JavaClass) -> bool:
    if java_class.name == SOURCE_CLASS_MAP:
        return True
    return java_class.package == RUNTIME_PACKAGE and java_class.name in RUNTIME_CLASSES


def _parse_files(read: _Read) -> None:
    for path in read.files:
        rel_path = path.relative_to(read.java_root).as_posix()
        try:
            read.classes.append(read_java_file(path, rel_path))
        except (JavaSyntaxError, OSError) as error:
            read.fail(rel_path, error)


def _source_classes(classes: list[JavaClass]) -> dict[str, str]:
    """SDK class -> server class, from the generated ``SourceClassMap``."""
    mapping: dict[str, str] = {}
    for java_class in classes:
        if java_class.name != SOURCE_CLASS_MAP:
            continue
        for source, sdk in _PUT_RE.findall(java_class.text):
            mapping.setdefault(parse_string_literal(sdk), parse_string_literal(source))
    return mapping


def _struct_fields(
    java_class: JavaClass, index: ClassIndex, read: _Read, seen: frozenset[str] = frozenset()
) -> list[FieldRecord]:
    """Own public fields, then every ancestor's, each marked with the class declaring it."""
    own: list[FieldRecord] = [
        {"name": f.name, "java_type": f.java_type}
        for f in java_class.fields
        if f.is_public_instance
    ]
    if java_class.extends is None:
        return own
    parent = index.resolve(java_class.extends, java_class)
    if parent is None or parent.kind != "class":
        return own
    if parent.fqn in seen | {java_class.fqn}:
        read.warn(f"{java_class.rel_path}: inheritance cycle through {parent.fqn}")
        return own
    inherited = _struct_fields(parent, index, read, seen | {java_class.fqn})
    return own + [
        {
            "name": f["name"],
            "java_type": f["java_type"],
            "declared_in": f.get("declared_in", parent.name),
        }
        for f in inherited
    ]


def _struct_kind(java_class: JavaClass) -> str:
    for kind in ("Result", "Inventory"):
        if java_class.name.endswith(kind):
            return kind.lower()
    return "other"


@dataclass
class _Collected:
    apis: list[ApiRecord] = field(default_factory=list)
    structs: dict[str, list[FieldRecord]] = field(default_factory=dict)
    struct_meta: dict[str, StructMeta] = field(default_factory=dict)
    other_structs: dict[str, list[FieldRecord]] = field(default_factory=dict)
    enums: dict[str, list[str]] = field(default_factory=dict)


def _keep_unique(table: Mapping[str, object], java_class: JavaClass, read: _Read) -> bool:
    """Facts are keyed by simple name, so a second class of the same name is reported, not merged."""
    if java_class.name in table:
        read.warn(
            f"{java_class.rel_path}: another class named {java_class.name} was read first; "
            "this one is left out"
        )
        return False
    return True


def _collect_action(java_class: JavaClass, index: ClassIndex, read: _Read, out: _Collected) -> None:
    try:
        out.apis.append(api_record(java_class, index, read.warn))
    except (MalformedSdkFile, JavaSyntaxError) as error:
        read.fail(java_class.rel_path, error)


def _collect_struct(
    java_class: JavaClass,
    index: ClassIndex,
    source_classes: dict[str, str],
    read: _Read,
    out: _Collected,
) -> None:
    kind = _struct_kind(java_class)
    table = out.other_structs if kind == "other" else out.structs
    if not _keep_unique(table, java_class, read):
        return
    table[java_class.name] = _struct_fields(java_class, index, read)
    if kind == "other":
        return
    out.struct_meta[java_class.name] = {
        "kind": "result" if kind == "result" else "inventory",
        "java_class": java_class.fqn,
        "extends": java_class.extends,
        "source_class": source_classes.get(java_class.fqn),
        "source_file": SDK_ROOT_LABEL + java_class.rel_path,
    }


def _collect(read: _Read) -> _Collected:
    index = ClassIndex.build(read.classes, read.warnings)
    source_classes = _source_classes(read.classes)
    out = _Collected()
    for java_class in index.by_fqn.values():
        if _is_runtime(java_class):
            read.skipped.append({"file": java_class.rel_path, "why": RUNTIME_WHY})
        elif java_class.kind in ("interface", "annotation"):
            read.skipped.append({"file": java_class.rel_path, "why": NON_DATA_WHY})
        elif java_class.kind == "enum":
            if _keep_unique(out.enums, java_class, read):
                out.enums[java_class.name] = java_class.enum_constants
        elif java_class.name.endswith("Action"):
            _collect_action(java_class, index, read, out)
        else:
            _collect_struct(java_class, index, source_classes, read, out)
    out.apis.sort(key=lambda a: (a["api"], a["java_class"]))
    return out


def _git_commit(repo_root: Path | None) -> str | None:
    """HEAD's commit from ``.git`` files, so no git executable is needed."""
    git_dir = repo_root / ".git" if repo_root else None
    if git_dir is None or not (git_dir / "HEAD").is_file():
        return None
    head = (git_dir / "HEAD").read_text().strip()
    if not head.startswith("ref: "):
        return head or None
    ref = head.removeprefix("ref: ")
    if (git_dir / ref).is_file():
        return (git_dir / ref).read_text().strip() or None
    packed = git_dir / "packed-refs"
    lines = packed.read_text().splitlines() if packed.is_file() else []
    return next((line.split()[0] for line in lines if line.endswith(f" {ref}")), None)


def _repo_version(repo_root: Path | None) -> str | None:
    pom = repo_root / "pom.xml" if repo_root else None
    if pom is None or not pom.is_file():
        return None
    # The <parent> block carries the parent's version, not the project's.
    match = _POM_VERSION_RE.search(_POM_PARENT_RE.sub("", pom.read_text(errors="replace")))
    return match.group(1) if match else None


def _param_counts(apis: list[ApiRecord]) -> tuple[int, int]:
    total = sum(len(api["params"]) for api in apis)
    inherited = sum(
        1 for api in apis if api["is_query"] for p in api["params"] if "declared_in" in p
    )
    return total, total - inherited


def _body_keys(apis: list[ApiRecord]) -> dict[str, int]:
    counts = Counter(
        "null" if a["body_key"] is None else "params" if a["body_key"] == "params" else "other"
        for a in apis
    )
    return {key: counts[key] for key in ("null", "other", "params")}


def _meta(read: _Read, out: _Collected) -> SdkMeta:
    apis = out.apis
    names = Counter(api["api"] for api in apis)
    referenced = {api["result_class"] for api in apis}
    kinds = Counter(meta["kind"] for meta in out.struct_meta.values())
    params_total, params_own = _param_counts(apis)
    unparsed = sorted(set(read.unparsed))
    return {
        "action_files": sum(1 for path in read.files if path.name.endswith("Action.java")),
        "apis": len(apis),
        "body_keys": _body_keys(apis),
        "commit": _git_commit(read.repo_root),
        "duplicate_api_names": sorted(name for name, count in names.items() if count > 1),
        # Element types come from the server's classes, which this reader does not parse.
        "element_types": {"skipped": "read from the SDK sources only, not the server's"},
        "enums": len(out.enums),
        "files_parsed": len(read.files) - len(unparsed),
        "files_total": len(read.files),
        "files_unparsed": len(unparsed),
        "generator": GENERATOR,
        "methods": dict(sorted(Counter(api["method"] for api in apis).items())),
        "other_structs": len(out.other_structs),
        "params_total": params_total,
        "params_total_excluding_query_inherited": params_own,
        "query_apis": sum(1 for api in apis if api["is_query"]),
        "repo_version": _repo_version(read.repo_root),
        "result_classes_unreferenced": sorted(
            name
            for name, meta in out.struct_meta.items()
            if meta["kind"] == "result" and name not in referenced
        ),
        "schema": dict(SCHEMA),
        "sdk_root": SDK_ROOT_LABEL,
        "skipped_files": sorted(read.skipped, key=lambda s: s["file"]),
        "source": str(read.repo_root or read.java_root),
        "structs": len(out.structs),
        "structs_inventory": kinds["inventory"],
        "structs_result": kinds["result"],
        "unparsed_files": unparsed,
        "warnings": sorted(dict.fromkeys(read.warnings)),
    }


def read_java_sdk(root: Path) -> SdkFacts:
    """SDK facts of the ZStack source tree at ``root`` (the repository or its SDK source dir).

    Raises ValueError when ``root`` holds no SDK sources; problems inside single
    files only become ``meta.warnings``.
    """
    java_root, repo_root = locate_sdk_root(root)
    read = _Read(java_root, repo_root, sorted(java_root.rglob("*.java")))
    _parse_files(read)
    out = _collect(read)
    return {
        "apis": out.apis,
        "structs": dict(sorted(out.structs.items())),
        "struct_meta": dict(sorted(out.struct_meta.items())),
        "other_structs": dict(sorted(out.other_structs.items())),
        "enums": dict(sorted(out.enums.items())),
        "meta": _meta(read, out),
    }
