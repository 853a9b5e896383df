"""Open ZIP-based documents (DOCX, ODT) without trusting them.

Members' declared sizes and compression ratios are checked before anything is inflated, the actual
inflated size is counted while reading (declared sizes can lie), and any XML part that declares a
DOCTYPE or an entity is refused before it reaches a parser (no entity is ever expanded or fetched).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from ..errors import InputError
from .limits import Limits

_CHUNK = 1 << 16
_DANGEROUS = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class SafeZip:
    """A checked ZIP archive; read parts with :meth:`read` or :meth:`xml`."""

    def __init__(self, path: Path, fmt: str, limits: Limits) -> None:
        self.fmt, self.limits = fmt, limits
        self._inflated = 0
        try:
            self.zf = zipfile.ZipFile(path)
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
            raise InputError("fichier_corrompu", format=fmt.upper(),
                             detail="archive ZIP illisible") from err
        if len(infos) > limits.max_zip_members:
            raise InputError("fichier_corrompu", format=fmt.upper(),
                             detail=f"archive anormale ({len(infos)} fichiers internes, "
                                    f"limite {limits.max_zip_members})")
        total = sum(i.file_size for i in infos)
        if total > limits.max_inflated_bytes:
            raise InputError("archive_bombe", size=total, limit=limits.max_inflated_bytes)
        for info in infos:
            if info.file_size > (1 << 20) and info.file_size > limits.max_compression_ratio * max(info.compress_size, 1):
                # Limit for this member: what its compressed size may honestly inflate to.
                raise InputError("archive_bombe", size=info.file_size,
                                 limit=int(limits.max_compression_ratio * info.compress_size))
        self.names = {i.filename for i in infos}

    def close(self) -> None:
        self.zf.close()

    def __enter__(self) -> "SafeZip":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, name: str) -> bytes:
        """The member's bytes, stopping as soon as the running inflated total passes the limit."""
        parts: list[bytes] = []
        try:
            with self.zf.open(name) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    self._inflated += len(chunk)
                    if self._inflated > self.limits.max_inflated_bytes:
                        raise InputError("archive_bombe", size=self._inflated,
                                         limit=self.limits.max_inflated_bytes)
                    parts.append(chunk)
        except InputError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError, NotImplementedError) as err:
            raise InputError("fichier_corrompu", format=self.fmt.upper(),
                             detail=f"partie « {name} » illisible") from err
        return b"".join(parts)

    def check_all_xml(self) -> None:
        """Refuse the archive if any XML part declares a DOCTYPE or an entity, read or not."""
        xml_names = [n for n in sorted(self.names) if n.lower().endswith((".xml", ".rels"))]
        if len(xml_names) > self.limits.max_xml_parts:
            raise InputError("fichier_corrompu", format=self.fmt.upper(),
                             detail="trop de parties XML internes")
        for name in xml_names:
            check_xml_bytes(self.read(name))
        self._inflated = 0  # parts are read again when parsed

    def xml(self, name: str) -> etree._Element:
        """Parse one XML part after refusing DOCTYPE/ENTITY declarations (lxml, no DTD, no network)."""
        data = self.read(name)
        check_xml_bytes(data)
        return parse_xml(data, self.fmt, name)


def check_xml_bytes(data: bytes) -> None:
    """Refuse DOCTYPE / ENTITY declarations, in UTF-8 or UTF-16 encoded XML."""
    probe = data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        enc = "utf-16-be" if data[:2] == b"\xfe\xff" or data[:1] == b"\x00" else "utf-16-le"
        probe = data.decode(enc, errors="ignore").encode("utf-8")
    if _DANGEROUS.search(probe):
        raise InputError("xml_dangereux")


_PARSER_OPTS = dict(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                    huge_tree=False, remove_comments=True, remove_pis=True)


def parse_xml(data: bytes, fmt: str, name: str) -> etree._Element:
    try:
        return etree.fromstring(data, etree.XMLParser(**_PARSER_OPTS))
    except etree.XMLSyntaxError as err:
        raise InputError("fichier_corrompu", format=fmt.upper(),
                         detail=f"XML invalide dans « {name} »") from err
