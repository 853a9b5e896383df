"""Reported and past text: a quotation of another text and a clause about the previous convention are
not engagements of the parties (``report`` in qualifiers.yaml); a quotation the parties adopt is.

The match is the text between « {{ » and « }} »; the expected value is the kind of region it lies in
(« reported », « past ») or None.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from iscg_nlp.errors import RuleFileError
from iscg_nlp.qualifiers import TextQualifiers, load_qualifier_config
from iscg_nlp.ruleset import load_ruleset

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rules"))
from rule_wording import RULES, code  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CONFIG = load_qualifier_config(ROOT / "rules" / "qualifiers.yaml")


def report_kind(sentence: str) -> str | None:
    start = sentence.index("{{")
    end = sentence.index("}}") - 2
    text = sentence.replace("{{", "").replace("}}", "")
    tq = TextQualifiers(text, CONFIG)
    q = tq.report_for(start, end)
    return tq.report_reason(q) if q is not None else None


@pytest.mark.parametrize("sentence, expected", [
    # a quotation introduced by its source: reported, inside the quotes and on to the end of the clause
    ("Considérant que, selon le cadre de référence national de 2006, l'intervenant social accueille "
     "« toute personne en détresse sociale », qu'elle soit victime, {{mise en cause}} ou non ;", "reported"),
    ("Les parties rappellent que le cadre de référence définit ainsi le public : « les victimes, "
     "{{les personnes mises en cause}} et les personnes hors du champ pénal ».", "reported"),
    ("Pour mémoire, rédaction initiale abrogée : « L'intervenant social reçoit {{toute personne}} en "
     "difficulté. »", "reported"),
    ("Pour mémoire, rédaction initiale : « La présente convention est conclue pour {{une durée d'un an}}. »",
     "reported"),
    ("Aux termes de la circulaire du 1er août 2006, “l'intervenant reçoit {{les auteurs}} comme les victimes”.",
     "reported"),
    ("L'étude de 2021 relève que \"{{le secret partagé}} n'existe pas en droit\".", "reported"),
    ("L'article 3 était ainsi rédigé : « L'intervenant reçoit {{les victimes}} uniquement. »", "reported"),
    ("Le modèle national énonce : « l'intervenant social exerce {{au sein de l'unité}} ».", "reported"),
    # a quotation the parties make their own: the new wording
    ("L'article 3 est remplacé par les dispositions suivantes : « L'intervenant reçoit {{toute personne}}. »",
     None),
    ("L'article 3 est ainsi rédigé : « L'intervenant reçoit {{toute personne}} en difficulté. »", None),
    ("Les parties conviennent que : « L'intervenant reçoit {{les auteurs}} comme les victimes. »", None),
    ("La présente convention prévoit que « l'intervenant exerce {{au sein de l'unité}} ».", None),
    # the old wording, then the new one, in one sentence: only the old one is reported
    ("L'article 3, dont la rédaction initiale était « L'intervenant reçoit {{les victimes}} », est remplacé "
     "par les dispositions suivantes : « L'intervenant reçoit toute personne ».", "reported"),
    ("L'article 3, dont la rédaction initiale était « L'intervenant reçoit les victimes », est remplacé "
     "par les dispositions suivantes : « L'intervenant reçoit {{toute personne}} ».", None),
    # no quotation: a source word alone reports nothing
    ("Selon les modalités définies à l'article 4, l'intervenant reçoit {{toute personne}}.", None),
    ("L'intervenant reçoit « {{toute personne}} en difficulté sociale ».", None),
    # after the quoted clause, the engagement resumes
    ("Selon le cadre de référence, « l'intervenant reçoit toute personne » ; l'intervenant reçoit donc "
     "{{les victimes}}.", None),
    # past: a clause about the previous text or period
    ("Sous l'empire de la convention de 2016, l'intervenant social assurait deux permanences et recevait "
     "{{dans les locaux du CCAS}}.", "past"),
    ("La précédente titulaire du poste, {{conseillère en économie sociale et familiale}}, a quitté ses "
     "fonctions.", "past"),
    ("{{Le comité de pilotage}} institué par la convention de 2021 n'est pas maintenu.", "past"),
    ("Lors de la période précédente, {{un bureau}} était mis à disposition à la brigade.", "past"),
    ("Jusqu'alors, {{une permanence}} était tenue en mairie.", "past"),
    # the present after a past clause, or a clause that says what holds now
    ("Sous l'empire de la convention de 2016, l'intervenant assurait deux permanences ; il exerce "
     "{{au sein de la brigade}}.", None),
    ("Sous l'empire de la convention de 2016, l'intervenant assurait deux permanences, mais il exerce "
     "désormais {{au sein de la brigade}}.", None),
    ("{{Le comité de pilotage}} institué par la convention de 2021 est maintenu.", None),
    ("Jusqu'alors limité aux victimes, {{le public}} est désormais ouvert à toute personne.", None),
    ("Les modalités précédemment définies à l'article 2 s'appliquent à {{la permanence}}.", None),
    # the previous text as the subject of a verb in the imperfect: what held before
    ("La convention précédente le plaçait sous {{l'autorité hiérarchique du commandant}} ; l'autorité "
     "fonctionnelle revient désormais au commandant.", "past"),
    ("L'ancienne convention prévoyait {{une permanence}} en mairie.", "past"),
    ("La convention de 2014 confiait {{l'autorité hiérarchique}} au commissaire.", "past"),
    ("La précédente convention limitait l'accueil {{aux victimes}}.", "past"),
    ("L'avenant précédent fixait {{le coût du poste}} à 40 000 euros.", "past"),
    # … but not the present, nor the previous text named beside an engagement
    ("Comme la convention précédente, l'intervenant est placé sous {{l'autorité hiérarchique}} de "
     "l'association.", None),
    ("La convention précédente prévoyait une permanence ; {{l'intervenant exerce}} au commissariat.", None),
    ("La présente convention remplace la convention de 2016 ; {{l'intervenant reçoit}} toute personne.", None),
    ("La convention initiale fait l'objet d'un avenant : {{le public}} est ouvert à tous.", None),
    # the imperfect alone is not the past of another text
    ("L'intervenant recevait {{les victimes}} au commissariat.", None),
    ("En application de la présente convention, {{l'intervenant}} reçoit toute personne.", None),
])
def test_report_region(sentence, expected):
    assert report_kind(sentence) == expected


def test_match_on_the_cue_itself_is_not_reported():
    text = "Sous l'empire de la convention initiale, l'intervenant exerçait à la brigade."
    tq = TextQualifiers(text, CONFIG)
    # a rule that reads « sous l'empire de la convention initiale » itself
    assert tq.report_for(0, len("Sous l'empire de la convention initiale")) is None
    s = text.index("à la brigade")
    assert tq.report_for(s, s + len("à la brigade")) is not None


# ---- through the real rules and decision tables

def test_reported_public_is_not_the_convention_s_public():
    quoted = ("Considérant que, selon le cadre de référence national, l'intervenant social accueille « toute "
              "personne en détresse sociale », qu'elle soit victime, mise en cause ou sans lien avec une "
              "infraction ;\nL'intervenant social reçoit les victimes de violences conjugales.")
    adopted = ("L'article 3 est remplacé par les dispositions suivantes : « L'intervenant social reçoit toute "
               "personne en difficulté sociale, qu'elle soit victime, mise en cause ou sans lien avec une "
               "infraction. »")
    assert code("public", quoted) != "tous_publics"
    assert code("public", adopted) == "tous_publics"


def test_former_holder_qualification_is_not_required():
    past = ("La précédente titulaire du poste, conseillère en économie sociale et familiale, a quitté ses "
            "fonctions le 30 septembre 2010.")
    now = "Le poste est confié à une conseillère en économie sociale et familiale diplômée d'État."
    assert code("qualification", past) != code("qualification", now)


def test_discontinued_committee():
    assert code("comite_pilotage", "Le comité de pilotage institué par la convention de 2021 n'est pas "
                                   "maintenu.") == "non_prevu"
    assert code("comite_pilotage", "Le comité de pilotage institué par la convention de 2021 est "
                                   "maintenu.") == "prevu"


def test_blocked_finding_gives_the_french_reason():
    from iscg_nlp.match import match_text
    found = match_text("Pour mémoire, rédaction initiale : « L'intervenant reçoit toute personne en difficulté "
                       "sociale, victime ou mise en cause. »", RULES)
    public = [f for f in found if f.indicator == "public"]
    assert public and all(f.status == "blocked" for f in public)
    assert any("passage rapporté (cité d'un autre texte)" in f.reason for f in public)


def test_policy_is_validated_at_load(tmp_path):
    src = ROOT / "rules"
    for p in src.glob("*.yaml"):
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "comite_pilotage.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["rules"][0].setdefault("qualifiers", {})["report"] = "maybe"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RuleFileError):
        load_ruleset(tmp_path)


# ---- reported speech without quotation marks (``report.indirect``)

@pytest.mark.parametrize("sentence, expected", [
    # a text of reference says, « que » follows: what it says is reported, up to the end of the sentence
    ("Considérant que ce même cadre prévoit que l'intervenant, {{travailleur social}} diplômé, exerce dans "
     "l'unité ;", "reported"),
    ("Le cadre de référence national de 2006 précise que l'intervenant exerce {{au sein de l'unité}}.",
     "reported"),
    ("Considérant que la circulaire du 1er août 2006 rappelle que l'intervenant reçoit {{toute personne}} "
     "en détresse sociale ;", "reported"),
    ("La convention-type recommande que le comité de pilotage se réunisse {{une fois par an}}.", "reported"),
    ("L'étude nationale de 2021 énonce que {{le secret partagé}} n'existe pas en droit.", "reported"),
    ("Ledit cadre définit que l'intervenant relève de {{l'autorité hiérarchique de son employeur}}.",
     "reported"),
    ("La loi prévoit également que l'intervenant est tenu {{au secret professionnel}}.", "reported"),
    ("Considérant que l'article 226-13 du code pénal dispose que {{la révélation d'une information}} "
     "secrète est punie ;", "reported"),
    ("Le modèle national dispose que l'intervenant est {{un travailleur social}} : assistant de service "
     "social ou éducateur spécialisé.", "reported"),
    # the end of the sentence, a « ; » or « mais » ends the report: the parties speak again
    ("Le cadre de référence précise que l'intervenant est un travailleur social ; l'association recrute "
     "{{un travailleur social}}.", None),
    ("Le cadre de référence précise que l'intervenant est un travailleur social. L'association recrute "
     "{{un travailleur social}}.", None),
    ("Le cadre de référence prévoit que l'intervenant exerce à la brigade, mais il exerce ici "
     "{{au sein de la mairie}}.", None),
    ("Le cadre de référence prévoit que l'intervenant est un travailleur social, les parties conviennent "
     "que {{l'intervenant}} est un psychologue.", None),
    # the parties' own text, or the text of reference is not the subject: an engagement
    ("La présente convention prévoit que l'intervenant est {{un travailleur social}}.", None),
    ("Les parties conviennent que l'intervenant est {{un travailleur social}}.", None),
    ("Conformément au cadre de référence, l'intervenant est {{un travailleur social}} diplômé.", None),
    ("Selon le cadre de référence, l'intervenant exerce {{au sein de l'unité}}.", None),
    ("Le cadre de référence annexé à la présente convention précise que l'intervenant exerce "
     "{{au sein de l'unité}}.", None),
    ("Le cadre d'intervention défini à l'article 2 prévoit que l'intervenant exerce {{au sein de l'unité}}.",
     None),
    ("L'association, conformément à la circulaire, précise que l'intervenant exerce {{au sein de l'unité}}.",
     None),
    ("L'association régie par la loi de 1901 précise que l'intervenant exerce {{au sein de l'unité}}.", None),
    # one apposition between the text of reference and its verb does not change the subject
    ("Le cadre de référence national des intervenants sociaux en commissariat et en gendarmerie, adopté en "
     "2006, prévoit que ces professionnels accueillent {{toute personne}}.", "reported"),
    ("La circulaire interministérielle (août 2006) rappelle que l'intervenant reçoit {{les auteurs}}.", "reported"),
    ("Le cadre de référence, annexé à la présente convention, prévoit que l'intervenant reçoit {{les auteurs}}.",
     None),
    ("Conformément au cadre de référence, adopté en 2006, l'intervenant reçoit {{les auteurs}}.", None),
    # a restriction (« ne prévoit que ») or a denial is no report of a clause
    ("La circulaire ne prévoit que {{des permanences}} hebdomadaires.", None),
    ("Le cadre de référence ne prévoit pas que l'intervenant reçoive {{les auteurs}}.", None),
    # the text of reference itself is no part of what it reports
    ("Le {{cadre de référence}} national rappelle que l'intervenant est un travailleur social.", None),
])
def test_indirect_report_region(sentence, expected):
    assert report_kind(sentence) == expected


def test_indirect_report_through_the_rules():
    reported = ("Considérant que ce même cadre national prévoit que l'intervenant social, travailleur social de "
                "formation, se réfère au cadre déontologique du travail social ;")
    adopted = ("Les parties conviennent que l'intervenant social, travailleur social de formation, se réfère "
               "au cadre déontologique du travail social.")
    for indicator in ("qualification", "deontologie"):
        assert code(indicator, reported, zone="preambule") != code(indicator, adopted, zone="preambule")
        assert code(indicator, adopted) != code(indicator, reported)


def test_indirect_report_needs_its_lists(tmp_path):
    raw = yaml.safe_load((ROOT / "rules" / "qualifiers.yaml").read_text(encoding="utf-8"))
    del raw["report"]["indirect"]["verbs"]
    path = tmp_path / "qualifiers.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match="report.indirect"):
        load_qualifier_config(path)
