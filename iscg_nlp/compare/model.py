"""The model convention: the bundled one (``model_template/``) or any file, with its imperative points.

Points of another model come from a sidecar ``<model>.points.yaml`` when one exists, otherwise they
are located by similarity with the passages of the bundled model; ``points_source`` says which.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from iscg_nlp.compare.units import Unit, units_of
from iscg_nlp.errors import IscgError
from iscg_nlp.resources import model_template_dir
from iscg_nlp.textutil import fold, squash
from iscg_nlp.types import Document, Structure

TEMPLATE_DIR = model_template_dir()
BUNDLED_MODEL = TEMPLATE_DIR / "convention-type.txt"
BUNDLED_POINTS = TEMPLATE_DIR / "points-imperatifs.yaml"
SOURCE_SIDECAR = "fichier d'accompagnement"
SOURCE_SIMILARITY = "repérés par similarité"
# A sentence of another model stands for a bundled passage when fuzz.ratio reaches this.
LOCATE_FLOOR = 60.0


class ModelError(IscgError):
    """A model or its sidecar that cannot be used, said in French."""


@dataclass
class ImperativePoint:
    id: str
    label: str
    pourquoi: str
    passages: list[str]
    sentinelles: list[str]  # "a | b": either alternative keeps the meaning
    indicateur: str | None = None
    # values of that indicator under which the rules judge the meaning kept, whatever the wording
    valeurs_conformes: list[str] = field(default_factory=list)


@dataclass
class ModelConvention:
    name: str  # shown in reports
    path: str
    doc: Document
    structure: Structure
    points: list[ImperativePoint]
    points_source: str  # SOURCE_SIDECAR | SOURCE_SIMILARITY
    units: list[Unit] = field(default_factory=list)
    folded: str = ""  # fold(doc.text), computed once
    imperative_units: set[int] = field(default_factory=set)  # articles carrying a point's passage

    def __post_init__(self) -> None:
        if not self.units:
            self.units = units_of(self.doc, self.structure, placeholders=True)
        self.folded = fold(self.doc.text)
        keys = [squash(fold(s)) for p in self.points for s in p.passages]
        self.imperative_units = {u.index for u in self.units if any(k in u.norm for k in keys)}


def read_points(path: Path) -> list[ImperativePoint]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"Fichier de points impératifs illisible ({path}) : {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("points"), list):
        raise ModelError(f"Fichier de points impératifs sans liste « points » : {path}")
    out = []
    for k, p in enumerate(data["points"]):
        if not isinstance(p, dict) or not p.get("id") or not p.get("passages"):
            raise ModelError(f"{path} : le point n° {k + 1} doit avoir un « id » et des « passages ».")
        out.append(ImperativePoint(id=str(p["id"]), label=str(p.get("label", p["id"])),
                                   pourquoi=str(p.get("pourquoi", "")).strip(),
                                   passages=[str(s) for s in p["passages"]],
                                   sentinelles=[str(s) for s in p.get("sentinelles", [])],
                                   indicateur=p.get("indicateur"),
                                   valeurs_conformes=[str(v) for v in p.get("valeurs_conformes", [])]))
    return out


def check_passages(points: list[ImperativePoint], text: str, where: str) -> None:
    """Every passage of a sidecar must be in its model (folded, spaces squashed)."""
    hay = squash(fold(text))
    for p in points:
        for s in p.passages:
            if squash(fold(s)) not in hay:
                raise ModelError(f"{where} : le passage du point « {p.id} » est introuvable dans le "
                                 f"modèle : « {s[:80]}… »")


def locate_points(units: list[Unit], reference: list[ImperativePoint]) -> list[ImperativePoint]:
    """Points of another model found by similarity with the bundled model's passages."""
    sentences = [s for u in units for s in u.sentences]
    out = []
    for p in reference:
        found = []
        for passage in p.passages:
            norm = squash(fold(passage))
            best = max(sentences, key=lambda s: fuzz.ratio(norm, s.norm), default=None)
            if best is not None and fuzz.ratio(norm, best.norm) >= LOCATE_FLOOR and best.text not in found:
                found.append(best.text)
        if found:
            hay = squash(fold(" ".join(found)))
            sent = [s for s in p.sentinelles if any(fold(a.strip()) in hay for a in s.split("|"))]
            out.append(ImperativePoint(p.id, p.label, p.pourquoi, found, sent, p.indicateur))
    return out


def sidecar_for(path: Path) -> Path | None:
    for cand in (path.with_name(path.name + ".points.yaml"), path.with_suffix(".points.yaml")):
        if cand.is_file():
            return cand
    return None


def model_from(doc: Document, structure: Structure, points_path: Path | None = None,
               name: str | None = None) -> ModelConvention:
    """A model from records already read (used by ``load_model`` and by tests)."""
    units = units_of(doc, structure, placeholders=True)
    if points_path is not None:
        points = read_points(points_path)
        check_passages(points, doc.text, str(points_path))
        source = SOURCE_SIDECAR
    else:
        points = locate_points(units, read_points(BUNDLED_POINTS))
        source = SOURCE_SIMILARITY
    return ModelConvention(name or Path(doc.path).name, doc.path, doc, structure, points, source, units)


def load_model(path: str | Path | None = None) -> ModelConvention:
    """The bundled model (``path`` None) or any PDF/DOCX/ODT/TXT, read and segmented like a convention."""
    from iscg_nlp.extract import read_document  # earlier stages: imported when needed
    from iscg_nlp.segment import segment

    if path is None:
        doc = read_document(BUNDLED_MODEL)
        return model_from(doc, segment(doc), BUNDLED_POINTS, name="convention-type (modèle intégré)")
    p = Path(path)
    doc = read_document(p)
    return model_from(doc, segment(doc), sidecar_for(p))
