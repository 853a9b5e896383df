"""Calendar spans measured in months (the duration of a convention written as dates)."""

import pytest

from iscg_nlp.datespan import find_spans
from iscg_nlp.textutil import fold


@pytest.mark.parametrize("text, months", [
    ("La présente convention s'applique du 1er avril 2010 au 31 mars 2011.", 12),
    ("Elle est conclue pour la période du 1er janvier au 31 décembre 2O11.", 12),
    ("Elle prend effet au 1er janvier 2022. Elle s'applique jusqu'au 31 décembre 2025.", 48),
    ("Elle vaut pour les exercices 2017 et 2018.", 24),
    ("Elle couvre les exercices budgétaires 2021, 2022 et 2023.", 36),
    ("Convention pour la période 2024-2026", 36),
    ("Elle court du 01/09/2015 au 31/08/2016.", 12),
    ("Elle prend effet le 1er janvier 2019 et prend fin le 31 décembre 2019.", 12),
    ("Elle prend effet le 1er mars 2019 et s'achève le 28 février 2022.", 36),
    ("Elle court de septembre 2017 à août 2018.", 12),
    # dates side by side, with a dash or « au » and no « du »
    ("Elle couvre la période 01/01/2021 – 31/12/2021.", 12),
    ("Période de validité : 01/01/2021-31/12/2021", 12),
    ("Période : 1er janvier 2021 - 31 décembre 2022.", 24),
    ("Durée : 1er janvier 2021 au 31 décembre 2023.", 36),
    ("Elle s'applique du 01.01.2021 — 31.12.2021.", 12),
    ("Elle s'applique entre le 1er mars 2020 et le 28 février 2021.", 12),
    # whole months, with or without « de »
    ("Elle court de janvier 2021 à décembre 2023.", 36),
    ("Période couverte : janvier 2021 - décembre 2022.", 24),
    # years
    ("Elle vaut pour les années 2021 à 2023.", 36),
    ("Elle couvre les exercices 2021 à 2023.", 36),
    ("Elle est conclue pour la période 2021 – 2023.", 36),
    ("Elle couvre les exercices 2021-2022-2023.", 36),
    ("Elle couvre les années 2021, 2022, 2023.", 36),
    ("CONVENTION ISCG\n2016 – 2017 – 2018\nLa présente convention", 36),  # a chain, not 2016-2017
    # an end written as a verb (« s'achève », « prend fin », « expire », « court jusqu'au ») with a start
    # (« prend effet le », « à compter du », « à partir du »), in the same or the next sentence
    ("La convention prend effet le 1er janvier 2022. Elle s'achève le 31 décembre 2024.", 36),
    ("Elle prend effet à compter du 1er janvier 2023 et prend fin le 31 décembre 2025.", 36),
    ("Elle prend effet le 1er janvier 2023 ; elle expire le 31 décembre 2025.", 36),
    ("À partir du 1er septembre 2021, la convention court jusqu'au 31 août 2024.", 36),
    ("Elle prend effet le 01/01/2023 et s'applique jusqu'au 31/12/2025 inclus.", 36),
    ("Elle prend effet à compter de sa signature, le 1er janvier 2023. Elle court jusqu'au 31/12/2025 inclus.",
     36),
    ("La convention prend effet dès sa signature, soit le 1er mars 2021, et expire le 28 février 2022.", 12),
    # the end of another instrument, dated after « soit »
    ("Elle prend effet au 1er juillet 2022 et vaut jusqu'au terme du contrat local de sécurité, soit le "
     "30 juin 2025.", 36),
    ("Elle s'applique à compter du 1er janvier 2023 jusqu'à l'échéance du contrat de ville, soit au 31 décembre "
     "2023.", 12),
])
def test_span_months(text, months):
    assert [s.months for s in find_spans(fold(text))] == [months]


@pytest.mark.parametrize("text", [
    "La présente convention prend effet le 1er septembre 2019.",
    "Les exercices 2017 et 2020 ont été évalués.",  # not consecutive: not a span
    "Le professionnel a trois ans d'expérience.",
    "La convention prend effet le 1er janvier 2020. Le rapport d'activité est remis au 31 mars 2021.",
    # numbers that are not periods
    "Vu la loi n° 2007-297 du 5 mars 2007 relative à la prévention de la délinquance ;",
    "Vu la loi n° 2007-2010 relative au logement ;",
    "Vu le décret n° 2020-1234 du 12 octobre 2020 ;",
    "Vu l'arrêté préfectoral n° 2021-2022 ;",
    "Tél. : 01 23 45 67 89 ou 01.23.45.67.89",
    "Voir le rapport, pages 12-15 et p. 2010-2012.",
    "Les articles 1 - 3 s'appliquent.",
    "Vu les articles 2010 à 2012 du code civil ;",
    "Les années 2016 – 2018 – 2019 ont été évaluées.",  # a chain with a hole
    # the date of a law, a circular or a meeting is no start of the convention's period
    "Vu la loi n° 2007-297 du 5 mars 2007 relative à la prévention de la délinquance, la convention court "
    "jusqu'au 31 décembre 2025.",
    "Vu la circulaire du 1er août 2006, la convention expire le 31 décembre 2008.",
    "Vu le décret n° 2020-1234 du 12 octobre 2020, elle prend fin le 31 décembre 2023.",
    "Vu l'avis de la réunion du CLSPD du 12 mars 2021, la convention prend fin le 31 décembre 2023.",
    "Le CLSPD réuni le 12 mars 2021 a validé le projet ; la convention expire le 31 décembre 2023.",
    "La convention prend effet le 1er janvier 2022. Le CLSPD se réunira le 31 mars 2023.",
    "Vu la délibération du conseil municipal du 3 février 2021, elle s'achève le 31 décembre 2023.",
    # a date after « soit » that is no end of the period
    "Elle prend effet le 1er janvier 2023 ; au terme de la première année, soit un bilan, le comité se réunit.",
])
def test_no_span(text):
    assert find_spans(fold(text)) == []


_SPAN_RULES = """indicator: duree
label: Durée
decide:
  - value: annuelle
    when: {any: [annuelle]}
  - value: autre
    when: {any: [autre_duree]}
  - value: non_precisee
    absence: Rien.
rules:
  - id: duree.un_an
    vote: annuelle
    span: {min_months: 11, max_months: 13}
    context:
      require_any: [convention, elle]
      forbid_any: [subvention]
    explanation: Un an.
  - id: duree.deux_ans
    vote: autre_duree
    span: {min_months: 14, max_months: 34}
    explanation: Deux ans.
"""


@pytest.fixture(scope="module")
def span_rules(tmp_path_factory):
    from iscg_nlp.ruleset import load_ruleset
    d = tmp_path_factory.mktemp("spans")
    (d / "duree.yaml").write_text(_SPAN_RULES, encoding="utf-8")
    return load_ruleset(d)


def _fired(text, rules):
    from iscg_nlp.match import match_text
    return sorted({f.rule_id for f in match_text(text, rules) if f.status == "fired"})


@pytest.mark.parametrize("text, fired", [
    ("La présente convention s'applique du 1er avril 2010 au 31 mars 2011.", ["duree.un_an"]),
    ("Elle vaut pour les exercices 2017 et 2018.", ["duree.deux_ans"]),
    ("La subvention couvre la période du 1er janvier au 31 décembre 2012 pour la convention.", []),  # forbid_any
    ("Le bilan porte sur la période du 1er janvier au 31 décembre 2012.", []),                      # require_any
    ("La convention ne s'applique pas du 1er avril 2010 au 31 mars 2011.", []),                      # negation
    ("La convention couvre la période 01/01/2021 – 31/12/2021.", ["duree.un_an"]),
    ("La convention est conclue pour la période 2021-2022.", ["duree.deux_ans"]),
    ("Vu la loi n° 2007-2010 ; la convention est signée.", []),
])
def test_span_rules_fire_on_the_length_in_months(span_rules, text, fired):
    assert _fired(text, span_rules) == fired


@pytest.mark.parametrize("span, message", [
    ("{min_months: 13, max_months: 11}", "min_months"),
    ("{min_months: 0, max_months: 11}", "min_months"),
    ("{min_months: 11}", "max_months"),
])
def test_bad_spans_are_refused_at_load(tmp_path, span, message):
    from iscg_nlp.errors import RuleFileError
    from iscg_nlp.ruleset import load_ruleset
    (tmp_path / "duree.yaml").write_text(
        "indicator: duree\nlabel: D\ndecide:\n  - value: annuelle\n    when: {any: [annuelle]}\n"
        "  - value: non_precisee\nrules:\n  - id: duree.x\n    vote: annuelle\n"
        f"    span: {span}\n    explanation: X.\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as err:
        load_ruleset(tmp_path)
    assert message in str(err.value) and "duree.x" in str(err.value)


@pytest.mark.parametrize("text, months", [
    ("La convention prend effet le 1er octobre 2012 pour se terminer le 30 septembre 2013.", [12]),
    ("Elle prend effet le 1er janvier 2021 et doit prendre fin le 31 décembre 2023.", [36]),
    ("Elle entre en vigueur le 1er mars 2020 pour s'achever le 28 février 2021.", [12]),
    ("La convention court à compter du 1er juillet 2019, pour expirer le 30 juin 2020.", [12]),
    # an end alone, after a law's date, is no span
    ("Vu la loi du 5 mars 2007 ; la convention doit se terminer le 31 décembre 2025.", []),
])
def test_an_end_verb_in_the_infinitive(text, months):
    from iscg_nlp.datespan import find_spans
    from iscg_nlp.textutil import fold
    assert [sp.months for sp in find_spans(fold(text))] == months
