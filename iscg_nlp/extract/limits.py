"""Resource limits applied before and while reading a file (protects a shared machine)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Ceilings for one file; each is checked as early as possible (size before opening, pages
    before extracting text, archive members before inflating them)."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_pages: int = 500
    max_chars: int = 5_000_000
    max_inflated_bytes: int = 300 * 1024 * 1024  # sum of the ZIP members' inflated sizes
    max_compression_ratio: float = 200.0  # per member above 1 MiB inflated
    max_zip_members: int = 5_000
    max_xml_parts: int = 200  # XML parts parsed (body, headers, footers, numbering …)
    ocr_max_pages: int = 30  # at 2-3 s a page, more would not fit the default 120 s per file
