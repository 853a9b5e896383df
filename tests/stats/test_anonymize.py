"""Public version: no person, place or body name of the samples survives, in texts or in the report."""

from __future__ import annotations

import re

import pytest

from iscg_nlp.anonymize import Anonymizer, departement_labels, file_labels
from iscg_nlp.stats.departements import load_departements
from iscg_nlp.stats.records import records_from_lines
from iscg_nlp.stats.render import render_html
from iscg_nlp.stats.report import build_report
from iscg_nlp.textutil import fold

from .conftest import gold_as_lines

# Read by hand in corpus_samples/sources/*.md: signatories, communes, associations.
PERSONS = ["Claudine Delattre", "Martine Giraud", "Odile Berthet", "Alain Roustan", "Bertrand Lhoumeau",
           "Francis Amalric", "Gilbert Descamps", "Patrice Mougenot", "Jean-Yves Couprie", "Yannick Le Garrec",
           "Hélène Castagnier", "Sylvie Chambon", "Olivier Marcellin", "Nadège Perrin"]
PLACES = ["Lavaur-sur-Agout", "Agout-Montagne", "Saint-Claude-en-Bienne", "Saint-Flour-Margeride",
          "Provence Verte", "Brignoles-en-Provence", "Pertuis-sur-Durance", "Voiron-Chartreuse", "Laval", "Albi",
          "Lons-le-Saunier", "Mont-de-Marsan"]
BODIES = ["Tarn Prévention Solidarités", "AMEAS", "Entraide Marne", "Horizons Solidaires", "Drôme Écoute Couples",
          "Relais Social Voironnais", "Escale Armor", "Trait d'Union", "Femmes Solidaires"]


def _departement_names() -> list[str]:
    gold = {line["departement_gold"] for line in gold_as_lines() if line.get("departement_gold")}
    return sorted(gold)


def _survivors(text: str, names: list[str]) -> list[str]:
    folded = fold(text)
    out = []
    for name in names:
        rx = r"(?<![\w-])" + r"[\s\-']+".join(re.escape(w) for w in re.split(r"[\s\-']+", fold(name))) + r"(?!\w)"
        for m in re.finditer(rx, folded):
            if text[m.start()].isupper():  # « la somme de » is not the Somme
                out.append(name)
    return out


@pytest.fixture(scope="module")
def anonymizer(sample_texts) -> Anonymizer:
    return Anonymizer().learn_all(sample_texts.values())


def test_every_sample_name_is_in_some_text(sample_texts):
    """The lists above are real: each name occurs in the samples (so the next tests can fail)."""
    everything = "\n".join(sample_texts.values())
    missing = [n for n in PERSONS + PLACES + BODIES if not _survivors(everything, [n])]
    assert missing == []


def test_masked_texts_keep_no_name(sample_texts, anonymizer):
    names = PERSONS + PLACES + BODIES + _departement_names()
    files = sorted(sample_texts)[::3]  # a third of the samples, whole texts, every format
    for f in files:
        masked = anonymizer.mask(sample_texts[f])
        assert _survivors(masked, names) == [], f
        assert "[personne]" in masked or "[nom]" in masked or "[lieu]" in masked


def test_generic_institutions_stay_readable(anonymizer):
    text = ("Le Préfet de la Mayenne, le Président du Conseil départemental et le commandant du groupement "
            "de gendarmerie désignent l'intervenant social. Monsieur Bertrand Lhoumeau signe à Laval.")
    masked = anonymizer.mask(text)
    assert "Le Préfet de la [lieu]" in masked
    assert "Président du Conseil départemental" in masked and "groupement de gendarmerie" in masked
    assert "Lhoumeau" not in masked and "Laval" not in masked and "Mayenne" not in masked


def test_anonymized_report_has_no_sample_name(sample_texts, anonymizer):
    lines = gold_as_lines()
    for line in lines:  # quote the opening of each convention (its parties: the most names) as evidence
        quote = sample_texts[line["file"]][:600]
        for crit in line["avis"]["criteres_non_respectes"]:
            line["indicators"][crit]["evidence"] = [{"text": quote, "start": 0, "end": 600, "page": 1,
                                                     "article": None, "rule": "test"}]
    records = records_from_lines(lines, sample_texts)
    report = build_report(records, anonymize=True, anonymizer=anonymizer, charts=False)
    html = render_html(report)
    names = PERSONS + PLACES + BODIES + _departement_names()
    assert _survivors(html, names) == []
    assert not re.search(r"[ab]\d\d-[a-z-]+-\d{4}", html)  # no file name
    assert "Convention n° 1" in html and "Département A" in html
    assert "[personne]" in html or "[nom]" in html
    assert "version publique" in html.lower()
    dep_names = {d.name for d in load_departements()}
    dep = next(t for t in report.all_tables() if t.key == "departements")
    assert dep.rows and not any(r[0] in dep_names for r in dep.rows)


def test_labels_are_numbered_in_order():
    assert file_labels(["b.pdf", "a.pdf", "b.pdf"]) == {"b.pdf": "Convention n° 1", "a.pdf": "Convention n° 2"}
    deps = departement_labels(["Tarn", "Aude"] + [f"D{i}" for i in range(30)])
    assert deps["Tarn"] == "Département A" and deps["Aude"] == "Département B" and deps["D25"] == "Département AB"


def test_a_compound_place_opened_by_a_departement_name_is_masked_whole():
    from iscg_nlp.stats.departements import place_spans

    for text, place in [("CONVENTION ISCG DU TERRITOIRE VIENNE-ROUSSILLON", "VIENNE-ROUSSILLON"),
                        ("le territoire Vienne-Roussillon", "Vienne-Roussillon"),
                        ("le Préfet de la Haute-Vienne", "Haute-Vienne")]:
        assert [text[a:b] for a, b in place_spans(text)] == [place]
