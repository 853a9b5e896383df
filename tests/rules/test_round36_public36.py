"""Round 36 held-out wordings for the public and the situations, through the real engine.

Families: the authors' care given to other bodies, then refused to the worker by a modal and a pronoun after
a semicolon (« … ; l'intervenante n'a pas à les recevoir »); a public defined by age with the singular
« toute personne âgée de moins de dix-huit ans » (minors only, whatever their penal place); victims « ainsi
que » people in social vulnerability with mis en cause only sent on by a pronoun (« les diriger vers »), the
CODEBOOK's ambiguity; the violence against women named first by an inverted verb (« Sont visées les violences
faites aux femmes »); the public labelled « Public accueilli : toute personne victime … de violences commises
par son conjoint » (conjugal violence only).
"""

from __future__ import annotations

import warnings

import pytest

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import code  # noqa: E402


PUBLIC_CASES = [
    # ---- authors refused by a modal + pronoun after a semicolon: victims only
    ("Le poste est consacré aux victimes de violences conjugales. L'accompagnement des auteurs relève du SPIP et "
     "de la justice ; l'intervenant social n'a pas à les recevoir.", "victimes_seulement"),
    ("L'intervenante reçoit les victimes. Le suivi des agresseurs incombe aux enquêteurs et au parquet ; elle "
     "n'a pas pour mission de les accompagner.", "victimes_seulement"),
    ("L'ISCG accueille les victimes d'infractions. La prise en charge des mis en cause appartient à la police ; "
     "l'ISCG n'est pas chargée de les recevoir.", "victimes_seulement"),
    ("L'intervenante ecoute les victimes. La prise en charge des auteurs releve de la gendarmerie : "
     "l'intervenante n'a pas a les recevoir.", "victimes_seulement"),
    ("Les victimes sont accueillies par l'intervenante. La prise en charge des auteurs présumés est assurée par "
     "le SPIP ; la travailleuse sociale ne doit pas les recevoir.", "victimes_seulement"),
    # not a refusal: the authors are received
    ("L'intervenante reçoit les victimes. La prise en charge des auteurs relève aussi de l'intervenante ; elle "
     "les reçoit au même titre que les victimes.", "tous_publics"),
    ("L'intervenant accueille les victimes et prend en charge les auteurs de violences.", "tous_publics"),
    # ---- public defined by age (singular): minors only
    ("Le poste s'adresse à toute personne âgée de moins de 18 ans connue des services de police, qu'elle soit "
     "victime, mise en cause ou témoin.", "mineurs_seulement"),
    ("L'intervention est destinée à tout jeune de moins de dix-huit ans repéré par les gendarmes, victime ou "
     "auteur présumé.", "mineurs_seulement"),
    ("Peut être reçue toute personne agee de moins de dix-huit ans dont la situation est signalée, quelle que "
     "soit sa place dans la procédure : victime, auteur, fugueur.", "mineurs_seulement"),
    ("Le dispositif est réservé à tout adolescent de moins de dix-huit ans, qu'il soit victime ou mis en cause.",
     "mineurs_seulement"),
    ("Le public est constitué de tout enfant âgé de 0 à 17 ans signalé par les policiers, auteur comme victime.",
     "mineurs_seulement"),
    ("Le poste s'adresse aux jeunes de moins de 21 ans connus du commissariat, victimes ou mis en cause.",
     "mineurs_seulement"),
    # adults named too: not minors only
    ("Le poste s'adresse aux majeurs comme à toute personne âgée de moins de 18 ans, victimes ou mis en cause.",
     "tous_publics"),
    ("L'intervenant reçoit toute personne en difficulté sociale, y compris les personnes de moins de "
     "dix-huit ans, victimes ou mises en cause.", "tous_publics"),
    # ---- victims « ainsi que » people in vulnerability, mis en cause only sent on: ambiguity
    ("Le poste est destiné aux victimes d'infractions ainsi qu'à toute personne en situation de fragilité sociale.",
     "ambiguite"),
    ("L'intervenant reçoit les victimes ainsi que les personnes en situation de précarité signalées par la police.",
     "ambiguite"),
    ("Le poste bénéficie aux victimes ainsi qu'aux familles en difficulté. Lorsque des mis en cause présentent des "
     "difficultés, l'intervenant peut les orienter vers le CCAS.", "ambiguite"),
    ("L'intervenante accompagne les victimes. Si des auteurs présumés sont en détresse, elle peut les diriger vers "
     "les structures compétentes.", "ambiguite"),
    ("Les victimes sont reçues. Quand un agresseur se présente, l'intervenante l'adresse vers le SPIP.", "ambiguite"),
    # mis en cause named as received: open
    ("L'intervenant reçoit les victimes ainsi que les personnes en détresse sociale et les mis en cause.",
     "tous_publics"),
    ("Le poste est destiné aux victimes ainsi qu'aux personnes vulnérables. Les mis en cause sont également reçus.",
     "tous_publics"),
    # sent TO the worker: they are her public
    ("Les victimes sont reçues. Lorsque des mis en cause sont en difficulté, les enquêteurs les orientent vers "
     "l'intervenant social, qui les reçoit.", "tous_publics"),
]


SITUATIONS_CASES = [
    # ---- inverted « Sont visées les violences faites aux femmes »
    ("Sont visées les violences faites aux femmes sous toutes leurs formes : violences dans le couple, viols, "
     "mariages forcés.", "violences_faites_aux_femmes"),
    ("Seront prises en compte par l'intervenante les violences commises à l'encontre des femmes, physiques ou "
     "sexuelles.", "violences_faites_aux_femmes"),
    ("Sont concernees les violences exercees contre les femmes, y compris le harcelement.", "violences_faites_aux_femmes"),
    ("Relèvent du poste les violences faites aux femmes, quelle qu'en soit la forme.", "violences_faites_aux_femmes"),
    ("Sont traitées : les violences envers les femmes, y compris après la séparation.", "violences_faites_aux_femmes"),
    ("Sont visées notamment les violences faites aux femmes, sans exclure toute autre difficulté sociale.",
     "toutes_situations"),
    ("Ne sont pas seules visées les violences faites aux femmes : toute situation sociale relève du poste.",
     "toutes_situations"),
    # ---- labelled public « toute personne victime … de violences commises par son conjoint »
    ("Public accueilli : toute personne victime, majeure ou mineure, de violences commises par son conjoint, "
     "y compris lorsque le couple est séparé.", "violences_conjugales"),
    ("Public visé : toute personne victime de violences conjugales, qu'elle ait porté plainte ou non.",
     "violences_conjugales"),
    ("Personnes accueillies : toute femme victime de violences au sein du couple.", "violences_conjugales"),
    ("Public concerne : toute personne victime, quel que soit son age, de violences exercees par son ex-conjoint.",
     "violences_conjugales"),
    ("Bénéficiaires : les personnes victimes, majeures, de violences commises par leur partenaire.",
     "violences_conjugales"),
    ("Public accueilli : toute personne victime de violences conjugales ainsi que toute personne en difficulté "
     "sociale.", "toutes_situations"),
    ("Public visé : toute personne victime, notamment de violences commises par son conjoint.", "toutes_situations"),
]


@pytest.mark.parametrize(("text", "expected"), PUBLIC_CASES)
def test_public_round36(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize(("text", "expected"), SITUATIONS_CASES)
def test_situations_round36(text: str, expected: str) -> None:
    assert code("situations", text) == expected
