"""Plain-text reader: encoding from the BOM, else strict UTF-8, else Windows-1252."""

from __future__ import annotations

import re

from ..errors import InputError
from .builder import DocumentBuilder
from .detect import looks_like_text, utf16_guess
from .pagefurniture import cut_sentence, text_furniture
from .wrap import Line, join_wrapped_lines

_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Raises ``texte_binaire`` when the bytes are not text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc.replace("-sig", "")), enc
            except UnicodeDecodeError as err:
                raise InputError("fichier_corrompu", format="texte",
                                 detail=f"encodage {enc} invalide") from err
    guess = utf16_guess(data[:8192])
    if guess:
        return data.decode(guess, errors="replace"), guess
    if not looks_like_text(data[:8192]) or b"\x00" in data:
        raise InputError("texte_binaire")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


def read_txt(data: bytes, builder: DocumentBuilder) -> None:
    text, encoding = decode_text(data)
    builder.report.encoding = encoding
    builder.report.reader = "python (décodage texte)"
    if not text.strip():
        raise InputError("fichier_vide")
    lines: list[Line] = []
    pos = 0
    for m in re.finditer(r"\r\n|\r|\n", text + "\n"):
        lines.append((text[pos:m.start()], list(range(pos, m.start()))))
        pos = m.end()
    lines = _drop_furniture(lines, builder)
    # ``paragraph`` counts the paragraphs read (blank lines separate, wrapped lines are joined);
    # a run of tab-separated rows is a table, read cell by cell like the tables of the other formats.
    index = table = 0
    for prose, rows in _split_tables(lines):
        for joined, offsets in join_wrapped_lines(prose, builder, only_lowercase=True):
            lo, hi = offsets[0], offsets[-1] + 1
            builder.add(text[lo:hi], text=joined, offsets=[o - lo for o in offsets], paragraph=index)
            index += 1
        if rows:
            builder.note("tableau_tabulations", "Lignes séparées par des tabulations lues comme un tableau.",
                         example=rows[0][0].strip())
            for r, (row_text, offs) in enumerate(rows):
                first = True
                for c, (cell, cell_offs) in enumerate(_cells(row_text, offs)):
                    block = builder.add(cell, sep="\n" if first else " | ", kind="table_cell",
                                        table=table, row=r, cell=c, paragraph=index)
                    first = first and block is None
                index += 1
            table += 1


def _cells(text: str, offsets: list[int]) -> list[tuple[str, list[int]]]:
    """The non-blank cells of a tab-separated line, each with its offsets."""
    out = []
    pos = 0
    for part in text.split("\t"):
        stripped = part.strip()
        if stripped:
            start = pos + part.index(stripped)
            out.append((stripped, offsets[start:start + len(stripped)]))
        pos += len(part) + 1
    return out


def _split_tables(lines: list[Line]) -> list[tuple[list[Line], list[Line]]]:
    """Cut the lines into (prose, table rows) pairs, in order. Two or more consecutive lines of two or
    more tab-separated cells are a table: read as prose, their cells would run into one another and a
    figure would lose its column (« Poste de Nice\t1\t48 000 € »)."""
    def is_row(text: str) -> bool:
        return "\t" in text.strip() and len(_cells(text, list(range(len(text))))) >= 2

    out: list[tuple[list[Line], list[Line]]] = []
    prose: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and is_row(lines[j][0]):
            j += 1
        if j - i >= 2:
            out.append((prose, lines[i:j]))
            prose = []
            i = j
        else:
            prose.append(lines[i])
            i += 1
    out.append((prose, []))
    return out


def _drop_furniture(lines: list[Line], builder: DocumentBuilder) -> list[Line]:
    """Remove page numbers, running headers and stamps; where they cut a sentence (or a word
    hyphenated at the page end), drop the blank lines around them too so the halves join again."""
    drop = text_furniture([t for t, _ in lines])
    if not drop:
        return lines
    kept: list[Line] = []
    i = 0
    while i < len(lines):
        if i not in drop:
            kept.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and (j in drop or not lines[j][0].strip()):
            if j in drop:
                builder.remove_furniture(lines[j][0], "En-têtes, pieds de page, numéros de page et "
                                         "tampons répétés sur les pages retirés du texte.")
            j += 1
        before = next((t for t, _ in reversed(kept) if t.strip()), "")
        after = lines[j][0] if j < len(lines) else ""
        if cut_sentence(before, after):
            while kept and not kept[-1][0].strip():
                kept.pop()
            builder.note("phrase_coupee_page", "Phrase coupée par un changement de page (numéro, "
                         "en-tête, tampon) recollée.", example=f"{before.strip()[-30:]} / {after.strip()[:30]}")
        elif kept and kept[-1][0].strip():
            kept.append(("", []))  # the page break still ends the paragraph
        i = j
    return kept
