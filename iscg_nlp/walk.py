"""Turn the PATH arguments of a command into the list of files to analyse.

Explicit files are always taken (even with a strange extension: the reader detects the real type and
says so). Inside folders, recursion keeps the formats a convention can come in and skips the rest
(sources, scripts, spreadsheets), which the summary counts as ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DOCUMENT_SUFFIXES = {".pdf", ".docx", ".odt", ".txt", ".doc", ".rtf", ".text", ""}


@dataclass
class FileList:
    files: list[Path] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)


def collect(paths: list[str | Path]) -> FileList:
    out = FileList()
    seen: set[Path] = set()

    def add(p: Path) -> None:
        try:
            key = p.resolve()
        except (OSError, RuntimeError):  # a symlink loop: the reader says it cannot be opened
            key = p.absolute()
        if key not in seen:
            seen.add(key)
            out.files.append(p)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if any(part.startswith(".") for part in child.relative_to(p).parts):
                    continue
                if child.is_dir():
                    continue
                if child.suffix.lower() in DOCUMENT_SUFFIXES:
                    add(child)
                else:
                    out.ignored.append(child)
        elif p.exists() or p.is_symlink():
            add(p)
        else:
            out.missing.append(p)
            add(p)  # the reader reports it as "fichier introuvable" on its own line
    return out
