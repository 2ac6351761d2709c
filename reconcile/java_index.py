"""Name resolution across the parsed SDK classes.

SDK sources refer to classes by simple name, by import or fully qualified; the
facts need the declaring class behind ``extends`` and the full name of result
classes, so lookups follow Java's own order: explicit import, same package,
wildcard import, and only then a unique simple name anywhere in the tree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from zstack_openapi.reconcile.java_classes import JavaClass


@dataclass
class ClassIndex:
    by_fqn: dict[str, JavaClass] = field(default_factory=dict)
    by_simple: dict[str, list[JavaClass]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def build(cls, classes: list[JavaClass], warnings: list[str]) -> ClassIndex:
        index = cls()
        for java_class in classes:
            kept = index.by_fqn.setdefault(java_class.fqn, java_class)
            if kept is not java_class:
                warnings.append(
                    f"{java_class.rel_path}: class {java_class.fqn} is also declared in "
                    f"{kept.rel_path}; this copy is ignored"
                )
                continue
            index.by_simple[java_class.name].append(java_class)
        return index

    def _explicit_import(self, name: str, context: JavaClass) -> str | None:
        suffix = f".{name}"
        return next((imp for imp in context.imports if imp.endswith(suffix)), None)

    def resolve(self, name: str, context: JavaClass) -> JavaClass | None:
        """The class ``name`` denotes inside ``context``, if it is part of the tree."""
        if "." in name:
            return self.by_fqn.get(name)
        imported = self._explicit_import(name, context)
        if imported is not None and imported in self.by_fqn:
            return self.by_fqn[imported]
        same_package = self.by_fqn.get(f"{context.package}.{name}")
        if same_package is not None:
            return same_package
        for imp in context.imports:
            if imp.endswith(".*") and f"{imp[:-1]}{name}" in self.by_fqn:
                return self.by_fqn[f"{imp[:-1]}{name}"]
        candidates = self.by_simple.get(name, [])
        return candidates[0] if len(candidates) == 1 else None

    def qualified_name(self, name: str, context: JavaClass) -> str:
        """Fully qualified name of ``name``, guessed by Java's rules when it is not in the tree."""
        found = self.resolve(name, context)
        if found is not None:
            return found.fqn
        if "." in name:
            return name
        imported = self._explicit_import(name, context)
        if imported is not None:
            return imported
        return f"{context.package}.{name}" if context.package else name
