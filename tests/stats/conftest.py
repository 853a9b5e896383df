"""Shared fixtures: hand-made JSON lines (known answers) and the samples' gold codings as tool lines."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpus_samples"

BASE = {
    "lieu_exercice": "oui", "locaux_moyens": "inscrits", "public": "tous_publics", "situations": "toutes_situations",
    "autorites": "conforme", "deontologie": "securisee", "qualification": "precisee_conforme",
    "comite_pilotage": "prevu", "duree": "triennale", "annee_signature": 2020, "proximite_modele": "proche",
    "procureur_signataire": "non", "financement": "stable", "cout_poste": {"montant": None, "etp": None},
}


def make_line(file: str, *, employeur="association", poste="police", avis=("conforme", []), financeurs=(),
              evidence=None, score=None, **values) -> dict:
    """One JSON line of the CODEBOOK contract with the given values (others: a conforming convention)."""
    vals = dict(BASE, **values)
    inds = {}
    for k, v in vals.items():
        ind = {"value": v, "confidence": 0.9, "evidence": list((evidence or {}).get(k, []))}
        inds[k] = ind
    inds["financement"]["financeurs"] = list(financeurs)
    if score is not None:
        inds["proximite_modele"]["score"] = score
    return {"file": f"/data/{file}", "sha256": file.ljust(64, "0"), "indicators": inds,
            "type_employeur": employeur, "type_poste": poste,
            "avis": {"value": avis[0], "criteres_non_respectes": list(avis[1])}}


@pytest.fixture
def hand_lines() -> list[dict]:
    """Eight conventions whose every count below is checked by hand in the tests."""
    vict = {"public": [{"text": "L'intervenant social reçoit toute victime en détresse sociale.", "start": 0, "end": 10,
                        "page": 1, "article": "Article 2", "rule": "public.victimes"}]}
    return [
        make_line("c1.pdf", annee_signature=2017, public="victimes_seulement", evidence=vict,
                  avis=("conforme_avec_reserve", ["public"]), employeur="conseil_departemental",
                  proximite_modele="eloignee", duree="annuelle"),
        make_line("c2.pdf", annee_signature=2018, employeur="conseil_departemental", proximite_modele="eloignee",
                  duree="annuelle", procureur_signataire="oui"),
        make_line("c3.pdf", annee_signature=2019, public="victimes_seulement", evidence=vict,
                  autorites="confuse", avis=("reserve", ["public", "autorites"]), poste="gendarmerie",
                  procureur_signataire="oui"),
        make_line("c4.pdf", annee_signature=2020, cout_poste={"montant": 52000, "etp": 1.0},
                  financeurs=[{"type": "etat", "montant": 20000, "part": None},
                              {"type": "commune", "montant": 25000, "part": None}], score=0.81),
        make_line("c5.pdf", annee_signature=2020, cout_poste={"montant": 40000, "etp": 1.0},
                  financeurs=[{"type": "etat", "montant": 40000, "part": 100}], employeur="ville_interco",
                  poste="mixte", financement="degressif", score=0.77),
        make_line("c6.pdf", annee_signature=2021, cout_poste={"montant": 27750, "etp": 0.5},
                  financeurs=[{"type": "conseil_departemental", "montant": 27750, "part": 100}],
                  deontologie="contre_sens", avis=("conforme_avec_reserve", ["deontologie"])),
        make_line("c7.pdf", annee_signature=2021, proximite_modele="eloignee", poste="gendarmerie"),
        make_line("c8.pdf", annee_signature=None, public="ambiguite", avis=("conforme_avec_reserve", ["public"]),
                  poste="gendarmerie"),
    ]


def gold_as_lines() -> list[dict]:
    """The samples' gold codings written as the tool's JSON lines (no evidence), file paths real.

    Read once per session (others add samples while tests run), copied for each caller.
    """
    return copy.deepcopy(_gold_lines())


@functools.lru_cache(maxsize=1)
def _gold_lines() -> list[dict]:
    out = []
    for raw in (SAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(raw)
        if "indicators" not in g or not (SAMPLES / g["file"]).is_file():
            continue
        inds = {k: {"value": copy.deepcopy(v), "confidence": 1.0, "evidence": []} for k, v in g["indicators"].items()}
        inds["financement"]["financeurs"] = g.get("financeurs", [])
        out.append({"file": str(SAMPLES / g["file"]), "sha256": g["file"].ljust(64, "0"), "indicators": inds,
                    "type_employeur": g["type_employeur"], "type_poste": g["type_poste"], "avis": g["avis"],
                    "departement_gold": g.get("departement")})
    return out


@pytest.fixture(scope="session")
def sample_texts() -> dict[str, str]:
    from iscg_nlp.extract import read_document

    return {line["file"]: read_document(line["file"]).text for line in gold_as_lines()}
