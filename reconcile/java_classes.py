"""Read one Java source file of the ZStack SDK into a small class model.

Only what the SDK generator emits is modelled: the package, imports, the single
top-level type, its public fields with their annotations and initializers,
enum constants, and the comment-free text for method lookups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from zstack_openapi.reconcile.java_text import (
    Annotation,
    JavaSyntaxError,
    leading_annotations,
    matching_close,
    member_statements,
    split_top_level,
    strip_comments,
)

_PACKAGE_RE = re.compile(r"^\s*package\s+([\w$.]+)\s*;", re.M)
_IMPORT_RE = re.compile(r"^\s*import\s+(?!static\b)([\w$.]+(?:\.\*)?)\s*;", re.M)
# The lookbehind keeps ``Foo.class`` and ``@interface``'s second word from matching.
_TYPE_DECL_RE = re.compile(
    r"(?<![\w$.@])(class|interface|enum|@interface)\s+([A-Za-z_$][\w$]*)([^{;]*)\{"
)
_EXTENDS_RE = re.compile(r"\bextends\s+([\w$.]+)")
_MODIFIERS = r"public|protected|private|static|final|transient|volatile"
_FIELD_RE = re.compile(
    rf"(?P<mods>(?:(?:{_MODIFIERS})\s+)*)"
    r"(?P<type>[A-Za-z_$][\w$.]*(?:\s*<[^=]*?>)?(?:\s*\[\s*\])*)\s+"
    r"(?P<name>[A-Za-z_$][\w$]*)\s*(?:=\s*(?P<init>.+))?",
    re.S,
)
_KINDS = {"class": "class", "interface": "interface", "enum": "enum", "@interface": "annotation"}
_NOT_TYPES = frozenset({"class", "interface", "enum", "return", "new", "throw"})
_IDENTIFIER_RE = re.compile(r"[A-Za-z_$][\w$]*")


@dataclass(frozen=True)
class JavaField:
    name: str
    java_type: str
    modifiers: frozenset[str]
    annotations: dict[str, Annotation]
    initializer: str | None

    @property
    def is_public_instance(self) -> bool:
        return "public" in self.modifiers and "static" not in self.modifiers


@dataclass
class JavaClass:
    rel_path: str
    package: str
    name: str
    kind: str
    extends: str | None
    imports: tuple[str, ...]
    fields: list[JavaField]
    enum_constants: list[str] = field(default_factory=list)
    text: str = ""

    @property
    def fqn(self) -> str:
        return f"{self.package}.{self.name}" if self.package else self.name


def normalize_type(java_type: str) -> str:
    """Java type text without layout whitespace, as the SDK generator prints it."""
    compact = re.sub(r"\s+", " ", java_type.strip())
    return re.sub(r"\s*([<>\[\]])\s*", r"\1", compact)


def parse_field(statement: str) -> JavaField | None:
    """A field declaration, or None for methods, nested types and initializer blocks."""
    annotations, rest = leading_annotations(statement)
    match = _FIELD_RE.fullmatch(rest)
    if match is None or match.group("type") in _NOT_TYPES:
        return None
    init = match.group("init")
    return JavaField(
        name=match.group("name"),
        java_type=normalize_type(match.group("type")),
        modifiers=frozenset(match.group("mods").split()),
        annotations={a.name: a for a in annotations},
        initializer=init.strip() if init is not None else None,
    )


def fields_of(body: str) -> list[JavaField]:
    parsed = (parse_field(s) for s in member_statements(body))
    return [f for f in parsed if f is not None]


def _enum_constants(body: str) -> list[str]:
    # Constants end at the first top-level ';' (if any members follow them).
    constants_part = split_top_level(body, ";")[0]
    names: list[str] = []
    for part in split_top_level(constants_part, ","):
        _, rest = leading_annotations(part)
        match = _IDENTIFIER_RE.match(rest)
        if match is not None:
            names.append(match.group(0))
    return names


def parse_java_source(source: str, rel_path: str) -> JavaClass:
    """Model of the top-level type of ``source``; raises JavaSyntaxError when there is none."""
    text = strip_comments(source)
    decl = _TYPE_DECL_RE.search(text)
    if decl is None:
        raise JavaSyntaxError("no class, interface or enum declaration")
    open_brace = decl.end() - 1
    body = text[open_brace + 1 : matching_close(text, open_brace)]
    kind = _KINDS[decl.group(1)]
    extends = _EXTENDS_RE.search(decl.group(3)) if kind == "class" else None
    package = _PACKAGE_RE.search(text)
    return JavaClass(
        rel_path=rel_path,
        package=package.group(1) if package else "",
        name=decl.group(2),
        kind=kind,
        extends=extends.group(1).rsplit(".", 1)[-1] if extends else None,
        imports=tuple(_IMPORT_RE.findall(text)),
        fields=fields_of(body) if kind == "class" else [],
        enum_constants=_enum_constants(body) if kind == "enum" else [],
        text=text,
    )


def read_java_file(path: Path, rel_path: str) -> JavaClass:
    return parse_java_source(path.read_text(encoding="utf-8", errors="replace"), rel_path)
