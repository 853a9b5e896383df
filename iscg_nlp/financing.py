"""Financing and cost of the post: who pays what, whether the State's share decreases, what it costs.

Why code and not YAML rules: the two indicators ``financement`` and ``cout_poste`` rest on numbers
read across sentences and table rows (shares per year, sums, ETP), which token patterns cannot
compare. The rules below still have stable ids and French explanations (``RULES``) so that evidence
reads like the rest of the coding.

Sources read:
- prose sentences with a funding cue ("participe", "subvention", "prend en charge"…): each amount or
  percentage goes to the nearest financeur named before it in the sentence (after it when none
  before); amounts that follow a cost cue ("coût du poste", "budget") are costs, not subsidies;
- tables: DOCX table cells (``TextBlock.kind == "table_cell"`` with table/row/cell) or, in PDF text,
  lines made of a label and several numbers; a header row with years turns a row into a series.
"""

from __future__ import annotations

import dataclasses
import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from .aliases import ACRONYM_IN_BRACKETS
from .amendments import amendment_starts, substitutions
from .frdates import MONTHS
from .frnumbers import Amount, find_amounts, find_numbers
from .qualifiers import QualifierConfig, TextQualifiers, load_qualifier_config
from .resources import bundled_rules_dir, default_rules_dir
from .textutil import fold, squash
from .types import Document, Evidence, IndicatorCoding, Structure

# --------------------------------------------------------------------------- rules (ids + French)

RULES: dict[str, str] = {
    "financement.tableau_annuel": "Tableau de financement par année : parts ou montants de chaque financeur.",
    "financement.parts_annuelles": "Parts ou montants d'un financeur donnés année par année dans le texte.",
    "financement.mention_degressivite": "Le texte annonce une participation dégressive.",
    "financement.mention_stabilite": "Le texte annonce une participation stable ou non dégressive.",
    "financement.part_ou_montant": "Un financeur est nommé avec sa part ou son montant.",
    "financement.financeur_unique": "Un seul financeur prend en charge la totalité du poste.",
    "financement.financeur_sans_montant": "Un financeur est nommé sans part ni montant.",
    "financement.financeur_coche": "Un financeur est coché dans la liste des financeurs d'un formulaire, sans part ni montant.",
    "financement.parts_revisables": "Les parts ou montants sont fixés chaque année : la répartition n'est pas arrêtée.",
    "cout_poste.cout_total": "Coût (total, annuel, estimé) du poste écrit dans le texte.",
    "cout_poste.budget_previsionnel": "Budget prévisionnel du poste.",
    "cout_poste.subvention_totalite": "Une subvention couvre la totalité du coût du poste : elle en donne le coût.",
    "cout_poste.tableau": "Ligne « coût » ou « budget » d'un tableau.",
    "cout_poste.total_pluriannuel": "Montant donné pour plusieurs années, ramené à l'année.",
    "cout_poste.etp": "Temps de travail du poste (ETP, temps plein, mi-temps).",
    "cout_poste.etp_reste_du_temps": "Le reste du temps du titulaire est donné à un autre lieu du même poste : un temps plein.",
    "cout_poste.etp_semaine_entiere": "Le titulaire travaille toute la semaine (« du lundi au vendredi ») : un temps plein.",
    "cout_poste.etp_jours_du_poste": "Le poste est défini par un nombre de jours par semaine (« à raison de trois jours par "
                                     "semaine ») : la part d'un temps plein de cinq jours.",
    "cout_poste.cout_rectifie": "Un article postérieur rectifie le coût du poste écrit plus haut : le montant rectifié est retenu.",
    "cout_poste.total_des_parts": "Le coût du poste est donné par la liste des parts des financeurs : le coût retenu est leur somme.",
    "cout_poste.total_des_postes": "Coût donné pour chacun des postes : le coût retenu est celui de l'ensemble des postes.",
    "cout_poste.charges_du_poste": "Montant de la rémunération ou des charges du poste (« dont le montant est estimé à … ») : "
                                   "il en donne le coût.",
}

FINANCEUR_TYPES = ("etat", "conseil_departemental", "commune", "intercommunalite", "caf", "autre")

# "Pontivy-Blavet Communauté", "Lannion-Trégor Agglo": a proper name before the word (tried only
# where the word occurs: the look-ahead is slow on every word of a long text).
_NAMED_COMMUNAUTE = re.compile(
    r"\b[a-z][\w'-]+\s+(?:communaute|agglo)\b(?!\s+(?:de|d'|des|du|urbaine|educative|professionnelle)\b)")
# "Pays de Redon", "Pays d'Auge": a pays (intercommunal grouping) only as a proper name, capitalised
# words checked on the original text; "Pays de la Loire" is a région.
_PAYS = re.compile(r"\bpays\s+(?:de\s+|du\s+|des\s+|d')(?!la\s+loire\b)[a-z][\w'-]+")
# « Communauté de l'Auxerrois », « Communauté du Pays Basque »: a communauté named by its territory alone,
# only as a proper name (« Communauté » and the name capitalised on the original text); never a
# « communauté de brigades » (gendarmerie) nor « de communes » (read above).
_COMMUNAUTE_OF_NAME = re.compile(
    r"\bcommunaute\s+(?:de\s+l'|du\s+|des\s+|de\s+la\s+|de\s+|d')"
    r"(?!communes\b|brigades?\b|l'agglomeration\b|agglomeration\b)[a-z][\w'-]+")
# « CA Portes de France-Thionville », « CC du Pays de Lunel », « CU de Dunkerque »: the kind of EPCI
# by its initials, then its proper name (both checked capitalised on the original text). « le CA de
# l'association » (conseil d'administration) and « un CA de 2 M€ » (chiffre d'affaires) are not.
_EPCI_INITIALS = re.compile(
    r"\b(?:ca|cc|cu)\s+(?:(?:du|des|de\s+la|de|d')\s*)?(?!l'|association|administration|assemblee|bureau\b|(?:extra)?ordinaire|exceptionnel|previsionnel"
    r"|annuel|total|global|net\b|ht\b|ttc\b|consolide|cumule)"
    r"[a-z][\w'-]+")

# « état » is the State only outside the idioms where it means a statement or a condition: « faire
# état de », « en l'état », « un état des dépenses », « état des lieux », « état civil », « état de
# santé / de choc / d'urgence ». Read as the State, « aucune communication ne peut faire état de … dans
# un territoire de taille réduite » became a falling State share.
_STATE_WORD = (
    r"(?<!\bfaire\s)(?<!\bfait\s)(?<!\bfont\s)(?<!\bfera\s)(?<!\bferont\s)(?<!\bferait\s)(?<!\bfaisant\s)"
    r"(?<!\bfaisait\s)(?<!\bfasse\s)(?<!\bfassent\s)(?<!\bfaites\s)(?<!\ben\sl')(?<!\bun\s)(?<!\bcet\s)(?<!\bbon\s)"
    r"\betat\b(?!\s+(?:des\s+lieux|civil|recapitulatif|de\s+(?:sante|choc|stress|detresse|crise|besoin|necessite|fait|"
    r"vulnerabilite|fatigue|danger)|d'(?:urgence|esprit|avancement|ivresse|alerte)))")

# A Grand Paris territory is an « établissement public territorial », written « EPT Plaine Commune »;
# a « communauté intercommunale » (CINOR, CIVIS in La Réunion) is an EPCI under another name.
# Order matters: longer / more specific names first ("communauté de communes" before "commune").
# The Métropole de Lyon is a collectivité with the départemental powers (social action, child
# protection) on its territory, where the Rhône département no longer acts: its share is the
# département's, as for the Collectivité européenne d'Alsace and the single collectivities of Corsica,
# Martinique and Guyane (CTM, CTG), which took over their départements' powers. Other métropoles, the Grand Lyon of
# before 2015 included, are intercommunalités (EPCI).
_FINANCEURS: list[tuple[str, re.Pattern[str]]] = [
    ("conseil_departemental", re.compile(r"\bmetropole\s+de\s+lyon\b")),
    ("intercommunalite", re.compile(
        # "rn" for "m" is the usual slip of a scanned text: "Cornmunauté de cornmunes"
        # « Communauté d'agglo. »: the short form a funders' table gives the communauté d'agglomération
        r"\bco(?:m|rn)(?:m|rn)unautes?\s+(?:de\s+co(?:m|rn)(?:m|rn)unes|d'agglomeration|d'agglo|urbaine|intercommunale)\b"
        r"|\b(?:euro[\s-]?)?metropoles?\b|\bepci\b|\bept\b"
        r"|\bagglomeration\b|\bintercommunalites?\b|\bcommunaute\s+de\s+l'agglomeration\b"
        # a pôle métropolitain is a syndicat mixte of EPCI (« Pôle métropolitain du Genevois français »)
        r"|\bpetr\b|\bpoles?\s+d'equilibre\s+territoria|\bpoles?\s+metropolitains?\b|\bsyndicats?\s+intercommuna|\bsiv(?:u|om)\b"
        r"|\betablissements?\s+publics?\s+territoria|\bgrand[\s-](?!est\b|public\b|nombre\b|age\b|ouest\b)[a-z][\w'-]+"
        r"|\bcentres?\s+intercommuna(?:l|ux)\s+d'action\s+sociale\b|\bc\.?i\.?a\.?s\b\.?"
        # « des communes ou groupements de communes »: a grouping of communes is an EPCI
        r"|\bgroupements?\s+de\s+co(?:m|rn)(?:m|rn)unes\b")),
    ("intercommunalite", _NAMED_COMMUNAUTE),
    ("intercommunalite", _PAYS),
    ("intercommunalite", _COMMUNAUTE_OF_NAME),
    ("intercommunalite", _EPCI_INITIALS),
    ("caf", re.compile(r"\bc\.?a\.?f\b\.?|\bcaisses?\s+d'allocations\s+familiales\b")),
    ("etat", re.compile(
        r"\bfonds\s+interministeriel\s+(?:de\s+)?(?:prevention\s+de\s+la\s+delinquance|pour\s+la\s+prevention)"
        r"|\bf\.?i\.?p\.?d\b\.?|\bcipdr\b|" + _STATE_WORD + r"|\bprefe(?:t|cture|te)\b|\bministeres?\b|\bdgcs\b")),
    # « Conseil départementa1 », « Conseil genera1 »: a scanned « l » read as « 1 », like « rn » for « m »
    ("conseil_departemental", re.compile(
        r"\bconseils?\s+(?:departementa[l1]|departementaux|genera[l1]|generaux)\b|\bdepartements?\b"
        r"|\bcollectivite\s+europeenne\s+d'alsace\b|\bcea\b(?!\s+(?:de\s+)?(?:saclay|cadarache|grenoble|marcoule))|\bc[dg]\s?(?:\d{2,3}|2[ab])\b"
        r"|\bcollectivites?\s+(?:territoriales?\s+)?(?:unique\s+)?de\s+(?:corse|martinique|guyane)\b|\bct[mg]\b")),
    ("autre", re.compile(
        r"\bconseils?\s+regional\b|\bregions?\b|\bagences?\s+regionales?\s+de\s+sante\b|\bars\b"
        r"|\bbailleurs?(?:\s+sociaux?)?\b|\bfondations?\b|\boffices?\s+(?:public|publics)\s+de\s+l'habitat\b"
        r"|\bcentres?\s+hospitaliers?\b|\bhopita(?:l|ux)\b|\bchu\b"
        # the organismes de sécurité sociale other than the CAF: « Caisse générale de sécurité sociale
        # (CGSS) », « caisse primaire d'assurance maladie », CARSAT
        r"|\bcaisses?\s+generales?\s+de\s+securite\s+sociale\b|\bcgss\b|\bcarsat\b"
        r"|\bcaisses?\s+primaires?\s+d'assurance\s+maladie\b|\bcaisses?\s+d'assurance\s+retraite\b"
        r"|\betablissements?\s+(?:publics?\s+)?(?:hospitaliers?|de\s+sante)\b|\bcpam\b|\bmsa\b|\bmutuelles?\b"
        r"|\bunion\s+europeenne\b|\bfonds\s+social\s+europeen\b|\bfse\b|\bentreprises?\s+\w+"
        r"|\bgip\b|\bgroupements?\s+d'interet\s+public\b|\bautofinancement\b"
        # « sur ses fonds propres », « et par les fonds propres de l'association »
        r"|(?:\(|\b(?:ses|leurs|(?:sur|en|par)(?:\s+(?:les|ses|leurs|des|ces))?))\s*(?:propres\s+(?:fonds|ressources)"
        r"|(?:fonds|ressources)\s+propres)\b"
        # « Fonds propres de l'association | 2 500 € »: the words heading a row or a line of the funding
        # (its own resources as a line of resources), not « les fonds propres » within a sentence
        r"|^[ \t|\-–•*]*(?:fonds|ressources)\s+propres\b")),
    ("commune", re.compile(r"\bcommunes?\b|\bvilles?\b|\bmairies?\b|\bmunicipalites?\b|\bc\.?c\.?a\.?s\b\.?"
                           r"|\bcentres?\s+communa(?:l|ux)\s+d'action\s+sociale\b")),
]
_LABELS = {"etat": "État", "conseil_departemental": "Conseil départemental", "commune": "Commune",
           "intercommunalite": "Intercommunalité", "caf": "CAF", "autre": "Autre financeur"}

_FUNDING_CUE = re.compile(
    r"financ|particip|subvention|prend(?:re|nent)?\s+en\s+charge|pris(?:e|es)?\s+en\s+charge|a\s+raison\s+de|\bverse|versement"
    r"|contribu|allou|attribu|\bapport|a\s+hauteur\s+de|dotation|\bpart\b|\bparts\b|\bmontant"
    r"|\brepart|\bventil|\breste\s+a\s+(?:la\s+)?charge|\bsolde\b|\bcharge\s+(?:du|de\s+la|de\s+l')"
    r"|\bassum(?:e|ee|ees|ent|era|eront)\b|\bsupport(?:e|ee|ees|es|ent|era|eront)\b|\bcouvr(?:e|ent|ira|iront)\b"
    r"|\bcharge\s+exclusive\b|\ba\s+(?:sa|leur)\s+charge\b|\ben\s+(?:assur|assum|support)\w*\s+(?:\w+\s+)?la\s+charge\b"
    r"|\bsur\s+(?:son|sa|ses|leur|leurs)\s+(?:propres?\s+)?(?:budget|fonds\s+propres|ressources\s+propres)"
    r"|\bsout(?:enir|ient|iennent|iendra|iendront)\s+(?:[\w'-]+\s+){0,3}?au\s+titre\s+(?:du|des|de\s+la|de\s+l')?\s*"
    r"(?:fonds|fipd|credits|programme|dotation)\b")
_COST_CUE = re.compile(
    r"\bcouts?\b(?:\s+(?:total|global|annuel|estime|previsionnel|charge))?|\bbudgets?\s+previsionnels?\b"
    r"|\bbudget\s+(?:global|annuel|du\s+poste|total)\b|\bvalorise\b|\bestime\s+a\b"
    r"|\bsalaires?\s+charges?\b|\bfrais\s+de\s+(?:fonctionnement|gestion|structure)\b|\bmasse\s+salariale\b"
    r"|\bcharges?\s+(?:annuelle|totale|globale|financiere|complete)s?\s+(?:du|de\s+ce|de\s+cet|de\s+l')")
_COST_HEAD = re.compile(
    r"\bcouts?\s+(?:(?:total|global|annuel|estime|previsionnel|complet|charge|salarial|reel)\s+)*"
    r"(?:du|de\s+ce|de\s+cet|de\s+la|de\s+l'|d'(?:une?\s+)?)\s*"
    # « le coût du volet gendarmerie, soit un demi-équivalent temps plein » (a post shared with another mission)
    # « le coût du demi-poste d'intervenante sociale »: half a post is the post of a half-time convention
    r"(?:(?:demi|mi)-?\s*poste|poste|emploi|intervenant|iscg|dispositif|mission|action|experimentation|volet"
    # « le coût du mi-temps affecté à la mission », « le coût du temps partiel de l'intervenante »: the
    # post's working time names the post
    r"|(?:demi|mi)[\s-]*temps\b|temps\s+(?:partiel|plein|non\s+complet)\b"
    # « le coût du temps de travail consacré à la mission », « … de l'intervenante »: an agent's share
    # of time given to the post is the post
    r"|temps\s+de\s+travail\s+(?:(?:consacre|affecte|dedie|reserve|passe)e?s?\s+(?:a\s+(?:la|cette)\s+(?:mission|fonction)"
    r"|au\s+(?:poste|dispositif)|a\s+l'intervention)|de\s+l'intervenant\w*|du\s+travailleur\s+social))"
    # a terse line, its label then the amount: « - Coût : 46 000 € / an, 1 ETP », « Poste : 55 000 € / an »
    r"|(?<![^\n])[ \t]*(?:[-–•*][ \t]*)?(?:couts?(?:\s+(?:total|global|annuel|estime|previsionnel))*(?:\s+du\s+poste)?"
    r"|poste|budget(?:\s+du\s+poste)?)[ \t]*:(?=[ \t]*\d)"
    # "le coût des deux postes", "le coût annuel des intervenantes": several posts of the convention
    r"|\bcouts?\s+(?:(?:total|global|annuel|estime|previsionnel|complet|charge|salarial|reel)\s+)*"
    # "le coût prévisionnel de l'ensemble des deux postes": all the posts together
    r"(?:de\s+(?:l'ensemble|la\s+totalite|l'integralite)\s+)?"
    r"des\s+(?:(?:deux|trois|quatre|cinq|[2-5])\s+)?(?:postes|emplois|intervenant|iscg)"
    # "le coût de chacun des deux postes", "le coût de chaque poste": the unit cost, summed by _posts_total
    r"|\bcouts?\s+(?:(?:total|global|annuel|estime|previsionnel|complet|charge|salarial|reel|unitaire)\s+)*"
    r"(?:de\s+chacun(?:e)?\s+des\s+(?:(?:deux|trois|quatre|cinq|[2-5])\s+)?(?:postes|emplois|intervenant|iscg)"
    r"|de\s+chaque\s+(?:poste|emploi|intervenant|iscg))"
    r"|\bcouts?(?:\s+(?:total|global|annuel|charge|estime))+\b"
    r"|\bbudgets?\s+previsionnels?\b|\bbudget\s+(?:global|annuel|total|du\s+poste)\b"
    # « le budget de l'action pour l'année 2017 s'élève à 47 500 euros »: the action is the post
    r"|\bbudget\s+(?:(?:annuel|global|total)\s+)?(?:de\s+l'action|du\s+dispositif|de\s+l'intervention\s+sociale)\b"
    r"|\bcharges?\s+(?:annuelle|totale|globale|financiere|complete)s?\s+(?:du|de\s+ce|de\s+cet|de\s+l')\s*"
    r"(?:poste|emploi|intervenant|dispositif)"
    r"|\bmontant\s+(?:(?:total|global|annuel)\s+)+(?:du|de\s+ce|de\s+cet|de\s+la|de\s+l')\s*"
    r"(?:poste|emploi|action|dispositif|projet|operation)"
    r"|\b(?:poste|emploi)\s+(?:\w+\s+){0,3}?(?:est|sont|sera)\s+(?:estime|evalue|valorise|chiffre)e?s?\s+a\b"
    # The verb: « le poste, à temps plein, coûte 54 000 € par an », « les deux postes coûteront … ».
    r"|\b(?:postes?|emplois?|intervenant\w*|iscg|dispositif)\b[,]?\s+(?:[\w'-]+,?\s+){0,6}?"
    r"(?:coute|coutent|coutera|couteront|couterait)\b"
    # The employer speaking of its own cost, however long the list of what it includes: « Un poste à
    # temps plein, avec le salaire, les charges, les déplacements …, nous coûte 45 000 euros ».
    r"|\b(?:postes?|emplois?|intervenant\w*|iscg)\b[^.;:]{0,240}?\b(?:nous|leur|lui)\s+"
    r"(?:coute|coutent|coutera|couteront|couterait)\b")
# The cost of the unit the convention sets up, when that unit is the post: « le coût de fonctionnement
# de la cellule, pour un poste à temps plein, est évalué à 36 000 euros », « le coût annuel du service,
# correspondant à l'intervenante à temps plein, s'élève à … ». The noun alone says nothing of the post
# (an association's whole service or budget is not the post's): the sentence must tie the cost to one
# post (_UNIT_TIE) before the amount, and say nothing of a larger whole (_UNIT_WIDER).
_UNIT_COST_HEAD = re.compile(
    r"\bcouts?\s+(?:(?:total|global|annuel|estime|previsionnel|complet|reel)\s+)*"
    r"(?:de\s+fonctionnement\s+(?:annuel\s+)?)?"
    r"(?:du|de\s+ce|de\s+cet|de\s+cette|de\s+la|de\s+l')\s*(?:present(?:e)?\s+)?"
    r"(?:cellule|service|dispositif|permanence|action|mission|poste|emploi)\b")
# A valuation whose subject is a pronoun or a noun other than the cost, tied to one post by what follows
# the amount: « Elle est évaluée, pour l'année 2012, à 44 000 euros pour un agent à temps plein ». Not when
# the sentence values a share (« la participation de l'État est évaluée à … pour un poste »: _SHARE_SUBJECT).
_VALUED_FOR_ONE_POST = re.compile(
    r"\b(?:estime|evalue|valorise|chiffre)e?s?\s*(?:,[^,;.]{0,60},\s*)?a\s+(?=\d[\d\s\u00a0\u202f.,]*"
    r"(?:euros?\b|€|eur\b)[^.;]{0,20}?\bpour\s+(?:un|une|1)\s+(?:seul\s+)?(?:agent|poste|emploi|intervenant\w*"
    r"|etp|equivalent\s+temps\s+plein)\b)")
_SHARE_SUBJECT = re.compile(
    r"\b(?:participations?|contributions?|subventions?|parts?|aides?|apports?|dotations?|financements?|versements?"
    r"|concours|cofinancements?|credits?)\b")
_UNIT_TIE = re.compile(
    r"\b(?:pour|correspondant\s+a|soit|sur\s+la\s+base\s+d)\s*'?\s*(?:un|une|le|ce|cet|l')\s*"
    r"(?:seul\s+)?(?:poste|emploi|intervenant\w*|equivalent\s+temps\s+plein|etp)\b"
    r"|\b(?:un|1)\s+(?:poste|emploi)\s+a\s+temps\s+(?:plein|complet)\b|\b(?:1|un)\s*(?:etp|equivalent\s+temps\s+plein)\b")
_UNIT_WIDER = re.compile(
    r"\bassociation\b|\bstructure\b|\bensemble\b|\bequipe\b|\bsalaries\b|\bpostes\b|\bintervenant\w*s\b"
    r"|\bservice\s+d'aide\b|\bbudget\s+(?:global|total)\b|\bdont\b")


def _unit_cost_head(folded: str, s: int, e: int, euros: list[Amount]) -> re.Match[str] | None:
    """The cost of « la cellule / du service / du dispositif » tied to one post before its amount."""
    for h in _UNIT_COST_HEAD.finditer(folded, s, e):
        nxt = next((a.start for a in euros if a.start >= h.end()), None)
        if nxt is None:
            continue
        between = folded[h.end():nxt]
        if _FUNDING_CUE.search(between) or _UNIT_WIDER.search(between) or not _COST_STATED.search(between):
            continue
        after = folded[nxt:min(e, nxt + 120)]
        if _UNIT_TIE.search(between) or _UNIT_TIE.search(after):
            if not _UNIT_WIDER.search(after):
                return h
    return None


# The whole cost said without a percentage: « la totalité de ce coût », « l'intégralité des dépenses
# du poste », « entièrement », « en intégralité », « 100 % du coût », « la charge intégrale du poste ».
_WHOLE_POST = re.compile(
    r"\b(?:totalite|integralite|ensemble)\s+(?:du|de\s+ce|de\s+cet|de\s+cette|de\s+ces|de\s+la|de\s+l'|des)\s*"
    r"(?:couts?|financement|poste|emploi|budget|dispositif|depenses?(?!\s+de\s+(?:formation|deplacement|fonctionnement))"
    r"|remunerations?|salaires?|traitements?|frais\s+(?:de\s+personnel|salariaux)"
    r"|charges\s+(?:salariales|sociales|de\s+personnel|afferentes|liees\s+au\s+poste))\b"
    r"|\bfinance\w*\s+integral|\b(?:integralement|entierement|totalement)\b|\ben\s+(?:totalite|integralite)\b"
    # « assure la charge intégrale du poste », « la prise en charge entière de la rémunération »; not
    # « la charge totale du poste », which is the post's cost
    r"|\bcharge\s+(?:integrale|entiere)\s+(?:du|de\s+ce|de\s+cet|de\s+cette|de\s+la|de\s+l'|des)\s*"
    r"(?:couts?|poste|emploi|financement|remunerations?|salaires?|depenses|frais|budget)\b"
    r"|\ba\s+(?:hauteur\s+de\s+)?100\s?%|\b100\s?%\s+(?:du|de\s+ce|de\s+la|des)\s*(?:couts?|financement|poste|budget|depenses?)\b")
# A cash advance (« assure l'avance de l'ensemble des dépenses », « avance l'intégralité des frais »,
# « préfinance la totalité du coût »): the payer pays first and is reimbursed by the others' shares,
# so the whole-cost words after it do not make it the only financeur.
_ADVANCE = re.compile(r"\b(?:(?:assure|assurera|fait|fera|prend|prendra|consent|consentira)\s+l'avance\s+(?:de\s+tresorerie\s+)?(?:de|des|du)?"
                      r"|(?:avance|avancera|prefinance|prefinancera)\s+(?:la|l'|les)?)")
# One payer said without the word "whole": « seul financeur », « financeur unique », « à la charge
# exclusive de », « assure seul le financement », « seul le Département finance », « sur ses seuls
# fonds propres ». Negated ("n'est pas le seul financeur") it says the opposite.
_SOLE_PAYER = re.compile(
    r"\b(?:seule?|unique)\s+financeu(?:r|se)\b|\bfinanceu(?:r|se)\s+unique\b|\bcharge\s+exclusive\b"
    r"|\bexclusivement\s+(?:a\s+(?:la|sa)\s+charge|financ|pris|assure|support|couvert)"
    r"|\b(?:assure|assument|assume|finance|supporte|prend|prennent|couvre)\w*\s+(?:a\s+elle\s+|a\s+lui\s+)?seule?\b"
    r"|\bseule?\s+(?:\w+\s+){0,2}?(?:financ\w*|assure|assume|supporte|prend)\b"
    r"|\bsur\s+(?:ses|son|sa|leurs?)\s+seule?s?\s+(?:fonds|budget|ressources|credits)\b")
_BREAKDOWN: dict[str, re.Pattern[str]] = {
    "salaire_charge": re.compile(r"\bsalaires?\b|\bmasse\s+salariale\b|\bcharges\s+(?:sociales|patronales)\b|\bremuneration"),
    "frais_fonctionnement": re.compile(r"\bfrais\s+de\s+fonctionnement\b|\bfonctionnement\b"),
    "frais_gestion": re.compile(r"\bfrais\s+de\s+(?:gestion|structure)\b|\bfrais\s+administratifs\b"),
}
_DEGRESSIVE = re.compile(
    r"\bdegressi(?:f|ve|vite|fs|ves)\b|\bdecroissante?s?\b|\bdiminu\w*\s+(?:progressivement|chaque\s+annee)"
    r"|\bprogressivement\s+le\s+relais\b")
_NEGATED = re.compile(r"\baucune?\b|\bn'\w+\s+(?:pas|plus|jamais)\b|\bne\s+\w+\s+(?:pas|plus|jamais)\b|\bsans\b")
_BULLET = re.compile(r"\s*[–\-•*]")
_YEAR = re.compile(r"\b(20\d\d)\b")
_NOT_DEGRESSIVE = re.compile(r"\b(?:sans|pas\s+de|aucune)\s+degressivite\b|\bnon[\s-]degressi|\bstable|\bconstant|\bidentique"
                             r"|\b(?:pas|plus|jamais)\s+(?:\w+\s+)?degressi")  # "ne sera pas (rendue) dégressive"
_YEARISH = re.compile(r"\bannees?\b|\ban\b|\bans\b|\b20\d\d\b|\bn\s?\+\s?\d|\bexercices?\b")
_PER_YEARS = re.compile(r"\s*(?:sur|pour)\s+(?:les\s+|une\s+duree\s+de\s+)?(\d+|deux|trois|quatre|cinq)\s+(?:ans|annees)\b")
_SMALL = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
_TOTAL_LABEL = re.compile(r"^\s*(?:sous[\s-])?total\b")
# No split after a single capital and its dot: "La C.A.F. verse …", "M. le Préfet".
_SENT_SPLIT = re.compile(
    r"(?<=[!?;])\s+|(?<=\.)(?<!\b[A-Z]\.)\s+|(?<=[\d€%.;:!?)])[ \t]*\n|\n\s*\n|[ \t]*\n(?=\s*[A-ZÀÂÉÈÊÎÔÛÇ•*\-–\d])")


@dataclass
class Check:
    """A recommendation of the study that the convention does not follow (for the draft pre-check)."""

    code: str
    message: str  # French, for the reviewer
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class _Mention:
    type: str
    start: int
    end: int


@dataclass
class _Fin:
    """What is known of one financeur: amounts and shares, each possibly per year."""

    type: str
    montants: list[float] = field(default_factory=list)
    parts: list[float] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    per_year: bool = False


# --------------------------------------------------------------------------- helpers


def _evidence(doc: Document, structure: Structure | None, start: int, end: int, rule: str) -> Evidence:
    art = structure.article_at(start) if structure else None
    return Evidence(text=squash(doc.text[start:end]), start=start, end=end, page=doc.page_at(start),
                    article=art.label if art else None, rule=rule)


_NOUN_BEFORE = re.compile(r"(?:^|[;:,(\n–\-]|\b(?:la|les|une|des|aux|cette|chaque|de|du|et|ou|par|leur|sa))\s*$")


# Names a document gives its financeurs ("Communauté de communes du Pays d'Ancenis, ci-après « la
# COMPA »", "Conseil départemental (CD 87)"): read once per document, then matched like the others.
_ALIASES: ContextVar[tuple[tuple[str, re.Pattern[str]], ...]] = ContextVar("financing_aliases", default=())
_ALIAS_DEF = re.compile(
    r"ci-apres\s+(?:(?:designee?s?|denommee?s?|appelee?s?|nommee?s?)\s+)?(?:par\s+)?[«\"]\s*"
    r"(?:la\s+|le\s+|les\s+|l')?([^»\"\n]{2,40}?)\s*[»\"]")
_GENERIC_ALIAS = re.compile(
    r"^(?:association|employeur|structure|gestionnaire|porteur|operateur|partenaires?|parties?|signataires?"
    r"|financeurs?|convention|intervenant\w*|beneficiaire|organisme|service|prefet|prefete)$")
_NOT_A_FINANCEUR_PARTY = re.compile(r"\bassociation\b|\bsiege\b|\bsise?\b|\bdomicilie|\bdemeurant")


_KIND_AFTER = re.compile(
    r"[ \t]*(?:,|\()[ \t]*(?:une\s+|la\s+)?(?:communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|metropole"
    r"|etablissement\s+public\s+(?:de\s+cooperation\s+intercommunale|territorial))\b")
_NAME_LINK = frozenset({"et", "de", "du", "des", "d'", "la", "le", "les", "sur", "en", "l'"})
_NAME_TITLE = re.compile(r"^(?:monsieur|madame|president\w*|vice-president\w*|maire|le|la|les|l'|entre|et|pour"
                         r"|representee?s?|par|ci-apres)$")


# « L'Office public de l'habitat 13 Habitat, représenté par … », « le bailleur social Logirep »: the kind
# of body written before its own name, which a table row or a later sentence then uses alone.
_KIND_BEFORE_NAME = re.compile(
    r"\b(?:office\s+public\s+(?:de\s+l'habitat|d'habitations?\s+a\s+loyer\s+modere)|oph|bailleur\s+social"
    r"|entreprise\s+sociale\s+(?:pour\s+l'|de\s+l')habitat|societe\s+(?:anonyme\s+)?d'hlm)[ \t]+")


# « la communauté d'agglomération Évreux Portes de Normandie »: the kind written right before the name
# (no « de »), which a table row then uses alone (« Évreux Portes de Normandie | 10 600 € »).
_COMMUNITY_BEFORE_NAME = re.compile(
    r"\b(?:communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|metropole)[ \t]+(?=[^\W\d_])")


def _proper_name_after(text: str, folded: str, start: int) -> str | None:
    """The proper name (capitalised words or numbers) starting at ``start`` on its line, folded."""
    end, last = start, start
    line_end = text.find("\n", start)
    for w in re.finditer(r"[^\s,;:()«»\"]+", text[start:len(text) if line_end < 0 else line_end]):
        if start + w.start() > last + 1:
            break  # more than one space: a gap, not the same name
        token, first = folded[start + w.start():start + w.end()], w.group()[0]
        if first.isupper() or first.isdigit():
            end = start + w.end()
        elif token not in _NAME_LINK:
            break
        last = start + w.end()
    return folded[start:end] if end > start else None


def _proper_name_before(text: str, folded: str, end: int) -> str | None:
    """The capitalised proper name ending at ``end`` on its line (folded), without a title before it."""
    line_start = folded.rfind("\n", 0, end) + 1
    words = list(re.finditer(r"[\w-]+'?", folded[line_start:end]))
    kept: list[re.Match[str]] = []
    for w in reversed(words):
        token, first = w.group(), text[line_start + w.start()]
        if token in _NAME_LINK and kept:
            kept.append(w)
        elif first.isupper() and not _NAME_TITLE.match(token):
            kept.append(w)
        else:
            break
    while kept and kept[-1].group() in _NAME_LINK:
        kept.pop()  # « de Riom … »: the link word before the name is not part of it
    if not kept:
        return None
    return folded[line_start + kept[-1].start():line_start + kept[0].end()]


def _document_aliases(text: str, folded: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Short names defined for a financeur: « ci-après … » or an acronym in brackets right after it."""
    found: dict[str, str] = {}
    # A party line may run long ("…, agissant en vertu de la délibération du …, ci-après « la Communauté »").
    # The bracket may close a long name (« Communauté d'agglomération de la région nazairienne et de
    # l'estuaire (CARENE) »): the head noun is looked for up to 120 characters back, with no comma between.
    # Read first: it names what stands right before it, where a « ci-après » far down the party line may
    # follow other bodies (« … (CIREST), établissement public regroupant les communes de …, ci-après
    # « la CIREST » » is the communauté, not its communes).
    defs = [(m.start(), fold(m.group(1)), 120) for m in ACRONYM_IN_BRACKETS.finditer(text)]
    defs += [(m.start(), m.group(1).strip(), 400) for m in _ALIAS_DEF.finditer(folded)]
    # « Riom Limagne et Volcans, communauté d'agglomération, »: the kind of body written after its name
    for m in _KIND_AFTER.finditer(folded):
        name = _proper_name_before(text, folded, m.start())
        if name and len(name) >= 3 and name not in found and not _financeur_mentions(name):
            found[name] = "intercommunalite"
    for m in _COMMUNITY_BEFORE_NAME.finditer(folded):
        if not text[m.end()].isupper():
            continue  # « communauté de communes du Pays … »: the usual form, matched as it is
        name = _proper_name_after(text, folded, m.end())
        if name and " " in name and name not in found and not _financeur_mentions(name):
            found[name] = "intercommunalite"
    for m in _KIND_BEFORE_NAME.finditer(folded):
        name = _proper_name_after(text, folded, m.end())
        if name and len(name) >= 3 and name not in found and not _financeur_mentions(name):
            found[name] = "autre"
    for pos, alias, reach in defs:
        if len(alias) < 3 or _GENERIC_ALIAS.match(alias) or alias in found or _financeur_mentions(alias):
            continue
        line_start = max(folded.rfind("\n", 0, pos) + 1, pos - reach)
        before = _financeur_mentions(folded, line_start, pos, text)
        if not before or (reach == 120 and re.search(r"[,;:]", folded[before[-1].end:pos])):
            continue  # an acronym in brackets names what stands right before it
        if _NOT_A_FINANCEUR_PARTY.search(folded, line_start, before[-1].start):
            continue  # "l'association X, sise rue de la Mairie (…)": the name is not the commune's
        found[alias] = before[-1].type
    return tuple((t, re.compile(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])")) for a, t in found.items())


def _financeur_mentions(folded: str, start: int = 0, end: int | None = None,
                        original: str | None = None, case_text: str | None = None) -> list[_Mention]:
    """Financeurs named in folded[start:end]; ``original`` (same offsets) checks proper names'
    capitals; ``case_text`` does so for the EPCI initials only (a table cell's label)."""
    end = len(folded) if end is None else end
    case = original if original is not None else case_text
    seg = folded[start:end]
    taken: list[_Mention] = []
    for ftype, pat in _FINANCEURS + list(_ALIASES.get()):
        if (pat is _NAMED_COMMUNAUTE and "communaute" not in seg and "agglo" not in seg) or (
                pat is _PAYS and "pays" not in seg) or (pat in (_EPCI_INITIALS, _COMMUNAUTE_OF_NAME) and case is None):
            continue
        for m in pat.finditer(seg):
            if pat is _NAMED_COMMUNAUTE and re.match(
                    r"(?:la|une|cette|de|sa|notre|leur|chaque|et|ou|par|avec|a|en|toute|grande)\s", m.group()):
                continue
            s, e = start + m.start(), start + m.end()
            if ftype == "commune" and m.group().startswith("commune") and not (
                    (original and original[s].isupper()) or _NOUN_BEFORE.search(folded[max(0, s - 12):s])):
                continue  # "participation commune", "actions communes": the adjective
            if ftype == "intercommunalite" and original and (
                    (m.group().startswith("grand") and not original[s].isupper())
                    or (re.search(r"(?:communaute|agglo)$", m.group()) and not m.group().startswith("communaute")
                        and not (original[s].isupper() and original[e - len(m.group().split()[-1])].isupper()))):
                continue  # "grand nombre", "notre communauté": only proper names ("Grand Chambéry", "X Communauté")
            last = m.group().split()[-1].split("'")[-1]
            if pat is _PAYS and original and not (original[s].isupper() and original[e - len(last)].isupper()):
                continue  # "le pays d'origine": only a proper name ("Pays de Redon")
            if pat is _EPCI_INITIALS and case is not None and not (
                    case[s:s + 2].isupper() and case[e - len(last)].isupper()):
                continue  # « ca » in a sentence, « CA de l'exercice »: only the initials before a proper name
            if pat is _COMMUNAUTE_OF_NAME and not (case[s].isupper() and case[e - len(last)].isupper()):
                continue  # « la communauté des partenaires »: only a proper name
            if any(t.start < e and s < t.end for t in taken):
                continue
            taken.append(_Mention(ftype, s, e))
    taken.sort(key=lambda t: t.start)
    # « sur les fonds propres du CCAS », « par les ressources propres de la Ville »: the employer's own
    # funds are its owner's money, typed by the owner named right after (an association is no financeur
    # word: its own funds stay « autre »).
    taken = [t for i, t in enumerate(taken) if not (
        t.type == "autre" and "propre" in folded[t.start:t.end] and i + 1 < len(taken)
        and _OWNER_LINK.fullmatch(folded, t.end, taken[i + 1].start))]
    return _drop_name_parts(taken, folded, original)


_OWNER_LINK = re.compile(r"\s*(?:de\s+la|de\s+l'|du|des|de|d')\s*")


# An intercommunalité's proper name often holds another financeur's word: « Communauté d'agglomération
# de la région nazairienne », « EPT Plaine Commune », « Communauté de communes du Pays de Redon ». The
# word after the head noun, joined by name words only, is part of the name, not a second financeur.
_NAME_GAP_STOP = frozenset({"et", "ou", "a", "au", "aux", "avec", "pour", "par", "sur", "en", "qui", "que", "puis"})
_NAME_GAP_FUNCTION = frozenset({"de", "du", "des", "d", "la", "le", "les", "l"})
_GENERIC_HEAD = re.compile(r"^(?:agglomeration|intercommunalites?)$")


def _name_gap(folded: str, original: str | None, a: int, b: int) -> bool:
    """Whether folded[a:b] only joins a head noun to the rest of the same proper name."""
    gap = folded[a:b]
    if len(gap) > 60 or re.search(r"[,;:()|\n.«»\"]", gap):
        return False
    words = [(m.start(), m.group()) for m in re.finditer(r"[\w-]+", gap)]
    content = [(i, w) for i, w in words if w not in _NAME_GAP_FUNCTION]
    if any(w in _NAME_GAP_STOP for _, w in content) or len(content) > 4:
        return False
    return original is None or all(original[a + i].isupper() for i, _ in content)


def _drop_name_parts(mentions: list[_Mention], folded: str, original: str | None) -> list[_Mention]:
    """Mentions minus those inside the proper name of an intercommunalité named just before."""
    kept: list[_Mention] = []
    for m in mentions:
        head = kept[-1] if kept else None
        if (head is not None and head.type == "intercommunalite"
                and not _GENERIC_HEAD.match(folded[head.start:head.end])
                and _name_gap(folded, original, head.end, m.start)):
            continue
        kept.append(m)
    return kept


# A line that ends on one of these words goes on on the next line, whatever its first letter
# ("… versée par la\nCommune de X", "… à hauteur de\n20 000 €").
_OPEN_END = re.compile(
    r"(?:\b(?:le|la|les|l'|de|du|des|d'|par|a|au|aux|et|ou|en|pour|sur|avec|un|une|soit|dont|hauteur"
    r"|chacun|chacune|respectivement|entre|son|sa|ses|leur|leurs|cette|ce|est|sont|sera|seront))[ \t]*$")


class _Folded:
    """``fold(text)`` computed once per document; ``span(s, e)`` equals ``fold(text[s:e])``.

    Slicing the folded document is exact when folding maps every character on its own: the lengths
    agree and no capital sigma (the one letter ``str.lower`` lowers by context) occurs. Otherwise
    each span is folded by itself, as before.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.all = fold(text)
        self.sliceable = len(self.all) == len(text) and "\u03a3" not in text

    def span(self, s: int, e: int) -> str:
        return self.all[s:e] if self.sliceable else fold(self.text[s:e])


_FOLDED_LAST: list[_Folded] = []


def _folded(doc: Document) -> _Folded:
    """The document's folded text (one entry kept: the stages of one document ask repeatedly)."""
    if _FOLDED_LAST and _FOLDED_LAST[0].text is doc.text:
        return _FOLDED_LAST[0]
    f = _Folded(doc.text)
    _FOLDED_LAST[:] = [f]
    return f


# A blank line after a word or a comma (no end of sentence) then a lower-case word (not an item « a) »):
# the sentence runs over a PDF page break.
_PAGE_BREAK_BEFORE = re.compile(r"[^\W\d_,][ \t]*$|,[ \t]*$")
_ITEM_MARK = re.compile(r"\s*[a-z]{1,3}\s*[).]")


def _continues(text: str, pos: int) -> bool:
    """The text after a blank line goes on with the sentence before it.

    Why: a PDF page or column break leaves a blank line mid-sentence (« les frais de déplacement et »,
    blank, « l'équipement, est évalué à 46 000 euros »); a new paragraph starts with a capital, a
    bullet or a number, never with a lower-case word after an open function word.
    """
    rest = text[pos:pos + 40].lstrip()
    return bool(rest) and rest[0].islower()


def _sentences(text: str, folded: str | None = None) -> list[tuple[int, int]]:
    """Sentences and table lines; a line that wraps mid-sentence (ends with a function word) is joined."""
    out, pos = [], 0
    if folded is None:
        folded = fold(text)
    for m in _SENT_SPLIT.finditer(text):
        if "\n" in m.group() and _OPEN_END.search(folded, max(0, m.start() - 20), m.start()) and (
                "\n\n" not in m.group().replace(" ", "").replace("\t", "") or _continues(text, m.end())):
            continue  # a wrapped line, not the end of a sentence
        if "\n\n" in m.group().replace(" ", "").replace("\t", "") and _PAGE_BREAK_BEFORE.search(
                text, max(0, m.start() - 2), m.start()) and _continues(text, m.end()) \
                and not _ITEM_MARK.match(text, m.end()):
            continue  # « dans la limite des crédits », blank line, « délégués chaque année »: a page break
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _in_financing_article(structure: Structure | None, offset: int, folded_text: str) -> bool:
    if not structure:
        return False
    art = structure.article_at(offset)
    return bool(art and re.search(r"financ|budget|cout|subvention", fold(art.title or "")))


# --------------------------------------------------------------------------- tables


@dataclass
class _Cell:
    value: float
    unit: str | None  # eur | pct | None (bare number)
    start: int
    end: int
    col: int | None = None  # DOCX cell index: ties a value to its column header


@dataclass
class _Row:
    label: str  # folded
    start: int
    end: int
    cells: list[_Cell]
    years: list[int] = field(default_factory=list)  # years named in the row (header rows)
    table: int | None = None
    heads: dict[int, str] = field(default_factory=dict)  # DOCX: cell index -> folded cell text
    fin_header: list[str] = field(default_factory=list)  # PDF line naming financeurs as columns
    orig: str | None = None  # the label as written (its capitals), when it starts the row


def _row_mentions(r: _Row) -> list[_Mention]:
    return _financeur_mentions(r.label, case_text=r.orig)


def _cells_of(doc: Document, start: int, end: int) -> tuple[list[_Cell], list[int]]:
    text = doc.text[start:end]
    folded = _folded(doc).span(start, end)
    numbers = find_numbers(text, folded)
    amounts = find_amounts(text, folded, numbers)
    cells = [_Cell(a.value, a.unit, start + a.start, start + a.end) for a in amounts if a.unit in ("eur", "pct")]
    years: list[int] = []
    for n in numbers:
        s, e = start + n.start, start + n.end
        if any(c.start <= s < c.end for c in cells) or n.words:
            continue
        if n.value == int(n.value) and 2000 <= n.value <= 2099 and "," not in n.text:
            years.append(int(n.value))
            continue
        cells.append(_Cell(n.value, None, s, e))
    cells.sort(key=lambda c: c.start)
    return cells, years


_CELL_FILLER = re.compile(r"\d[\d\s.,]*|€|%|\beuros?\b|\beur\b|\betp\b|\bk€|[|;:/()\-–,]|\bsoit\b"
                          r"|\bpar\s+an\b|\bannuels?\b|\bchaque\s+annee\b|\s+")


def _only_numbers_after(folded_rest: str) -> bool:
    """A table line holds numbers after its label, not a sentence ("État 20 000 € 20 000 €")."""
    left = _CELL_FILLER.sub(" ", folded_rest).split()
    return len(left) <= 1


def _docx_rows(doc: Document) -> list[_Row]:
    groups: dict[tuple[int, int], list[Any]] = {}
    for b in doc.blocks:
        if b.kind == "table_cell" and b.table is not None and b.row is not None:
            groups.setdefault((b.table, b.row), []).append(b)
    rows = []
    for (t, _r), blocks in sorted(groups.items()):
        blocks.sort(key=lambda b: (b.cell if b.cell is not None else 0, b.start))
        first = blocks[0]
        cells: list[_Cell] = []
        years: list[int] = []
        heads = {}
        for b in blocks:
            heads[b.cell if b.cell is not None else 0] = _folded(doc).span(b.start, b.end)
        for b in blocks[1:]:
            c, y = _cells_of(doc, b.start, b.end)
            for x in c:
                x.col = b.cell
            cells += c
            years += y
        _, y0 = _cells_of(doc, first.start, first.end)
        rows.append(_Row(_folded(doc).span(first.start, first.end), first.start, blocks[-1].end, cells,
                         y0 + years, table=t, heads=heads, orig=doc.text[first.start:first.end]))
    return rows


_YEAR_IN_LINE = re.compile(r"\b20\d\d\b")


# After the number: letters ("2A", "(fonds propres)") or the column separator of a tab / pipe table.
_NAME_NUMBER_AFTER = re.compile(r"[a-z]|\s*[(\-–]?\s*[a-z]{2,}|[ ]*[\t|]")
# An unclosed bracket opened on words before the number: « (FIPD – programme », « (BOP ».
_OPEN_NAME_BRACKET = re.compile(r"\([^()]*[a-z]{2,}[^()]*$")


def _name_numbers_off(cells: list[_Cell], folded_line: str, s: int, e: int) -> list[_Cell]:
    """A small bare number inside the label is part of a name, not a value: "CIDFF 56 (fonds
    propres) 4 000 € 10 %", "CD 2A 15 000 €" (département numbers after an acronym or a word)."""
    while cells and cells[0].unit is None and cells[0].value == int(cells[0].value) and cells[0].value < 1000:
        c = cells[0]
        before = folded_line[:c.start - s]
        if not re.search(r"[a-z] ?$", before):  # one space from a word: "Etat\t60" is a value
            break
        nxt = cells[1].start if len(cells) > 1 else e
        # « État (FIPD – programme 216) 23 200 € »: a number closing a bracket opened on words.
        in_bracket = _OPEN_NAME_BRACKET.search(before) and re.match(r"\s*\)", folded_line[c.end - s:])
        if not (_NAME_NUMBER_AFTER.match(folded_line, c.end - s, nxt - s) or in_bracket):
            break
        cells = cells[1:]
    return cells


# A PDF table row wrapped over several lines: « Fougères Agglomération (60 » / « %) » / « 30 000 € ».
_BRACKET_TAIL = re.compile(r"[^()\n]{0,12}\)[^\n]{0,40}$")
_NUMBERS_ONLY_LINE = re.compile(r"[ \t|]*(?:\d[\d \u00a0\u202f.,]*\s*(?:€|euros?|eur|%)[ \t|]*)+$", re.IGNORECASE)
_WRAPPED_LABEL = re.compile(r"[^\W\d_]")
_YEAR_LEAD = re.compile(r"[ \t|]*20\d\d\b(?!\s*(?:€|euros?))")


def _physical_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _logical_lines(doc: Document) -> list[tuple[int, int]]:
    """Lines, a wrapped table row joined back: a label whose bracket closes on the next short line,
    or whose values alone make the next lines (a name cell taller than its number cells)."""
    text = doc.text
    lines = _physical_lines(text)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        j = i + 1
        line = text[s:e]
        if (line.count("(") > line.count(")") and j < len(lines) and len(line.split()) <= 8
                and _BRACKET_TAIL.match(text, *lines[j])):
            e, j = lines[j][1], j + 1
        joined = text[s:e]
        k = j
        while k < len(lines) and k - j < 4 and lines[k][1] > lines[k][0] and _NUMBERS_ONLY_LINE.fullmatch(
                text, *lines[k]) and not _YEAR_LEAD.match(text, *lines[k]):
            k += 1
        # a single financeur names the row (several name the columns), and no amount is on its line
        if (k > j and _WRAPPED_LABEL.search(joined) and len(joined.split()) <= 10
                and not re.search(r"[.:;]\s*$", joined)
                and not re.search(r"\d[\d \u00a0.,]*\s*(?:€|euros?)", joined, re.IGNORECASE)
                and len({m.type for m in _financeur_mentions(_folded(doc).span(s, e), original=joined)}) == 1):
            e, j = lines[k - 1][1], k
        out.append((s, e))
        i = j
    return out


def _blank_line_row(doc: Document, s: int, e: int) -> _Row | None:
    """A line of a bar or tab table « État (FIPD) | [montant] € ([part] %) »: a financeur's name, then
    only blanks to fill in (a draft's funding table), as a row with its cells (None otherwise)."""
    line = doc.text[s:e]
    lead = len(line) - len(line.lstrip(" |\t"))
    parts = re.split(r"[ \t]*(?:\||\t)[ \t]*", line[lead:].rstrip(" |\t"))
    if len(parts) < 2:
        return None
    a = s + lead
    label, orig = _folded(doc).span(a, a + len(parts[0])), parts[0]
    heads = {i: fold(p) for i, p in enumerate(parts)}
    row = _Row(label, s, e, [], [], heads=heads, orig=orig)
    return row if _placeholder_row(row) and _row_mentions(row) else None


def _line_rows(doc: Document, skip: list[tuple[int, int]]) -> list[_Row]:
    """PDF / text lines: a label then numbers ("État 20 000 20 000 20 000", "Financeur 2021 2022")."""
    rows = []
    folding = _folded(doc)
    # A financeur's name wrapped over lines above its numbers (« Communauté d'agglomération de » /
    # « Saint-Dié-des-Vosges » / « 10 800 € (20 %) »): the start of the name, then how many lines it took.
    pending: tuple[int, int] | None = None
    two_sided = False  # under « Charges | Montant | Produits | Montant »: the expenses are the left half
    for s, e in _logical_lines(doc):
        line = doc.text[s:e]
        if any(a <= s < b for a, b in skip) or not line.strip():
            pending, two_sided = None, False
            continue
        if _TWO_SIDED_HEAD.match(folding.span(s, e)):
            two_sided = True
            continue
        if two_sided:
            bars = [m.start() for m in re.finditer(r"\|", line)]
            if not bars:
                two_sided = False
            elif len(bars) >= 2:
                e = s + bars[1]
                line = doc.text[s:e]
        cells, years = _cells_of(doc, s, e)
        folded_line = folding.span(s, e)
        cells = _name_numbers_off(cells, folded_line, s, e)
        first = min([c.start for c in cells] + [e])
        fm = _YEAR_IN_LINE.search(folded_line)
        if fm and years:
            first = min(first, s + fm.start())
        label = folding.span(s, first)
        held, pending = pending, None
        if not cells and not years and len(line.split()) <= 6 and not re.search(r"[.;:!?|]\s*$", line):
            names = _financeur_mentions(folded_line, 0, None, line)
            if len({m.type for m in names}) == 1 and names[0].start <= 2:
                pending = (s, 1)
            elif held and held[1] < 3 and not names:
                pending = (held[0], held[1] + 1)
        if held and cells and not label.strip(" |\t") and not years:
            s, label = held[0], folding.span(held[0], first).replace("\n", " ")
        if not cells and not years and re.search(r"\||\t", line.strip(" |\t")):
            blank = _blank_line_row(doc, s, e)
            if blank is not None:
                rows.append(blank)
                continue
        if not cells and not years:
            names = _financeur_mentions(folded_line, 0, None, line)
            if len({m.type for m in names}) >= 2 and len(label.split()) <= 10 and not re.search(r"[.;]\s*$", line):
                # "Année  État  Département  Ville": financeurs as the columns of the lines below.
                rows.append(_Row(label, s, e, [], [], fin_header=[m.type for m in names]))
            continue
        if len(label.split()) > 8 or not _only_numbers_after(folding.span(first, e)):
            continue  # prose, read sentence by sentence instead
        if len(cells) == 1 and cells[0].unit == "eur" and re.search(r"\||\t", line) and (
                _TOTAL_LABEL.search(label.strip("| \t")) or any(p.search(label) for p in _BREAKDOWN.values())
                or _EXPENSE_LINE.search(label)) and not _financeur_mentions(label):
            # "| Déplacements | 3 000 € |": one line of a budget of expenses, read with its table.
            rows.append(_Row(label.strip("| \t"), s, e, cells, years))
            continue
        if len(cells) < 2 and len(years) < 2 and len(label.split()) > 5:
            continue  # "La subvention de l'État sera réduite de 5 000 €.": a sentence, not a row
        if len(years) >= 2 or len(cells) >= 2 or (cells and _financeur_mentions(label, case_text=doc.text[s:first])):
            rows.append(_Row(label, s, e, cells, years, orig=doc.text[s:first]))
    return rows


# A budget written as two accounts side by side: expenses on the left, resources on the right
# (« Charges | Montant | Produits | Montant », « Dépenses | € | Recettes | € »).
_EXPENSES_HEAD = r"\s*(?:charges|depenses|emplois)\b"
_RESOURCES_HEAD = r"\s*(?:produits|recettes|ressources)\b"
_TWO_SIDED_HEAD = re.compile(r"\s*\|?" + _EXPENSES_HEAD + r"[^|]*\|[^|]*\|" + _RESOURCES_HEAD)
_EXPENSE_LINE = re.compile(r"\bdeplacements?\b|\bfournitures?\b|\btelephon|\binformatique\b|\bformation\b"
                           r"|\bvehicule\b|\bcarburant\b|\bloyers?\b|\bassurances?\b|\bsupervision\b"
                           r"|\banalyse\s+de\s+(?:la\s+)?pratique\b|\bmateriel\b")


def _tables(rows: list[_Row], doc: Document) -> list[list[_Row]]:
    """Group rows into tables: same DOCX table, or consecutive PDF lines."""
    tables: list[list[_Row]] = []
    for r in rows:
        if tables:
            prev = tables[-1][-1]
            same = (r.table is not None and r.table == prev.table) or (
                r.table is None and prev.table is None and doc.text.count("\n", prev.end, r.start) <= 2)
            if same:
                tables[-1].append(r)
                continue
        tables.append([r])
    return tables


# --------------------------------------------------------------------------- the coding


@dataclass
class _State:
    fins: dict[str, _Fin] = field(default_factory=dict)
    cost: tuple[float, Evidence] | None = None
    cost_total: tuple[float, int] | None = None  # (total, years) when converted
    etp: tuple[float, Evidence] | None = None
    breakdown: dict[str, Evidence] = field(default_factory=dict)
    degressive_cue: list[Evidence] = field(default_factory=list)
    stable_cue: list[Evidence] = field(default_factory=list)
    sole_cue: list[Evidence] = field(default_factory=list)
    revisable_cue: list[Evidence] = field(default_factory=list)  # "le montant est arrêté chaque année"
    remainder: tuple[str, Evidence] | None = None  # "le solde est pris en charge par la commune"
    cost_ev: list[Evidence] = field(default_factory=list)
    #: values of one year's funding tables (« Financeur | Montant 2017 | Part »), by financeur: two such
    #: tables (the convention's and an avenant's) make a series year by year
    year_obs: dict[str, list[tuple[int, str, float, Evidence]]] = field(default_factory=dict)

    def fin(self, t: str) -> _Fin:
        return self.fins.setdefault(t, _Fin(t))


def _column_header(row: _Row) -> dict[int, str] | None:
    """Cell index -> financeur type (or "cout") when a row names at least two financeurs as columns."""
    cols: dict[int, str] = {}
    for col, head in row.heads.items():
        names = _financeur_mentions(head)
        if col > 0 and names and not any(c.col == col for c in row.cells):
            cols[col] = names[0].type
        elif col > 0 and (_COST_HEAD.search(head) or re.match(r"\s*(?:cout|budget|total)\b", head)):
            cols[col] = "cout"
    return cols if sum(1 for t in cols.values() if t != "cout") >= 2 else None


# A year row (or column) of a cost table that is part of a year (« 2025 (1er juillet – 31 décembre) »,
# « 2028 (1er janvier – 30 juin) », « 2024 (4 mois) », « second semestre 2025 », « au prorata »): its
# cost is prorated, the cost per year is a full year's.
# month names as frdates reads them (abbreviations and scanning slips included)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTHS = "(?:" + _MONTH_NAMES + ")"
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:er)?\s+(" + _MONTH_NAMES + r")\b")
_PART_OF_YEAR = re.compile(r"\b(?:\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze)\s+mois\b"
                           r"|\bprorata\b|\b(?:semestre|trimestre)s?\b|\bpartielle?\b|\bdemi[\s-]annee\b"
                           r"|\b(?:de|d')\s*" + _MONTHS + r"\s+a\s+" + _MONTHS + r"\b")


def _partial_year(label: str) -> bool:
    """Whether a table's year label (folded) covers part of a year only."""
    if _PART_OF_YEAR.search(label):
        return True
    dates = [(int(d), MONTHS[m]) for d, m in _DAY_MONTH.findall(label)]
    return bool(dates) and dates != [(1, 1), (31, 12)]


def _read_transposed(doc: Document, structure: Structure | None, st: _State, table: list[_Row]) -> bool:
    """Tables with the years in rows and the financeurs in columns (either a DOCX table or PDF lines).

    Each value goes to its column's financeur: by cell index in DOCX, by position in PDF lines (only
    when a line has as many values as there are columns, otherwise the column of a value is unknown).
    """
    if not table:
        return False
    head = table[0]
    cols = _column_header(head) if head.heads else (
        {i + 1: t for i, t in enumerate(head.fin_header)} if head.fin_header else None)
    if not cols or len(table) < 2:
        return False
    actions = [r for r in table[1:] if _ACTION_ROW.match(r.label)]
    if len(actions) >= 2:
        # « Action 1 – intervenante sociale | 27 000 € | 13 500 € | … », « Action 2 – parentalité | … »:
        # one row per action of a programme, not per year; only the post's own row is this post's money
        own = [r for r in actions if _POST_LABEL.search(r.label)]
        if len(own) != 1:
            return False
        table = [head, own[0]]
    series: dict[str, list[_Cell]] = {}
    partial: set[int] = set()  # id() of the cells of a partial year's row
    for r in table[1:]:
        if _TOTAL_LABEL.match(r.label):
            continue
        if _partial_year(r.label):
            partial.update(id(c) for c in r.cells)
        # A DOCX cell may hold an amount and its share (« 32 400 € (60 %) »): every value is kept.
        by_col: dict[int, list[_Cell]] = {}
        if r.table is not None:
            for c in r.cells:
                by_col.setdefault(c.col, []).append(c)
        elif len(r.cells) == len(cols):
            by_col = {i + 1: [c] for i, c in enumerate(r.cells)}
        else:
            continue
        for col, t in cols.items():
            if col in by_col:
                series.setdefault(t, []).extend(by_col[col])
    if not any(t != "cout" for t in series):
        return False
    body = [r for r in table[1:] if not _TOTAL_LABEL.match(r.label)]
    if len(body) >= 2 and all(_POST_ROW.match(r.label) for r in body):
        return _read_per_post(doc, structure, st, table, series)
    ev = _evidence(doc, structure, table[0].start, table[-1].end, "financement.tableau_annuel")
    pct_hint = "%" in head.label or any("%" in h for h in head.heads.values())
    for t, cells in series.items():
        if t == "cout":
            if st.cost is None:
                cev = _evidence(doc, structure, table[0].start, table[-1].end, "cout_poste.tableau")
                money = [c for c in cells if c.unit != "pct"] or cells
                first = next((c for c in money if id(c) not in partial), money[0])
                st.cost = (first.value, cev)
                st.cost_ev.append(cev)
            continue
        pct = [c.value for c in cells if c.unit == "pct" or (c.unit is None and pct_hint and c.value <= 100)]
        eur = [c.value for c in cells if c.unit == "eur" or (c.unit is None and not pct_hint and c.value >= 100)]
        f = st.fin(t)
        f.evidence.append(ev)
        if eur and not f.montants:
            f.montants = eur
        if pct and not f.parts:
            f.parts = pct
        f.per_year = f.per_year or len(eur) >= 2 or len(pct) >= 2
    return True


# Rows naming posts, not years (« Poste 1 », « Poste Nord »): keys that differ from one post to the next
# are no change over the years; the convention's money is the sum of the posts'.
_POST_ROW = re.compile(r"^\s*postes?\b(?!\s+(?:de\s+depense|budgetaire|comptable)s?\b)")


def _read_per_post(doc: Document, structure: Structure | None, st: _State, table: list[_Row],
                   series: dict[str, list[_Cell]]) -> bool:
    """A table with one row per post and the financeurs in columns: each financeur pays the sum of its
    column, its share is that sum over all the financeurs' sums; the cost is the sum of the posts'."""
    sums = {t: sum(c.value for c in cells if c.unit == "eur") for t, cells in series.items()}
    paid = sum(v for t, v in sums.items() if t != "cout")
    if paid <= 0:
        return False
    ev = _evidence(doc, structure, table[0].start, table[-1].end, "financement.part_ou_montant")
    if sums.get("cout") and st.cost is None:
        cev = _evidence(doc, structure, table[0].start, table[-1].end, "cout_poste.tableau")
        st.cost = (sums["cout"], cev)
        st.cost_ev.append(cev)
    for t, v in sums.items():
        if t == "cout" or v <= 0:
            continue
        f = st.fin(t)
        f.evidence.append(ev)
        if not f.montants:
            f.montants = [v]
        if not f.parts:
            f.parts = [round(100 * v / paid, 1)]
    return True


_RANK_YEAR = re.compile(r"annee\s+(?:\d|n(?:\s?\+\s?\d)?)|(?:\d|1re|1ere|\de|\deme)\s+annee|n(?:\s?\+\s?\d)?"
                        r"|(?:premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme)\s+annee")


def _expense_total(table: list[_Row]) -> tuple[_Row, float] | None:
    """The "Total" row of a table listing the post's expenses (a salary line and at least one other
    expense line, no financeur): ``(row, amount)``, else None."""
    if any(_row_mentions(r) for r in table if r.cells and not _TOTAL_LABEL.match(r.label)):
        return None
    items = [r for r in table if r.cells and not _TOTAL_LABEL.match(r.label)]
    kinds = {k for r in items for k, pat in _BREAKDOWN.items() if pat.search(r.label)}
    if "salaire_charge" not in kinds or len(items) < 2:
        return None
    totals = [r for r in table if _TOTAL_LABEL.match(r.label) and not r.label.strip().startswith("sous")]
    if len(totals) != 1:
        return None
    euros = [c for c in totals[0].cells if c.unit == "eur" or (c.unit is None and c.value >= 1000)]
    # two accounts side by side (« Charges | Montant | Produits | Montant »): the expenses' total is left
    # of the resources' column
    resources = next((c for r in table if re.match(_EXPENSES_HEAD, r.heads.get(0, ""))
                      for c, h in sorted(r.heads.items()) if c > 0 and re.match(_RESOURCES_HEAD, h)), None)
    if resources is not None:
        euros = [c for c in euros if c.col is not None and c.col < resources]
    return (totals[0], euros[0].value) if len(euros) == 1 else None


# A cell left to fill in: « [montant] € », « XXX », « … », « ____ ».
_PLACEHOLDER_CELL = re.compile(r"\[[^\]]*\]|\bx{3,}\b|\.{3,}|…|_{3,}")
# A blank that is money to come: « [montant] € ([part] %) », « ____ euros », « [somme] ».
_MONEY_BLANK = re.compile(r"€|%|\beuros?\b|\bmontants?\b|\bparts?\b|\bsommes?\b|\bsubventions?\b|\bparticipations?\b")


def _placeholder_row(r: _Row) -> bool:
    """A row (DOCX cells, or a line split by bars or tabs) whose label is a plain name (« [Conseil
    départemental ?] » is a question, not a party) and whose every other cell is a blank to fill in."""
    label = r.heads.get(0, r.label)
    if "?" in label or "[" in label or len(r.heads) < 2:
        return False
    return all(_PLACEHOLDER_CELL.search(h) for c, h in r.heads.items() if c > 0)


def _money_blank(r: _Row) -> bool:
    """The blanks of a placeholder row are money (« [montant] € »): a funding table in a draft, even
    when no row of it has figures yet."""
    return any(_MONEY_BLANK.search(h) for c, h in r.heads.items() if c > 0)


def _actions_budget(doc: Document, structure: Structure | None, st: _State, table: list[_Row],
                    heads: dict[int, str]) -> bool:
    """« Action | Coût 2024 | Coût 2025 | Financeurs sollicités »: a budget of several actions, where the
    money under the « coût » columns is what each action costs and the financeurs beside it are named
    without their share. The post's own row gives its cost and its financeurs (without amounts)."""
    cost_cols = {c for c, h in heads.items() if c > 0 and _COST_COLUMN.search(h)}
    if not cost_cols or any(_row_mentions(r) for r in table):
        return False
    money_rows = [r for r in table if r.cells]
    if not money_rows or not all(c.col in cost_cols for r in money_rows for c in r.cells):
        return False
    folded = _folded(doc).all
    for r in money_rows:
        if not _POST_LABEL.search(r.label):
            continue
        if st.cost is None:
            ev = _evidence(doc, structure, r.start, r.end, "cout_poste.tableau")
            st.cost = (r.cells[0].value, ev)
            st.cost_ev.append(ev)
        for m in _financeur_mentions(folded, r.start, r.end, doc.text):
            st.fin(m.type).evidence.append(
                _evidence(doc, structure, r.start, r.end, "financement.financeur_sans_montant"))
        break
    return True


def _single_year(table: list[_Row]) -> int | None:
    """The one year a funding table's header names (« Financeur | Montant 2017 | Part »), if any."""
    for r in table:
        if r.cells or _row_mentions(r):
            continue
        found = {int(y) for c, h in r.heads.items() if c > 0 for y in _YEAR.findall(h)}
        if len(found) == 1:
            return found.pop()
    return None


_ACTION_ROW = re.compile(r"^\s*(?:fiche[\s-]+)?actions?\s*(?:n\s*°\s*)?(?:\d+|[ivx]+|[a-e]\b)")
_COST_COLUMN = re.compile(r"\bcouts?\b|\bbudgets?\b|\bdepenses?\b|\bcharges?\b")
# the row of a table that names the post itself (« Intervenant social police-gendarmerie (1 ETP) »)
_POST_LABEL = re.compile(r"\bintervenant|\biscg\b|\btravailleu(?:r|se)s?\s+socia|\bposte\b|\baccueil\s+social"
                         r"|\bintervention\s+sociale|\bsociale?s?\s+(?:au|en)\s+(?:commissariat|gendarmerie|brigade)")
_SHARE_HEAD = re.compile(r"\bparts?\b|pourcentage|\bquote[\s-]part\b|\btaux\b")


# A table of several posts: « Poste | ETP | Coût annuel » with a row per post (and often a total row), or
# « Élément | Poste 1 | Poste 2 » with a « Coût annuel » row. The convention's cost is that of all its posts.
_POSTS_COL0 = re.compile(r"^(?:postes?|intervenant\w*|sites?|unites?|lieux?|affectations?|implantations?)\b")
_POST_HEAD = re.compile(r"^(?:poste|intervenant\w*|isg|iscg)\b")
_POSTS_COST_HEAD = re.compile(r"^(?:couts?|budgets?)\b")


def _column_total(table: list[_Row], col: int, unit: str | None, most: float | None = None
                  ) -> tuple[list[tuple[_Row, float]], list[tuple[_Row, float]]]:
    """The values of one column of a table: (total rows, other rows), each as (row, value)."""
    values = [(r, next((c.value for c in r.cells if c.col == col and c.unit == unit
                        and (most is None or 0 < c.value <= most)), None)) for r in table[1:]]
    totals = [(r, v) for r, v in values if _TOTAL_LABEL.match(r.label) and v]
    rows = [(r, v) for r, v in values if not _TOTAL_LABEL.match(r.label) and v]
    return totals, rows


def _posts_head(table: list[_Row]) -> dict[int, str]:
    """The header cells of a table of posts; empty when a row names another role (« Coordinatrice |
    0,2 | 9 000 € »: a staff budget, not a table of posts). The header holds no amount (« Élément |
    Poste 1 | Poste 2 » reads 1 and 2 as numbers)."""
    if not table or any(c.unit == "eur" for c in table[0].cells) or any(_OTHER_ROLE.search(r.label) for r in table[1:]):
        return {}
    return table[0].heads


def _posts_table_cost(table: list[_Row]) -> tuple[_Row, float] | None:
    """The total cost of the posts of a per-post table (DOCX cells, or lines with bars), else None."""
    head = _posts_head(table)
    if not head:
        return None
    # posts in rows: a cost column, one row per post, a total row or the sum of the posts' rows
    if _POSTS_COL0.match(head.get(0, "").strip()):
        cost_cols = [c for c, h in head.items() if c > 0 and _POSTS_COST_HEAD.match(h.strip())]
        if len(cost_cols) != 1:
            return None
        totals, posts = _column_total(table, cost_cols[0], "eur")
        if not posts:
            return None
        return totals[-1] if totals else (posts[-1][0], sum(v for _, v in posts))
    # posts in columns: a cost row with one amount under each post
    post_cols = [c for c, h in head.items() if c > 0 and _POST_HEAD.match(h.strip())]
    if len(post_cols) < 2 or any(_TOTAL_LABEL.match(h.strip()) for h in head.values()):
        return None
    for r in table[1:]:
        if _POSTS_COST_HEAD.match(r.label.strip()):
            euros = [c for c in r.cells if c.unit == "eur"]
            if len(euros) == len(post_cols) and all(c.col in post_cols for c in euros):
                return r, sum(c.value for c in euros)
    return None


def _posts_table_etp(table: list[_Row]) -> tuple[_Row, float] | None:
    """The posts' working time from the ETP column of a per-post table (« Poste | ETP | Coût annuel »):
    the total row, else the sum of the posts' rows."""
    head = _posts_head(table) if table and not table[0].cells else {}
    if not head or not _POSTS_COL0.match(head.get(0, "").strip()):
        return None
    cols = [c for c, h in head.items() if c > 0 and _ETP_COLUMN.fullmatch(h.strip())]
    if len(cols) != 1:
        return None
    totals, posts = _column_total(table, cols[0], None, most=5)
    if len(posts) < 2:
        return None
    return totals[-1] if totals else (posts[-1][0], round(sum(v for _, v in posts), 2))


def _read_tables(doc: Document, structure: Structure | None, st: _State) -> list[tuple[int, int]]:
    docx = _docx_rows(doc)
    spans = [(r.start, r.end) for r in docx]
    rows = docx + _line_rows(doc, spans)
    if structure is not None and structure.rappels:
        # a table of the previous period's funding, in a recall section, is not this convention's
        rows = [r for r in rows if structure.zone_at(r.start) != "rappel"]
    used: list[tuple[int, int]] = []
    for table in _tables(rows, doc):
        posts_cost = _posts_table_cost(table) if st.cost is None else None
        if posts_cost is not None:
            r, value = posts_cost
            ev = _evidence(doc, structure, table[0].start, r.end, "cout_poste.tableau")
            st.cost = (value, ev)
            st.cost_ev.append(ev)
        posts_etp = _posts_table_etp(table) if st.etp is None else None
        if posts_etp is not None:
            r, value = posts_etp
            st.etp = (value, _evidence(doc, structure, table[0].start, r.end, "cout_poste.etp"))
        if _read_transposed(doc, structure, st, table):
            used += [(r.start, r.end) for r in table]
            continue
        years: list[int] = []
        header_text = ""
        year_cols: list[int] = []  # DOCX: the cell index of each year column, left to right
        year_heads: dict[int, str] = {}  # DOCX: the header row's cells (years)
        for r in table:
            if len(r.years) >= 2 and not _row_mentions(r):
                years = r.years
                header_text = r.label
                year_cols = sorted(c for c, h in r.heads.items() if c > 0 and _YEAR.search(h))
                year_heads = r.heads
            elif not years and not _row_mentions(r):
                # "Année 1 | Année 2 | Année 3", "N | N+1 | N+2", "1re année | 2e année": years by rank.
                ranks = sorted(c for c, h in r.heads.items() if c > 0 and _RANK_YEAR.fullmatch(h.strip()))
                if len(ranks) >= 2:
                    years, header_text, year_cols = list(range(1, len(ranks) + 1)), r.label, ranks
        pct_hint = "%" in header_text or re.search(r"\bparts?\b|pourcentage", header_text) is not None
        # « Financeur | 2024 | % | 2025 | % »: a bare figure under a share's column is a share, whatever
        # the header's first cell says
        pct_cols = {c for r in table if not _row_mentions(r) for c, h in r.heads.items()
                    if c > 0 and ("%" in h or _SHARE_HEAD.search(h))}
        if _actions_budget(doc, structure, st, table, year_heads):
            used += [(r.start, r.end) for r in table]
            continue
        fin_rows = [(r, _row_mentions(r)) for r in table]
        # « Frais de gestion du GIP | 2 200 € »: a line of the post's expenses named after a body is
        # what the body charges, not what it pays.
        fin_rows = [(r, [x for x in m if not _EXPENSE_OF.search(r.label, 0, x.start)]) for r, m in fin_rows]
        # « Ville de Béziers | [montant] € ([part] %) | … »: a financeur named in a funding table whose
        # amounts are left to fill in is a financeur without amount.
        blank_rows = [(r, m[0].type) for r, m in fin_rows if m and not r.cells and _placeholder_row(r)]
        fin_rows = [(r, m[0].type) for r, m in fin_rows if m and r.cells]
        for r, ftype in blank_rows:
            if fin_rows or _money_blank(r):
                st.fin(ftype).evidence.append(
                    _evidence(doc, structure, r.start, r.end, "financement.financeur_sans_montant"))
        budget_total = _expense_total(table)
        if not fin_rows and not budget_total and not any(_COST_HEAD.search(r.label) for r in table):
            continue
        if budget_total is not None and st.cost is None:
            # A budget table of the post's expenses (salary, travel, management…) ending on a total:
            # that total is the post's cost, even without the word "coût".
            r, value = budget_total
            ev = _evidence(doc, structure, r.start, r.end, "cout_poste.tableau")
            st.cost = (value, ev)
            st.cost_ev.append(ev)
        for r in table:
            used.append((r.start, r.end))
            if _COST_HEAD.search(r.label) and r.cells and st.cost is None:
                euros = [c for c in r.cells if c.unit == "eur" or (c.unit is None and c.value >= 1000)]
                # a first year's column that is part of a year gives a prorated cost: a full year's is kept
                full = [c for c in euros if not _partial_year(year_heads.get(c.col, ""))]
                euros = full or euros
                if euros:
                    ev = _evidence(doc, structure, r.start, r.end, "cout_poste.tableau")
                    st.cost = (euros[0].value, ev)
                    st.cost_ev.append(ev)
            for key, pat in _BREAKDOWN.items():
                if pat.search(r.label) and r.cells:
                    st.breakdown.setdefault(key, _evidence(doc, structure, r.start, r.end, "cout_poste.tableau"))
        per_year = len(years) >= 2
        one_year = _single_year(table) if not years else None
        for r, ftype in fin_rows:
            if _TOTAL_LABEL.match(r.label):
                continue
            if one_year is not None:
                ev_y = _evidence(doc, structure, r.start, r.end, "financement.tableau_annuel")
                for unit in ("eur", "pct"):  # the row's amount and its share, if written
                    c = next((c for c in r.cells if c.unit == unit), None)
                    if c is not None:
                        st.year_obs.setdefault(ftype, []).append((one_year, unit, c.value, ev_y))
            eur = [c.value for c in r.cells if c.unit == "eur"]
            pct = [c.value for c in r.cells if c.unit == "pct"]
            pct += [c.value for c in r.cells if c.unit is None and c.col in pct_cols and c.value <= 100]
            bare = [c.value for c in r.cells if c.unit is None and c.col not in pct_cols]
            if bare:
                if pct_hint and all(v <= 100 for v in bare):
                    pct += bare
                elif all(v >= 100 for v in bare):
                    eur += bare
            if len(year_cols) >= 2 and r.cells and all(c.col in year_cols for c in r.cells) \
                    and len({c.unit for c in r.cells}) == 1 and len(r.cells) < len(year_cols):
                # An empty cell is a year with nothing paid: keep each value under its own year.
                by_col = {c.col: c.value for c in r.cells}
                column = [by_col.get(col, 0.0) for col in year_cols]
                if eur:
                    eur = column
                elif pct:
                    pct = column
            if not eur and not pct:
                continue
            fd = _folded(doc)
            if not per_year and fd.sliceable and _posts_in_columns(fd.all, r.start):
                eur, pct = eur[-1:], pct[-1:]  # the row's total and its share of the whole
            f = st.fin(ftype)
            rule = "financement.tableau_annuel" if per_year else "financement.part_ou_montant"
            f.evidence.append(_evidence(doc, structure, r.start, r.end, rule))
            if eur and not f.montants:
                f.montants = eur
            if pct and not f.parts:
                f.parts = pct
            f.per_year = f.per_year or (per_year and (len(eur) >= 2 or len(pct) >= 2))
    return used


# "40 % par l'État", "15 000 € versés par la commune", "30 % à la charge du Département",
# "60 % pour l'État": the financeur named just after the amount is the one who pays it.
_PASSIVE_GAP = re.compile(
    r"^[^\d.;:]{0,40}?\b(?:par|pour|charge\s+(?:du|des|de\s+la|de\s+l'|de)|part\s+(?:du|des|de\s+la|de\s+l'|de))"
    r"\s*(?:le\s+|la\s+|les\s+|l')?$")


_SPLIT_BETWEEN = re.compile(r"\b(?:repartie?s?|repartition|partagee?s?|partage|ventilee?s?|ventilation)\b"
                            r"[^.;:]{0,30}?\bentre\b")


def _split_between(folded: str, s: int, e: int, mentions: list[_Mention], amounts: list[Amount]
                   ) -> tuple[list[str], int | None]:
    """The financeurs of « réparti(e) entre A et B … X % et Y % » and where their shares start, when
    the shares are exactly one per financeur and all come after them; otherwise no pairing."""
    m = _SPLIT_BETWEEN.search(folded, s, e)
    if not m:
        return [], None
    values = [a for a in amounts if a.unit in ("eur", "pct") and a.start >= m.end()]
    named = [x for x in mentions if x.start >= m.end() and (not values or x.end <= values[0].start)]
    types = list(dict.fromkeys(x.type for x in named))
    if len(types) < 2 or len(named) != len(types) or any(a.start < named[-1].end for a in values):
        return [], None
    shares = [a for a in values if a.unit == "pct"]
    money = [a for a in values if a.unit == "eur"]
    if len(shares) != len(types) and len(money) != len(types):
        return [], None
    return types, named[-1].end


def _passive_target(folded: str, a: Amount, mentions: list[_Mention], amounts: list[Amount]) -> _Mention | None:
    nxt = next((m for m in mentions if m.start >= a.end), None)
    if nxt is None or any(a.end <= b.start < nxt.start for b in amounts if b is not a):
        return None
    prev = next((m for m in reversed(mentions) if m.end <= a.start), None)
    if prev is not None and a.start - prev.end <= 40 and _NEXT_PAIR.match(folded, a.end, nxt.start):
        # « par le Département à hauteur de 70 % (40 600 €) et par l'État … à hauteur de 30 % »: the
        # amount is the Département's; « et par l'État » opens the next pair
        return None
    return nxt if _PASSIVE_GAP.match(folded[a.end:nxt.start]) else None


_NEXT_PAIR = re.compile(r"\s*\)?\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:et|puis|ainsi\s+que)\s+(?:par|pour)\b")


# « ramenée à 25 % » and, written in words, « ramenée à vingt-cinq pour cent »
_NUMBER_WORD = (r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
                r"|vingt|trente|quarante|cinquante|soixante|cent|mille)\b")
_DECREASE = re.compile(r"\b(?:diminu|baiss|abaiss|redui|reduct|decroi|desengag|regress)\w*"
                       r"|\bramene\w*\s+a\s+(?:hauteur\s+de\s+)?(?:\d|" + _NUMBER_WORD + ")")
# A reduction pro rata of a vacancy or of the months the post is filled (« réduite au prorata de la
# durée d'occupation effective », « en cas de vacance du poste ») pays for time not worked: the
# State's share of the cost stays the same, it does not decrease from year to year.
_PRORATED = re.compile(
    r"\bprorata\b|\bproratis\w*|\ben\s+cas\s+de\s+vacance\b|\bvacance\s+(?:du|de\s+l'|d')\s*(?:poste|emploi)"
    r"|\bproportionnellement\s+(?:a|au)\s+(?:la\s+duree|temps|nombre\s+de\s+mois|la\s+periode)"
    r"|\ben\s+proportion\s+(?:de\s+la\s+duree|du\s+temps|du\s+nombre\s+de\s+mois|de\s+la\s+periode)"
    r"|\b(?:occupation|presence)\s+effective\b|\bmois\s+(?:effectivement\s+)?(?:travailles|pourvus)\b"
    r"|\b(?:poste|emploi)\s+(?:est\s+|reste\s+|demeure\s+)?(?:non\s+pourvu|vacant)")
_DECREASE_NEGATED = re.compile(r"\b(?:ne|n')\s*(?:\w+\s+){0,2}?(?:diminu|baiss|redui|decroi|desengag|ramene)\w*\s+(?:pas|plus|jamais)\b"
                               r"|\b(?:aucune|sans)\s+(?:diminution|baisse|reduction)\b")


_EQUAL_SHARES = re.compile(r"\ba\s+parts?\s+egales\b|\bpar\s+moitie\b|\bpour\s+moitie\b|\begalement\s+entre\b"
                           r"|\bparts?\s+egales\b")
_REMAINDER = re.compile(r"\b(?:le|du|au)\s+solde\b|\ble\s+reste\s+(?:a\s+(?:sa\s+|la\s+)?charge|du\s+(?:cout|financement|budget|poste))"
                        r"|\breste\s+a\s+charge\b|\bl'autre\s+moitie\b|\ble\s+complement\b|\ble\s+reliquat\b|\ble\s+surplus\b")


def _nearest_before(mentions: list[_Mention], a: Amount) -> _Mention | None:
    before = [m for m in mentions if m.end <= a.start]
    return before[-1] if before else next((m for m in mentions if m.start >= a.end), None)


def _apply_remainder(st: _State) -> None:
    """The financeur "du solde" pays 100 % minus the shares written for the others."""
    if not st.remainder:
        return
    t, ev = st.remainder
    others = [f for k, f in st.fins.items() if k != t and f.parts]
    if not others or any(len(f.parts) != 1 for f in others):
        return
    rest = 100 - sum(f.parts[0] for f in others)
    f = st.fin(t)
    if 0 < rest < 100 and not f.parts:
        f.parts = [round(rest, 1)]
        f.evidence.append(ev)


# A decrease only supposed, with what the parties would then do: « si la participation de l'État devait être
# réduite une année donnée, les parties se rencontreraient », « en cas de baisse de la subvention de l'État »,
# « dans l'hypothèse où l'État réduirait sa participation ». A contingency clause, not a falling share.
_HYPOTHETICAL_DECREASE = re.compile(
    r"\bsi\b[^.;]{0,80}?\b(?:devait|devaient|venait|venaient)\s+(?:a\s+)?(?:etre\s+)?(?:diminu|baiss|redui|decroi|desengag)"
    r"|\ben\s+cas\s+(?:de|d')\s*(?:diminution|baisse|reduction|desengagement)\b"
    r"|\b(?:dans\s+l'hypothese|au\s+cas)\s+ou\b[^.;]{0,80}?\b(?:diminu|baiss|redui|decroi|desengag)\w*(?:ait|aient|erait|eraient)\b")


def _state_falls(folded: str, s: int, e: int, original: str) -> bool | None:
    """"La participation de l'État diminue de 10 points chaque année", "l'État se désengage
    progressivement": True when the State is what decreases, False when that is denied, None else.
    The financeur named last before the verb is its subject: "la part de la commune diminue,
    celle de l'État reste de 50 %" says nothing of the State's share."""
    m = _DECREASE.search(folded, s, e)
    if not m or _PRORATED.search(folded, s, e) or _HYPOTHETICAL_DECREASE.search(folded, s, e):
        return None
    before = [x for x in _financeur_mentions(folded, s, m.start(), original)]
    if not before or before[-1].type != "etat":
        return None
    return not _DECREASE_NEGATED.search(folded, s, e)


# "la moitié de ce coût", "l'autre moitié", "les deux tiers du financement": a share written as a fraction.
_FRACTIONS = re.compile(
    r"\b(?:(?P<other>l'autre|une\s+autre)\s+(?P<w1>moitie)\b"
    r"|(?:la|une|le|un|les|aux|des|du|de\s+la|a\s+la)\s+(?P<n>deux\s+|trois\s+)?(?P<w2>moitie|tiers|quarts?)\b"
    r"(?=\s+(?:de\s+ce|de\s+cette|du|de\s+la|de\s+l'|des|de\s+son|de\s+leur)\s+"
    r"(?:cout|financement|budget|depenses?|charges?|montant|poste|salaire|frais|remuneration)))"
    r"|\b(?:la|une)\s+(?P<w4>moitie)\s+restante\b|\ble\s+(?P<w5>tiers|quart)\s+restant\b"
    r"|\bpour\s+(?P<n3>(?:les\s+)?(?:deux|trois)\s+|un\s+)?(?P<w3>moitie|tiers|quarts?)\b")
_FRACTION_VALUE = {"moitie": 50.0, "tiers": 100 / 3, "quart": 25.0, "quarts": 25.0}


def _fraction_shares(folded: str, s: int, e: int, amounts: list[Amount], text: str) -> list[Amount]:
    """Fractions of the cost as percentages (not "la moitié de son temps", which is a working time)."""
    out = []
    for m in _FRACTIONS.finditer(folded, s, e):
        word = m.group("w1") or m.group("w2") or m.group("w3") or m.group("w4") or m.group("w5")
        value = _FRACTION_VALUE[word]
        times = (m.group("n") or m.group("n3") or "").split()
        if times and times[-1] in ("deux", "trois"):
            value *= 2 if times[-1] == "deux" else 3
        if value >= 100 or any(a.start < m.end() and m.start() < a.end for a in amounts):
            continue
        out.append(Amount(round(value, 1), m.start(), m.end(), text[m.start():m.end()], "pct"))
    return out


# Which year a value belongs to: "60 % la première année", "À compter de la deuxième année, … 45 %",
# "40 % pour l'exercice 2022", "30 % les années suivantes". Ordinal years are keyed 1-5, "les années
# suivantes" after them, calendar years by themselves.
_YEAR_MARK = re.compile(
    r"\b(?P<ord>premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme|1re|1ere|2e|2eme|3e|3eme)\s+annee"
    r"|\b(?:les\s+)?(?P<next>annees|exercices)\s+suivant(?:e|)s\b"
    r"|\b(?:exercice|annee|en|pour|au\s+titre\s+de)\s+(?:budgetaire\s+)?(?P<cal>20\d\d)\b"
    r"|\bannee\s+n(?:\s?\+\s?(?P<n>\d))?\b|\bannee\s+(?P<rank>[1-5])\b|\bn\s?\+\s?(?P<n2>[1-4])\b")
_ORDINAL = {"premiere": 1, "1re": 1, "1ere": 1, "deuxieme": 2, "seconde": 2, "2e": 2, "2eme": 2,
            "troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "cinquieme": 5}


def _year_keys(folded: str, s: int, e: int, amounts: list[Amount]) -> dict[int, int]:
    """Index of a value in ``amounts`` -> its year key, when a year marker is tied to it.

    The marker right after the value wins (no other value of the same unit in between); else the
    nearest marker before it, with no value of the same unit in between.
    """
    marks = []
    for m in _YEAR_MARK.finditer(folded, s, e):
        key = (_ORDINAL[m.group("ord")] if m.group("ord") else 9 if m.group("next")
               else int(m.group("cal")) if m.group("cal") else int(m.group("rank")) if m.group("rank")
               else 1 + int(m.group("n2")) if m.group("n2") else 1 + int(m.group("n") or 0))
        marks.append((m.start(), m.end(), key))
    if not marks:
        return {}
    keys: dict[int, int] = {}
    vals = [(i, a) for i, a in enumerate(amounts) if a.unit in ("eur", "pct")]
    for i, a in vals:
        same = [b for _, b in vals if b.unit == a.unit and b is not a]
        after = [mk for mk in marks if mk[0] >= a.end and mk[0] - a.end <= 60
                 and not any(a.end <= b.start < mk[0] for b in same)]
        if after:
            keys[i] = after[0][2]
            continue
        before = [mk for mk in marks if mk[1] <= a.start and not any(mk[1] <= b.start < a.start for b in same)]
        if before:
            keys[i] = before[-1][2]
    return keys


_LEAD = (r"\s*(?:(?:en|pour|des|a\s+compter\s+de|a\s+partir\s+de)\s+(?:l'(?:annee|exercice)\s+)?20\d\d\s*,?\s*"
         r"|(?:pour|des|a\s+compter\s+de|a\s+partir\s+de)\s+la\s+\w+\s+annee\s*,?\s*)?")
_PRONOUN_SUBJECT = re.compile(
    _LEAD + r"\s*(?:elle|celle-ci|celle-la|cette\s+(?:participation|part|contribution|subvention|somme|aide)"
    r"|ce\s+(?:montant|financement|concours)|sa\s+(?:participation|part|contribution|subvention))\b")
# « Le Département assure la gestion de l'agent. Il prend en charge le paiement de son salaire »: a
# personal « il / elle » opening a sentence with no financeur of its own is the party that opened the
# previous sentence (not the impersonal « il est convenu », « il appartient à »).
_PERSONAL_PRONOUN = re.compile(
    r"\s*(?:il|elle|celui-ci|celle-ci)\s+(?!est\b|sera\b|serait\b|y\b|convient|appartient|revient|s'agit|faut|importe"
    r"|reste\b|incombe|apparait|arrive|peut\s+etre|pourra\s+etre)")
# A share taken off the cost before the subject pays the rest: « déduction faite de », « après déduction
# de », « hors la participation de », « minoré de ».
_ENGAGES = re.compile(r"\bs'engag\w*\s*(?:a\s*)?:\s*$")
_ENGAGED_ITEM = re.compile(r"\s*(?:[-–•*]\s*)?(?=a\s+\w)")
_DEDUCTED = re.compile(
    r"\b(?:(?:apres\s+|sous\s+)?deduction\s+(?:faite\s+)?|deduit\w*\s+|minore\w*\s+|diminue\w*\s+)(?:de|du|des|d')"
    r"|\b(?:hors|a\s+l'exception\s+de|deduire)\s+(?:la\s+|les\s+)?(?:participation|subvention|contribution|part|aide)s?\b")
_LEADING_ARTICLE = re.compile(r"\s*(?:[-–•*]\s*)?(?:le|la|l'|les)?\s*$")
# « les dispositifs financés sur le département », « dans la commune »: the territory, not the council.
_TERRITORY_BEFORE = re.compile(
    r"\b(?:sur|dans|a\s+travers|a\s+l'echelle\s+(?:du|de\s+la))\s+(?:l'ensemble\s+(?:du|de\s+la)\s+|tout\s+le\s+|toute\s+la\s+)?"
    r"(?:le|la|l')?\s*$")
_BARE_TERRITORY = re.compile(r"(?:departements?|communes?|villes?)$")
# « les billets d'avion vers Maripasoula et Grand-Santi », « les trajets jusqu'à la commune de X »: a
# place travelled to (possibly the last of a list of places), not a payer.
_DESTINATION_BEFORE = re.compile(
    r"\b(?:vers|jusqu'(?:a|au|aux)|en\s+direction\s+(?:de|du|des|d')|a\s+destination\s+(?:de|du|des|d'))(?:\s+|(?<='))"
    r"(?:(?:le|la|les|l')\s*)?(?:[\w'-]+\s*(?:,|\bet\b|\bou\b)\s*(?:(?:le|la|les|l')\s*)?){0,5}$")
# "Le montant des participations est arrêté chaque année par les financeurs": shares decided year by
# year are not written in the convention (not "versée chaque année", which is a payment schedule).
_REVISABLE = re.compile(
    r"\b(?:montants?|participations?|parts?|subventions?|contributions?|repartition|financements?"
    # « selon des modalités arrêtées chaque année par chacun des financeurs » (not a payment schedule)
    r"|modalites(?!\s+(?:de|du)\s+(?:versement|paiement|reglement|calendrier)))\b"
    r"[^.;]{0,80}?\b(?:fixe|arrete|determine|revu|reexamine|revise|defini|reevalue|decide|vote)e?s?\b"
    r"[^.;]{0,50}?\b(?:chaque\s+annee|annuellement|tous\s+les\s+ans|a\s+chaque\s+exercice|chaque\s+exercice)\b")
# A yearly revision that names the shares themselves (« les parts sont revues chaque année »).
_SHARES_REVISED = re.compile(r"\b(?:parts?|repartition|pourcentages?|taux|cles?\s+de\s+repartition)\b")
# The usual budget caveat (« sous réserve du vote des crédits », « de l'annualité budgétaire », « de la
# disponibilité des crédits », « dans la limite des crédits votés ») is not a share left to be fixed
# each year: it is blanked before ``_REVISABLE`` is read.
_BUDGET_CAVEAT = re.compile(
    r"\bsous\s+reserve\s+(?:du\s+vote|de\s+l'(?:annualite|inscription|ouverture|adoption|approbation)"
    r"|de\s+la\s+disponibilite|des\s+disponibilites|du\s+respect\s+de\s+l'annualite|de\s+l'obtention"
    r"|du\s+principe\s+de\s+l'annualite)[^,;.]*"
    r"|\bdans\s+la\s+limite\s+des\s+credits\s+(?:disponibles|votes|ouverts|inscrits)[^,;.]*")
# What is the same every year: « identiques pour chacune des trois années », « constantes sur toute la
# durée de la convention », « le même montant chaque année ». Denied (« ne sont pas identiques »), it
# says nothing.
_SAME_EACH_YEAR = re.compile(
    r"\b(?:identiques?|inchangee?s?|constante?s?|memes?\s+(?:montants?|parts?|sommes?))\s+"
    r"(?:(?:pour|sur|durant|pendant|a)\s+)?(?:chacune?\s+des|chaque|toutes?\s+les|toute\s+la|l'ensemble\s+de\s+la"
    r"|la|les)\s+(?:\w+\s+){0,1}?(?:annees?|exercices?|duree)\b")


def _revisable(folded: str, s: int, e: int) -> bool:
    """Shares or amounts said to be fixed each year outside the convention (budget caveat aside)."""
    sent = _BUDGET_CAVEAT.sub(lambda m: " " * len(m.group()), folded[s:e])
    return bool(_REVISABLE.search(sent))


# « les frais de gestion du GIP (3 500 euros) »: a line of the cost belonging to a party is what the
# post costs it, not what it pays.
_EXPENSE_OF = re.compile(r"\b(?:frais|charges?|couts?)\s+(?:de\s+(?:gestion|structure|siege)|administratifs|indirects)"
                         r"\s+(?:du|de\s+la|de\s+l'|des)\s*$")
# "versée au GIP", "attribuée à l'association": who receives the money is not a financeur.
# « une subvention versée chaque année au centre hospitalier »: the
# body paid (or the territory credited) is not a payer, even in a sentence that names the one who pays.
_PAID_TO = re.compile(r"\b(?:verse|attribue|allou|accorde|paye|rembours|apporte|delegu)\w*\s+"
                      r"(?:(?:chaque\s+annee|annuellement|tous\s+les\s+ans|directement|mensuellement"
                      r"|trimestriellement)\s+)?(?:a\s+la|a\s+l'|au|aux|a)\s*$")
_RECIPIENT = re.compile(_PAID_TO.pattern + r"|"
                        r"\b(?:appels?\s+de\s+fonds|demandes?\s+(?:de\s+subvention|de\s+versement))\s+"
                        r"(?:du|de\s+la|de\s+l'|des)\s*$"
                        # « au vu de la demande présentée par le centre hospitalier »: who asks is paid
                        r"|\b(?:demandes?|dossiers?|requetes?)\s+(?:[\w'-]+\s+){0,2}?(?:presente|depose|adresse|formule"
                        r"|transmis|etabli)e?s?\s+par\s*(?:le\s+|la\s+|les\s+|l')?$"
                        # « les subventions sollicitées par la commune auprès de l'État »: the commune asks
                        r"|\bsollicitee?s?\s+par\s*(?:le\s+|la\s+|les\s+|l')?$")
# A sentence that goes on about the previous one's money: "Elle est ramenée à 45 % …", "L'autre
# moitié est assurée par la commune", "Le solde revient au Département".
_FOLLOW_UP = re.compile(
    _LEAD + r"\s*(?:elle|celle-ci|celle-la|cette\s+(?:participation|part|contribution|subvention|somme|aide)"
    r"|ce\s+(?:montant|financement|concours)|sa\s+(?:participation|part|contribution|subvention)"
    r"|(?:l'|une\s+)autre\s+moitie|le\s+(?:solde|reste|complement|reliquat)|la\s+difference)\b")
_PREAMBLE_LINE = re.compile(r"\s*(?:considerant|vu|attendu)\b")
_OUTSIDE_CLAUSES = ("preambule", "parties", "titre", "signature", "rappel")


# --------------------------------------------------------------------------- the previous convention

# Funders of the previous convention or period are not this one's. The engine's ``report`` qualifier
# (rules/qualifiers.yaml: quotations from a source, « sous l'empire de », « auparavant »…) and the
# ``rappel`` zone already mark such text; the cues below add what only money says of the past: a verb
# of paying in the imperfect (« était financé par », « finançaient »), « pour mémoire » opening a
# sentence without quotes, money given « pour l'expérimentation » or « au titre de la convention
# initiale ». Each holds up to a « ; », a « : », the end of the sentence, or a comma after which the
# text says what holds now (the ``present`` cues of the same YAML, or a verb of paying in the present).
_PAST_PAYING = re.compile(
    r"\b(?:co-?)?financ(?:ait|aient)\b|\b(?:subventionn|particip|contribu|vers|prenai|assur|support|alloua?)"
    r"(?:ait|aient)\b|\b(?:prenait|prenaient)\s+en\s+charge\b"
    r"|\b(?:etait|etaient|avait\s+ete|avaient\s+ete)\s+(?:[\w'-]+\s+){0,2}?(?:(?:co-?)?financ|subventionn"
    r"|pris\w*\s+en\s+charge|assure|support|partage|reparti|verse|allou|attribu|accord)\w*"
    r"|\b(?:avait|avaient)\s+(?:[\w'-]+\s+){0,2}?(?:finance|subventionne|verse|alloue|attribue|accorde"
    r"|pris\s+en\s+charge|participe|contribue|apporte)\b"
    # « a participé au financement du poste de 2011 à 2014 », « ont financé l'emploi jusqu'en 2019 »: a
    # paying verb in the passé composé bound to a closed span of years is history, not this convention
    r"|\b(?:a|ont)\s+(?:[\w'-]+\s+){0,2}?(?:(?:co-?)?finance|subventionne|verse|alloue|attribue|participe"
    r"|contribue|apporte|assure|pris\s+en\s+charge)\b[^.;:]{0,120}?\b(?:(?:de|entre)\s+20\d\d\s+(?:a|et)"
    r"\s+20\d\d|jusqu'(?:en|a)\s+(?:l'annee\s+)?20\d\d)\b")
_PAST_PAYING_COST = re.compile(
    # « le coût annuel du poste y était évalué à 24 000 euros », « il s'élevait à 46 400 euros »: the
    # previous convention's cost, stated in the imperfect
    r"\b(?:etait|etaient|avait\s+ete|avaient\s+ete)\s+(?:[\w'-]+\s+){0,2}?(?:estime|evalue|chiffre|valorise"
    r"|fixe|arrete|budgete)e?s?\s+a\b|\b(?:s'elevait|s'elevaient|coutait|coutaient|representait)\b")
_PAST_PERIOD = re.compile(
    r"\b(?:pour|au\s+titre\s+de|lors\s+de|durant|pendant|dans\s+le\s+cadre\s+de)\s+(?:l'|la\s+|le\s+)"
    r"(?:experimentation|phase\s+experimentale|convention\s+(?:initiale|precedente|anterieure)"
    r"|(?:precedente|ancienne)\s+convention|periode\s+precedente|premiere\s+periode)\b")
# A post's former working time, told in the imperfect: « un poste existait à mi-temps », « l'intervenante
# intervenait à raison d'un mi-temps ».
# A working time told in the past: the imperfect (« le poste existait à mi-temps »), or an activity report's
# passé composé (« au cours du premier trimestre, à mi-temps, l'intervenante a reçu 96 personnes »).
_PAST_WORKING = re.compile(r"\b(?:existai|etai|fonctionnai|occupai|exercai|intervenai|travaillai)(?:t|ent)\b"
                           r"|\b(?:a|ont)\s+(?:ete\s+)?(?:recu|accueilli|rencontre|accompagne|suivi|oriente|traite)e?s?\b")
_FOR_MEMORY = re.compile(r"\s*(?:[-–•*]\s*)?(?:pour\s+memoire|a\s+titre\s+de\s+rappel|rappel\s*:)")
_PRESENT_PAYING = re.compile(
    r"\b(?:est|sont|sera|seront)\s+(?:[\w'-]+\s+){0,2}?(?:(?:co-?)?financ|pris\w*\s+en\s+charge|assure|support)\w*"
    r"|(?<!\ba\s)(?<!\bont\s)(?<!\bavait\s)(?<!\bavaient\s)\b(?:co-?)?financ(?:e|ent|era|eront)\b|\b(?:prend|prennent|prendra|prendront)\s+(?:desormais\s+)?en\s+charge\b"
    r"|\b(?:la|le)\s+present(?:e)?\s+(?:convention|avenant)\b")


def _qualifier_config() -> QualifierConfig | None:
    """The cues of ``rules/qualifiers.yaml`` (the rules in use, else the shipped ones), read once."""
    path = default_rules_dir() / "qualifiers.yaml"
    if not path.exists():
        path = bundled_rules_dir() / "qualifiers.yaml"
    if not path.exists():
        return None
    key = (str(path), path.stat().st_mtime_ns)
    if _QCONFIG and _QCONFIG[0][0] == key:
        return _QCONFIG[0][1]
    config = load_qualifier_config(path)
    _QCONFIG[:] = [(key, config)]
    return config


_QCONFIG: list[tuple[tuple[str, int], QualifierConfig]] = []
_REPORTS_LAST: list[tuple[str, TextQualifiers | None]] = []


def _text_qualifiers(doc: Document) -> TextQualifiers | None:
    """The document's reported and past regions, computed once per document."""
    if _REPORTS_LAST and _REPORTS_LAST[0][0] is doc.text:
        return _REPORTS_LAST[0][1]
    config = _qualifier_config()
    tq = TextQualifiers(doc.text, config, _folded(doc).all if _folded(doc).sliceable else None) \
        if config is not None else None
    _REPORTS_LAST[:] = [(doc.text, tq)]
    return tq


def _present_after(folded: str, pos: int, e: int, present: list[Any]) -> bool:
    """The text from ``pos`` to the next punctuation says what holds now."""
    stop = next((m.start() for m in re.finditer(r"[,;:()]", folded[pos:e])), e - pos) + pos
    return bool(_PRESENT_PAYING.search(folded, pos, stop)) or any(rx.search(folded, pos, stop) for rx in present)


def _past_spans(folded: str, s: int, e: int, tq: TextQualifiers | None) -> list[tuple[int, int]]:
    """Spans of the sentence ``[s, e)`` about the previous convention or period (its money, its funders)."""
    present = list(tq.config.report.present) if tq is not None and tq.config.report is not None else []
    cues: list[tuple[int, int, int]] = []  # (region start, cue start, cue end)
    for rx in (_PAST_PAYING, _PAST_PAYING_COST, _PAST_PERIOD):
        for m in rx.finditer(folded, s, e):
            left = max((x.end() for x in re.finditer(r"[,;:(]", folded[s:m.start()])), default=0) + s
            cues.append((left, m.start(), m.end()))
    lead = _FOR_MEMORY.match(folded, s)
    if lead and '"' not in folded[lead.end():e]:  # quoted, it is the ``report`` qualifier's
        cues.append((s, s, lead.end()))
    spans = []
    for left, cs, ce in cues:
        if any(rx.search(folded, left, cs) for rx in present):
            continue  # « jusqu'alors financé par la commune, désormais par l'État »: said of now
        right = e
        for m in re.finditer(r"[;:]|,", folded[ce:e]):
            if m.group() != "," or _present_after(folded, ce + m.end(), e, present):
                right = ce + m.start()
                break
        spans.append((left, right))
    return spans


def _in_past(pos: int, spans: list[tuple[int, int]], tq: TextQualifiers | None, end: int | None = None) -> bool:
    """``pos`` lies in a past span of its sentence or in a reported / past region of the engine."""
    if any(a <= pos < b for a, b in spans):
        return True
    q = tq.report_for(pos, end if end is not None else pos + 1) if tq is not None else None
    if q is None:
        return False
    if tq.report_reason(q) == "past" and q.end <= pos:
        # « le poste, auparavant financé par la CAF, est pris en charge par la commune »: the past
        # clause stops at the comma after which the text pays now
        present = list(tq.config.report.present) if tq.config.report is not None else []
        folded = tq.folded
        for m in re.finditer(",", folded[q.end:pos]):
            if _present_after(folded, q.end + m.end(), len(folded), present):
                return False
    return True


# « participe au fonctionnement du dispositif / du poste »: running the post itself, which is paying for
# it unless the clause says how in kind (« en mettant un bureau à disposition »); « le fonctionnement
# du comité de pilotage » is not the post.
_RUNNING = (r"fonctionnement\s+(?:du|de\s+ce|de\s+cet|de\s+cette|de\s+l')\s*"
            r"(?:poste|dispositif|emploi|intervenant\w*|iscg|action|permanence)")
_IN_KIND = re.compile(r"\ben\s+nature\b|\blocaux\b|\bbureau\b|\bmateriel|\bvehicule|\ben\s+(?:mettant|fournissant|accueillant"
                      r"|pretant|hebergeant|participant|assurant|designant)\b|\breunions?\b|\bcomite\b")


# A financeur named without amount counts only as the one who pays: the subject or agent of a verb
# of paying ("finance", "participe au financement", "pris en charge par", "apporte son concours"),
# or the complement of a word of money ("avec le concours de l'État", "la subvention du Département").
# Bare words ("les modalités de financement", "en matière de financement") name no payer.
# The post's pay or cost, paid « sur son budget », « sur ses fonds propres » by the employer itself.
_OWN_OBJECT = (r"(?:remuneration|salaire|traitement|cout|poste|emploi|charge\s+(?:du|de\s+ce|de\s+cet)\s+(?:poste|emploi)"
               r"|intervenant\w*|agent)")
_OWN_MONEY = (r"sur\s+(?:son|sa|ses|leur|leurs)\s+(?:propres?\s+)?(?:budget|fonds|ressources|credits)\b"
              r"(?:\s+propres?\b)?")
_PAYER_CUE = re.compile(
    r"\b(?:co-?)?financ(?:e|es|ee|ees|ent|era|eront|erait|eraient|ait|aient|ant)\b|\bsubventionn\w*"
    # « Le Département assure la rémunération et les charges de l'agent »: the pay AND its charges
    r"|\b(?:assur|assum|support)\w*\s+(?:seule?s?\s+)?(?:la|sa)\s+remuneration\s+et\s+(?:les|ses)\s+charges\b"
    # « assure la rémunération de l'intervenante ainsi que ses frais de déplacement »: the pay and costs
    r"|\b(?:assur|assum|support)\w*\s+(?:seule?s?\s+)?(?:la|sa)\s+remuneration\s+(?:(?:de|du|des)\s+(?:l'|la\s+|le\s+)?"
    r"(?:intervenant\w*|agent|travailleu\w*|assistant\w*|iscg|salarie\w*)\s+(?:sociale?s?\s+|sociaux\s+)?)?"
    r"(?:,\s*)?(?:et|ainsi\s+que)\s+(?:les|ses|leurs|de\s+ses)\s+(?:charges|frais)\b"
    # « L'Etat apporte un concours au titre du fonds interministériel … »: a concourse drawn on a fund
    r"|\bapport\w*\s+(?:un|son|leur)\s+concours\s+(?:annuel\s+)?(?:au\s+titre\s+d[ue]s?\s+(?:fonds|fipd|credits)"
    r"|sur\s+(?:les\s+|ses\s+)?credits|du\s+fipd)\b"
    # « L'État apporte au Département, au titre du fonds interministériel …, une participation »: an
    # incise between the verb and the money it brings
    r"|\b(?:assur|assum|support|apport)\w*(?:\s+(?:[\w'-]+\s+){0,4}?[\w'-]+)?\s*,\s*(?:au\s+titre|dans\s+le\s+cadre"
    r"|en\s+application|sur\s+(?:les\s+|ses\s+|leurs\s+)?credits|pour\s+(?:l'annee|l'exercice|la\s+periode|la\s+duree))\b"
    r"[^,.;:]{0,110},\s*(?:[\w'-]+\s+){0,2}?(?:financement|concours\s+financier|participation|contribution|subvention"
    r"|soutien\s+financier|aide\s+financiere)\b"
    r"|\b(?:assur|assum|support|apport)\w*\s+(?:[\w'-]+\s+){0,5}?(?:financement|charge\s+financiere"
    r"|cout|concours\s+financier|participation|contribution|subvention|soutien\s+financier|aide\s+financiere"
    r"|charge\s+(?:du|de\s+ce|de\s+cet|de\s+l')\s*(?:poste|emploi|dispositif|intervenant)"
    # « assume la charge de la rémunération de l'agent », « supporte la charge des salaires », « la charge
    # salariale »: the burden of the pay (not « assure la rémunération et la gestion », the employer's task)
    r"|charges?\s+(?:de\s+la\s+|du\s+|des\s+)(?:remuneration|salaires?|traitements?)\b|charges?\s+salariales?)"
    # « prend à sa charge la rémunération de l'intervenante », « a pris à leur charge le coût du poste »
    r"|\b(?:pren\w*|pris\w*)\s+a\s+(?:sa|leur)\s+charge\s+(?:[\w'-]+\s+){0,2}?(?:la\s+|le\s+|les\s+|l')?"
    r"(?:remuneration|salaires?|traitement|cout|poste|emploi|financement|charges?\s+salariales?)\b"
    r"|\b(?:pris|prise|prises|prend|prendre|prennent|prendra|prendront)\s+en\s+charge\s+"
    r"(?:(?:financiere(?:ment)?|conjointement|solidairement|ensemble)\s+)?"
    r"(?:par\b|(?:le|la|l'|son|sa|leur|ce|cet|cette)\s*(?:(?:paiement|versement|reglement|solde|reste|complement|reliquat|surplus|part|partie|fraction)\s+"
    r"(?:de\s+(?:son|sa|leur|la|l')|du|des)\s*)?"
    r"(?:cout|poste|financement|remuneration|salaire|emploi)\b)"
    r"|\b(?:particip\w*|contribu\w*|(?:prend|prennent|prendra|prendront|prenne)\s+(?:sa\s+|leur\s+)?part)\s+"
    r"(?:financierement\b|(?:[\w'-]+\s+){0,2}?(?:au|a\s+son|a\s+leur|a\s+la|aux)\s*"
    r"(?:financement|cout|charges?|frais|depenses|remuneration|" + _RUNNING + r")\b)"
    r"|\b(?:vers|allou|accord|attribu|octroi)\w*\s+(?:[\w'-]+\s+){0,4}?(?:subvention|participation|contribution|dotation"
    r"|aide\s+financiere|financement|credits)"
    r"|\b(?:a\s+la\s+charge|aux\s+frais)\s+(?:de|du|des|d')|\bcharge\s+financiere"
    # « Le poste est porté budgétairement par le CCAS », « la Ville porte financièrement l'emploi », « le
    # portage financier du poste » (not « porté par », which may only be the post's running)
    r"|\bport(?:e|ee|es|ees|ent|era|eront)\s+(?:[\w'-]+\s+){0,2}?(?:budgetairement|financierement)\b"
    r"|\bportage\s+(?:budgetaire|financier)\b"
    # « s'engagent à soutenir financièrement le poste », « soutient financièrement l'action »
    r"|\bsout(?:enir|ient|iennent|iendra|iendront|enu|enue|enus|enues)\s+financierement\b"
    # « L'État s'engage à soutenir le poste au titre du fonds interministériel de prévention de la
    # délinquance »: support drawn on a named fund or credits is money
    r"|\bsout(?:enir|ient|iennent|iendra|iendront)\s+(?:[\w'-]+\s+){0,3}?(?:au\s+titre|par\s+(?:des|les)\s+credits)"
    r"\s+(?:du|des|de\s+la|de\s+l')?\s*(?:fonds|fipd|credits|programme|dotation|budget)\b"
    # « La Communauté de communes en assure la charge » (« en » is the cost just written)
    r"|\ben\s+(?:assur|assum|support)\w*\s+(?:seule?s?\s+|entierement\s+|integralement\s+|totalement\s+)?"
    r"la\s+charge\b(?!\s+(?:de|du|des|d')\b)"
    # « sollicite chaque année, pour le financement du poste, des subventions auprès de l'État »
    r"|\bsollicit\w*\s+(?:[\w'-]+,?\s+){0,12}?(?:subvention|participation|financement|concours|contribution|credits)"
    r"|\b(?:subventions?|participations?|financements?|concours|contributions?)\s+(?:[\w'-]+\s+){0,2}?sollicit"
    # « Une subvention au titre du fonds interministériel de prévention de la délinquance sera sollicitée »
    r"|\b(?:subventions?|participations?|concours|contributions?)\s+au\s+titre\s+(?:du|de\s+la|de\s+l'|des)\s*"
    r"[^.;]{0,80}?\s(?:est|sont|sera|seront)\s+(?:[\w'-]+\s+){0,2}?sollicit"
    # « le coût du poste est partagé entre … », « ce budget est couvert par les participations de … »
    r"|\b(?:financement|cout|charge|budget)\s+(?:[\w'-]+\s+){0,6}?(?:est|sont|sera|seront)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:assure|partage|reparti|supporte|couvert)e?s?\b|\brepartie?s?\s+(?:[\w'-]+\s+){0,2}?entre\b"
    r"|\binscri\w*\s+(?:[\w'-]+\s+){0,4}?(?:a\s+son\s+budget|a\s+leur\s+budget|les\s+credits)"
    r"|\b(?:assum|support)e?e?s?\s+(?:financierement\s+)?par\b|\by\s+(?:particip|contribu)\w*"
    # « la Ville assure le solde », « verse le reliquat », « finance le reste »: the remainder's payer
    # « assure sur son budget la rémunération », « rémunère l'intervenant sur ses fonds propres »
    # (the post's pay or cost as the object: « prend en charge les frais de formation sur ses fonds propres » is not)
    r"|\b(?:(?:assur|support|financ|pai|pay|regl|remuner|imput)\w*|pren\w*\s+en\s+charge)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:la\s+|le\s+|l'|sa\s+|son\s+)?" + _OWN_OBJECT + r"\b\s+(?:[\w'-]+\s+){0,4}?" + _OWN_MONEY +
    r"|\b(?:(?:assur|support|financ|pai|pay|regl|remuner|imput)\w*|pren\w*\s+en\s+charge)\s+" + _OWN_MONEY +
    r"\s+(?:[\w'-]+\s+){0,2}?(?:la\s+|le\s+|l'|sa\s+|son\s+)?" + _OWN_OBJECT + r"\b"
    # « L'association y consacre en outre une partie de ses fonds propres », « mobilise ses ressources
    # propres pour le financement du poste »: the employer's own money put into the post (not « consacre
    # ses fonds propres à la formation des bénévoles »)
    r"|\by\s+(?:consacr|affect|mobilis)\w*\s+(?:[\w'-]+\s+){0,3}?(?:(?:une\s+)?part(?:ie)?\s+de\s+|tout\s+ou\s+partie\s+de\s+)?"
    r"(?:ses|leurs|son|sa)\s+(?:propres\s+)?(?:fonds|ressources|budget|credits)\b"
    r"|\b(?:consacr|affect|mobilis)\w*\s+(?:[\w'-]+\s+){0,5}?(?:fonds|ressources)\s+propres\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:au|a\s+la|a\s+l'|pour\s+(?:le|la|l'))\s*(?:poste|financement|remuneration|cout|emploi|" + _RUNNING + r")\b"
    # « contribue au fonctionnement de l'unité par la subvention mentionnée au préambule »
    r"|\b(?:contribu|particip)\w*\s+(?:[\w'-]+\s+){0,6}?par\s+(?:la|une|sa|leur|cette|ladite)\s+"
    r"(?:subvention|dotation|contribution|participation|aide\s+financiere)\b"
    # « le complément étant assuré sur les fonds propres de l'association », « le solde est financé par
    # la Ville »: the remainder as the subject of a passive (or an absolute participle), its payer after
    r"|\b(?:le|son|leur)\s+(?:complement|solde|reliquat|surplus|reste)\s+(?:du\s+(?:cout|financement|budget)\s+)?"
    r"(?:etant|est|sera|seront|sont)\s+(?:[\w'-]+\s+)?(?:assure|pris\s+en\s+charge|finance|couvert|supporte|apporte"
    r"|verse)e?s?\s+(?:par|sur)\b"
    r"|\b(?:(?:assur|assum|support|couvr|vers|financ|pai|pay|regl)\w*|pren\w*\s+(?:a\s+(?:sa|leur)\s+|en\s+)charge)"
    r"\s+(?:[\w'-]+\s+){0,2}?(?:le|du)\s+(?:solde|reliquat|surplus"
    # « le Département assure le complément » (not « le complément d'information »)
    r"|complement(?!\s+(?:d'informations?|de\s+formation|d'enquete|d'instruction|d'evaluation))"
    r"|reste\s+(?:du|de\s+la|des)\s+(?:cout|financement|remuneration|charges?|depenses|budget))\b")
# "avec le concours de l'État", "la participation financière du Département": the words that need a
# word of money elsewhere in the sentence ("la participation de la commune aux réunions" pays nothing).
_PAYER_NOUN_BEFORE = re.compile(
    r"\b(?P<noun>concours|participations?|contributions?|subventions?|dotations?|credits|soutien|apports?|aides?"
    r"|financements?)"
    r"\s+(?:financiers?\s+|financieres?\s+|annuel(?:le)?s?\s+|(?:precite|susmentionne|susvise|susdit)e?s?\s+)*"
    r"(?:de|du|des|d')\s*(?:la\s+|l')?$")
# « les participations de l'État au titre du FIPD, du Département du Nord et de la Métropole »: the money
# noun governs each complement of the enumeration, not only the first; each item is a name (no verb, no
# relative, no punctuation but the commas of the list) joined by « , de / du / et de / ou de ».
_ENUM_ITEM = r"(?:(?!\b(?:qui|que|dont|est|sont|sera|seront|pour|verse\w*|finance\w*|particip\w*)\b)[^,;:.()\n]){1,90}?"
_ENUM_LINK = r"(?:,\s*(?:et\s+|ou\s+)?|\s+(?:et|ou)\s+)(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
_PAYER_NOUN_ENUM = re.compile(
    r"\b(?P<noun>concours|participations?|contributions?|subventions?|dotations?|credits|soutien|apports?|aides?"
    r"|financements?)\s+(?:financiers?\s+|financieres?\s+|annuel(?:le)?s?\s+)*(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
    r"(?P<first>)" + _ENUM_ITEM + r"(?:" + _ENUM_LINK + _ENUM_ITEM + r"){0,4}?" + _ENUM_LINK + r"\s*(?:la\s+|l')?$")
_ENUM_TAIL = re.compile(_ENUM_LINK + r"\s*(?:la\s+|l')?$")
_MONEY_WORD = re.compile(r"financ|subvention|dotation|credits|\bcouts?\b|budget|\bfonds\b|\bfipd\b|€|\beuros?\b|%|montant"
                         r"|degressi|\bparts?\b")
# « la subvention mentionnée au préambule », « la dotation précitée »: the amount is written elsewhere.
_REFERRED = re.compile(
    r"\b(?P<noun>subvention|dotation|contribution|participation|aide|somme)s?\s+(?:financiere\s+|annuelle\s+)?"
    r"(?:(?:mentionnee|visee|citee|rappelee|indiquee|evoquee|precisee|prevue|decrite|definie|attribuee)s?\s+"
    r"(?:au\s+preambule|en\s+preambule|dans\s+le\s+preambule|ci-dessus|ci-avant|plus\s+haut|au\s+considerant\w*"
    r"|a\s+l'article\s+[\w.-]+)|(?:precitee|susmentionnee|susvisee|susdite)s?)")


def _referred_amount(text: str, folded: str, before: int, ftype: str, noun: str) -> tuple[float, int, int] | None:
    """The euros of the last earlier sentence that names ``noun`` of financeur ``ftype`` with an amount."""
    found = None
    for s, e in _sentences(text, folded):
        if s >= before:
            break
        for n in re.finditer(r"\b" + noun + r"s?\b", folded[s:e]):
            if ftype not in {m.type for m in _financeur_mentions(folded, s, e, text)}:
                break
            euros = [a for a in find_amounts(text[s:e], folded[s:e]) if a.unit == "eur" and a.start >= n.end()
                     and a.start - n.end() <= 60]
            if euros:
                found = (euros[0].value, s, e)
                break
    return found


# A party that lends premises, signs, hosts or employs is not paying by that.
_OTHER_PART = re.compile(
    r"\b(?:met|mettent|mettra|mettront|mis|mise|mises)\s+(?:\w+\s+){0,4}?a\s+(?:la\s+)?disposition\b|\bfourni\w*"
    r"|\baccueill\w*|\bheberg\w*|\bprete\w*|\bsign\w*|\brecrut\w*|\bemploi\w*|\bencadr\w*|\bpreside\w*")
_CLAUSE_END = re.compile(r"[,;:()]")


# « prend en charge la part du coût qui n'est pas couverte par cette subvention »: the negation
# belongs to the relative clause naming the remainder, not to the paying.
_UNCOVERED_PART = re.compile(
    r"\bqui\s+(?:ne\s+|n')\s*(?:est|sont|sera|seront|serait)\s+pas\s+(?:couverte?s?|financee?s?|prise?s?\s+en\s+charge"
    r"|assuree?s?|supportee?s?)\b")


# A remainder only promised in case of need is a guarantee, not a share: « le solde éventuel est pris en
# charge par le CCAS », « prend en charge, le cas échéant, l'éventuel déficit », « en cas de défaillance
# d'un financeur », « supporte la part du coût qui ne serait pas couverte par les subventions » (what the
# funding as a whole might leave: the plural of all the money named). The party that writes it (usually
# the employer) is not listed as a financeur for that; « assure le complément », « prend en charge le
# solde » and « la partie du coût qui ne serait pas couverte par cette subvention » (the rest beyond one
# subsidy) stay shares.
_EVENTUAL_REMAINDER = re.compile(
    r"\b(?:solde|reste|complement|reliquat|surplus|deficit|depassement|difference|ecart|manque|insuffisance)s?"
    r"\s+eventuel(?:le)?s?\b|\beventuel(?:le)?s?\s+(?:solde|reste|complement|reliquat|surplus|deficit|depassement"
    r"|difference|ecart|manque|insuffisance|besoin)s?\b"
    r"|\b(?:qui|que)\s+(?:ne\s+|n')\s*(?:serai(?:t|ent)|pourrai(?:t|ent)|viendrai(?:t|ent))\s+(?:pas\s+)?(?:a\s+)?(?:etre\s+)?"
    r"(?:pas\s+)?(?:couverte?s?|financee?s?|prise?s?\s+en\s+charge|assuree?s?|compensee?s?)\s+par\s+(?:les|l'ensemble\s+des)\s+"
    r"(?:subventions|financements|participations|financeurs|cofinancements|recettes|concours|contributions|aides)\b"
    r"|\ble\s+cas\s+echeant\b|\ben\s+cas\s+(?:de\s+(?:defaillance|deficit|desengagement|retrait|carence|manque"
    r"|non[\s-]versement|besoin)|d'(?:insuffisance|absence|defaut))\b|\ba\s+titre\s+subsidiaire\b")


# The same condition opening the sentence governs all of it: « En cas de défaillance d'un financeur, la
# Ville prend en charge le coût », « À défaut, … », « Si les subventions ne couvrent pas le coût, … ».
_EVENTUAL_OPENING = re.compile(
    r"\s*(?:[-–•*]\s*)?(?:" + _EVENTUAL_REMAINDER.pattern + r"|a\s+defaut\b|si\s+(?:les?\s+|la\s+|l')?(?:\w+\s+){0,2}?"
    r"(?:subventions?|financements?|participations?|financeurs?|credits|ressources|recettes|aides?)\b)")


def _clause_eventual(folded: str, s: int, e: int, a: int, b: int) -> bool:
    """The clause around ``[a, b)`` (between commas, as for a negation) says an eventual remainder."""
    left = max((m.end() for m in _CLAUSE_END.finditer(folded, s, a)), default=s)
    right = next((m.start() for m in _CLAUSE_END.finditer(folded, b, e)), e)
    return _EVENTUAL_REMAINDER.search(folded, left, right) is not None


def _cue_eventual(folded: str, s: int, e: int, c: re.Match[str], m: _Mention) -> bool:
    """The paying cue ``c`` only guarantees an eventual remainder: in its own clause, in the clause of
    the financeur ``m``, or as the condition opening the sentence."""
    return (_clause_eventual(folded, s, e, c.start(), c.end()) or _clause_eventual(folded, s, e, m.start, m.end)
            or _EVENTUAL_OPENING.match(folded, s, e) is not None)


def _cue_negated(folded: str, s: int, e: int, c: re.Match[str]) -> bool:
    """"ne constitue pas une participation au financement", "sans que leur participation soit acquise"."""
    left = max((m.end() for m in _CLAUSE_END.finditer(folded, s, c.start())), default=s)
    right = next((m.start() for m in _CLAUSE_END.finditer(folded, c.end(), e)), e)
    relative = [(m.start(), m.end()) for m in _UNCOVERED_PART.finditer(folded, c.end(), right)]
    return any(not any(a <= n.start() < b for a, b in relative) for n in _NEGATED.finditer(folded, left, right))


def _mention_denied(folded: str, s: int, e: int, m: _Mention) -> bool:
    """The financeur is named in a clause that denies its part: « la Ville prend en charge l'intégralité de la
    rémunération, sans participation de l'État ni d'aucun autre partenaire », « l'État n'apportant aucune aide »."""
    left = max((x.end() for x in _CLAUSE_END.finditer(folded, s, m.start)), default=s)
    right = next((x.start() for x in _CLAUSE_END.finditer(folded, m.end, e)), e)
    return left > s and _NEGATED.search(folded, left, right) is not None


def _other_part_between(folded: str, a: int, b: int, cue_start: int | None = None) -> bool:
    """A verb of another part ("met à disposition") between the financeur and the money, not an incise
    ("la commune, qui met les locaux à disposition, participe") nor a verb shared with the money
    ("met les locaux à disposition et participe au financement")."""
    for m in _OTHER_PART.finditer(folded, a, b):
        if re.search(r"\bqui\s+(?:\w+\s+){0,2}$", folded[max(a, m.start() - 20):m.start()]):
            continue
        if cue_start is not None and re.search(r"\bet\s+(?:a\s+)?$", folded[m.end():cue_start]):
            continue
        return True
    return False


def _payer_noun(folded: str, s: int, m: _Mention) -> re.Match[str] | None:
    """The word of money whose complement ``m`` is: right before it (« la subvention du Département »), or
    heading the enumeration ``m`` closes (« les subventions de l'État, du Département et de la Ville »)."""
    noun = _PAYER_NOUN_BEFORE.search(folded, max(s, m.start - 60), m.start)
    if noun is None and _ENUM_TAIL.search(folded, max(s, m.start - 16), m.start):
        noun = _PAYER_NOUN_ENUM.search(folded, max(s, m.start - 400), m.start)
        # the list is one of financeurs from its first item on (« l'aide financière d'urgence auprès du
        # CCAS, de la CAF et du Département » lists bodies one applies to, not the aid's payers)
        first = _financeur_mentions(folded, noun.start("first"), m.start) if noun else []
        if not first or not re.fullmatch(r"\s*", folded[noun.start("first"):first[0].start]):
            noun = None
    return noun


# « La Ville est sollicitée pour … », « le Département sera sollicité »: asked, the subject is the one to pay.
_ASKED = re.compile(r"\b(?:est|sont|sera|seront|etre|ete|soit|soient|serait|seraient)\s+(?:[\w'-]+\s+)?$")


def _named_payer(folded: str, s: int, e: int, m: _Mention) -> bool:
    """The financeur ``m`` is named as paying (without amount) in the sentence ``[s, e)``."""
    noun = _payer_noun(folded, s, m)
    if noun and (noun.group("noun") in ("subvention", "subventions", "dotation", "dotations", "credits",
                                        "financement", "financements") or _MONEY_WORD.search(folded, s, e)):
        if not _cue_negated(folded, s, e, noun) and not _NEGATED.search(folded, m.end, next(
                (x.start() for x in _CLAUSE_END.finditer(folded, m.end, e)), e)):
            return True
    for c in _PAYER_CUE.finditer(folded, s, e):
        if _cue_negated(folded, s, e, c) or _cue_eventual(folded, s, e, c, m):
            continue
        if m.end <= c.start() and c.group().startswith("sollicit") and not _ASKED.search(
                folded, max(s, c.start() - 30), c.start()):
            continue  # « Le CCAS sollicite les subventions et en rend compte »: who asks is paid, not paying
        if "fonctionnement" in c.group() and _IN_KIND.search(folded, c.end(), next(
                (i for i in (folded.find(";", c.end(), e),) if i >= 0), e)):
            continue  # « participe au fonctionnement du dispositif en mettant un bureau à disposition »
        if m.end <= c.start():
            if not _other_part_between(folded, m.end, c.start(), c.start()):
                return True
        elif m.start >= c.end():
            after = next((x.start() for x in _PAYER_CUE.finditer(folded, m.end, e)), min(e, m.end + 60))
            if not _other_part_between(folded, c.end(), m.start) and not _other_part_between(folded, m.end, after):
                return True
        else:
            return True  # the name inside the cue: "à la charge de la commune"
    return False


# Money the convention itself sets apart from the post: "hors convention", "distincte du financement
# du poste", "n'entre pas dans le coût annuel du poste", "ne relève pas de la présente convention",
# "ne concourt pas au financement du poste".
# The post itself as an object: « le poste », « le présent poste », « ce poste », « l'intervenant social ».
_THIS_POST = (r"(?:du|le|au|ce|cet|l')\s*(?:present\s+|meme\s+)?(?:financement\s+(?:du|de\s+ce)\s+)?"
              r"(?:poste|emploi|dispositif|intervenant\w*|iscg)\b")
_NOT_FOR_POST = re.compile(
    r"\bhors\s+(?:(?:de\s+)?(?:la\s+)?(?:presente\s+)?convention\b|(?:du\s+|le\s+)?(?:financement|cout|budget)\s+"
    r"(?:annuel\s+)?(?:du|de\s+ce|de\s+cet)\s+(?:poste|emploi)\b)"
    r"|\ben\s+dehors\s+(?:de\s+la\s+(?:presente\s+)?convention|du\s+(?:financement|cout|budget)\s+du\s+poste)\b"
    r"|\bdistincte?s?\s+(?:du|de\s+la|des)\s+(?:financements?|couts?|budgets?|subventions?|participations?)\s+"
    r"(?:\w+\s+)?(?:du|de\s+ce|de\s+cet)\s+(?:poste|emploi|dispositif)\b"
    r"|\bn'(?:entre|entrent|entrera|entreront)\s+pas\s+dans\s+(?:le|la|ce|cette|les)\s+(?:plans?\s+de\s+)?(?:couts?|budgets?|financements?)\b"
    r"|\b(?:ne|n')\s*(?:releve|relevent|relevera|concerne|concernent|concernera|vise|visent)\s+pas\s+(?:de\s+)?"
    r"(?:la\s+presente\s+(?:convention|action)|" + _THIS_POST + r")"
    # « sans lien avec le présent poste », « sans rapport avec la convention », « étrangère au dispositif »,
    # « indépendante du poste »: said of money, it is not the post's ("sans lien avec une procédure" is
    # about people, and names no post)
    r"|\b(?:sans\s+(?:aucun\s+)?(?:lien|rapport)\s+avec|etrangere?s?(?:\s+a)?|independante?s?(?:\s+de)?)\s*"
    r"(?:la\s+presente\s+(?:convention|action)|la\s+convention\b|" + _THIS_POST + r")"
    # « au titre d'une autre action », « pour d'autres actions », « dans le cadre d'un autre dispositif »
    r"|\b(?:au\s+titre|pour|dans\s+le\s+cadre)\s+(?:d'une\s+autre|d'un\s+autre|d'autres|une\s+autre|un\s+autre)\s+"
    r"(?:actions?|dispositifs?|projets?|missions?|postes?|activites?|programmes?|conventions?)\b"
    # « aide qui ne concourt pas au financement du poste », « ne contribue pas au coût de l'emploi »
    # « une aide ponctuelle de 1 500 € destinée à la formation de l'intervenante »: money earmarked for
    # a purchase or a training, not for the post's running cost
    r"|\b(?:aide|subvention|dotation|enveloppe|somme|concours|don)\b[^.;]{0,50}?\b(?:destine|reserve|affecte"
    r"|consacre)e?s?\s+(?:exclusivement\s+|uniquement\s+|specifiquement\s+)?(?:a\s+la|a\s+l'|au|aux|a)\s*"
    r"(?:formation|achat|acquisition|equipement|amenagement|investissement|supervision|analyse\s+des\s+pratiques"
    r"|materiel|mobilier|vehicule|installation)\b"
    # the purchase itself as the subject: « cet aménagement bénéficie d'une subvention de l'État … »
    r"|\b(?:amenagement|achat|acquisition|equipement|installation|investissement)\b[^.;]{0,40}?\bbenefici\w*\s+"
    r"d'une?\s+(?:aide|subvention|dotation|financement|participation)\b"
    # « Cette aide ne constitue pas une participation au financement du poste », « n'est pas un concours
    # au coût de l'emploi »: the money is named, then denied to the post
    r"|\b(?:ne|n')\s*(?:constitu\w*|est|sont|sera|seront|vaut|valent|represente\w*)\s+(?:\w+\s+)?pas\s+"
    r"(?:une?\s+|des\s+|la\s+|le\s+)?(?:participations?|contributions?|financements?|concours|subventions?|aides?"
    r"|apports?)\s+(?:financiere?s?\s+)?(?:au|a\s+la|a\s+l')\s*(?:financement|cout|budget|remuneration)\s+(?:annuel\s+)?"
    r"(?:du|de\s+ce|de\s+cet|de\s+l')\s*(?:present\s+|meme\s+)?(?:poste|emploi|dispositif|intervenant)"
    r"|\b(?:ne|n')\s*(?:concour\w*|contribu\w*|particip\w*|sert|servent|servira)\s+(?:\w+\s+)?pas\s+"
    r"(?:au|a\s+la|a\s+l')\s*(?:financement|cout|budget|remuneration)\s+(?:annuel\s+)?"
    r"(?:(?:du|de\s+ce|de\s+cet|de\s+l')\s*(?:present\s+|meme\s+)?(?:poste|emploi|dispositif|intervenant)"
    # « ne concourt pas au financement de la présente action / de cette convention »
    r"|de\s+(?:la\s+presente|cette)\s+(?:action|convention|mission))")


_BACK_REF = re.compile(r"\s*(?:cette|ces|cet|ce|ladite|lesdites|celle-ci|celles-ci|celui-ci|elle|elles)\b")


def _not_for_post(folded: str, s: int, e: int, amounts: list[Amount]) -> list[tuple[int, int]]:
    """Spans of the sentence ``[s, e)`` whose money and financeurs are not the post's.

    The clause (up to ";") that says so, when it names the money or the payer itself; otherwise
    ("… une aide de 3 000 € ; cette aide n'entre pas dans le coût du poste") the whole sentence.
    Amounts "fixés chaque année hors convention" are the post's, decided elsewhere: not set apart.
    """
    spans = []
    for m in _NOT_FOR_POST.finditer(folded, s, e):
        if _revisable(folded, s, e):
            return []
        left = max((x.end() for x in re.finditer(r";", folded[s:m.start()])), default=0) + s
        right = next((x.start() + m.end() for x in re.finditer(r";", folded[m.end():e])), e)
        own = any(left <= a.start < right and a.unit in ("eur", "pct") for a in amounts) or bool(
            _financeur_mentions(folded, left, right))
        span = (left, right) if own else (s, e)
        if span not in spans:  # « ne concerne pas le poste et n'entre pas dans ce budget »: one span
            spans.append(span)
    return spans


# A later clause amending an amount written before (« L'article 8 comporte une erreur matérielle : le
# coût annuel du poste est de 50 000 euros et non de 48 000 euros », « le coût du poste est porté à … »,
# « en lieu et place de … », « par dérogation à l'article 8 »): the amended figure wins over the first
# one, for the cost and for the financeurs' amounts read after it in the same article (or line).
_AMENDS = re.compile(
    r"\berreurs?\s+materielles?\b|\bet\s+non\s+(?:pas\s+)?(?:de\s+|a\s+)?\d|\bau\s+lieu\s+(?:de|des|du)\s+\d"
    r"|\ben\s+lieu\s+et\s+place\s+(?:de|des|du)\b|\b(?:est|sont)\s+(?:desormais\s+)?portee?s?\s+a\s+\d"
    r"|\b(?:modifie|rectifie|corrige)e?s?\s+(?:comme\s+suit|ainsi\s+qu'il\s+suit)\b|\bremplacee?s?\s+par\s+\d"
    r"|\bpar\s+derogation\s+(?:a|aux)\s+(?:l'|les\s+)?articles?\s+\d|\bse\s+lit\s+desormais\b"
    r"|\b(?:il\s+(?:faut|convient\s+de)\s+lire|doit\s+se\s+lire)\b"
    # « En remplacement de ce montant, le coût du poste est arrêté à 47 500 euros » (a budget annex
    # correcting the article), « en remplacement du montant de 46 000 euros »
    r"|\ben\s+remplacement\s+(?:de|des|du|d')\b")
# The figure set aside by the amendment: « et non de 48 000 », « au lieu des 48 000 », « en lieu et
# place du montant de 48 000 ».
_REPLACED_BEFORE = re.compile(
    r"(?:\bet\s+non\s+(?:pas\s+)?(?:de\s+|a\s+)?|\bau\s+lieu\s+(?:de|des|du)\s+"
    r"|\ben\s+(?:lieu\s+et\s+place|remplacement)\s+(?:de|des|du)\s+(?:[\w'-]+\s+){0,4}?)$")
_REPLACED_FIGURE = re.compile(r"\berreurs?\s+materielles?\b|\bet\s+non\s+(?:pas\s+)?(?:de\s+|a\s+)?\d"
                              r"|\bau\s+lieu\s+(?:de|des|du)\s+\d|\ben\s+(?:lieu\s+et\s+place|remplacement)\s+(?:de|des|du)\b")
# The figure the amendment sets: « est porté à 50 000 », « remplacé par 50 000 ».
_AMENDED_TO = re.compile(r"\b(?:portee?s?|remplacee?s?\s+par|ramenee?s?|fixee?s?\s+desormais)\s+a?\s*$")


def _amended_cost(folded: str, s: int, anchor: int, euros: list[Amount]) -> Amount | None:
    """The cost an amending sentence sets: the figure after « porté à », else the first one not set aside."""
    after = [a for a in euros if a.start >= anchor]
    kept = [a for a in after if not _REPLACED_BEFORE.search(folded, max(s, a.start - 60), a.start)]
    to = next((a for a in kept if _AMENDED_TO.search(folded, max(s, a.start - 30), a.start)), None)
    return to or next(iter(kept), None)


def _amend_scope(structure: Structure | None, text: str, s: int, e: int) -> int:
    """Where an amendment made in the sentence ``[s, e)`` stops holding: its article's end, else its line's."""
    art = structure.article_at(s) if structure else None
    if art is not None:
        return art.end
    nl = text.find("\n", e)
    return len(text) if nl < 0 else nl


# A list of the financeurs' shares introduced by the cost noun (« le coût du poste et la répartition
# fixés à l'article 11 sont maintenus à l'identique : État 25 000 € (50 %), CCAS 15 000 € (30 %) … »,
# « le coût du poste se répartit ainsi : État 20 000 €, Ville 20 000 € »): each amount comes right after
# a financeur's name; the first is a share, not the cost.
_NAME_TO_AMOUNT = re.compile(r"(?:\s+(?:de|du|des|d')\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)?"
                             r"[\s:=\-–]*(?:\(\s*[^()]{0,40}\)\s*)?[\s:=\-–]*(?:(?:de|pour|soit)\s+)?")
_PCT_AFTER_SHARE = re.compile(r"\s*(?:€|euros?)?\s*[(,]?\s*(?:soit\s+)?$")


def _shares_listed(folded: str, s: int, e: int, head: re.Match[str] | None, amounts: list[Amount],
                   original: str) -> Amount | None | tuple[()]:
    """When the first euro amount after the cost noun ``head`` is a financeur's share in a list: the
    shares' total as the cost (an Amount) when they are two or more and their percentages, if written,
    make 100 %; ``()`` (no cost here) otherwise. None: the amount after the noun is the cost as usual."""
    if head is None:
        return None
    euros = [a for a in amounts if a.unit == "eur" and a.start >= head.end()]
    if not euros:
        return None
    mentions = _financeur_mentions(folded, head.end(), e, original)

    def named(a: Amount) -> bool:
        before = [m for m in mentions if m.end <= a.start]
        return bool(before) and _NAME_TO_AMOUNT.fullmatch(folded, before[-1].end, a.start) is not None

    if not named(euros[0]):
        return None
    shares = [a for a in euros if named(a)]
    pcts = [p for p in amounts if p.unit == "pct" and any(
        a.end <= p.start and _PCT_AFTER_SHARE.fullmatch(folded, a.end, p.start) for a in shares)]
    if len(shares) < 2 or (pcts and abs(sum(p.value for p in pcts) - 100) > 0.5):
        return ()
    total = sum(a.value for a in shares)
    return Amount(total, shares[0].start, shares[-1].end, folded[shares[0].start:shares[-1].end], "eur")


def _read_prose(doc: Document, structure: Structure | None, st: _State, skip: list[tuple[int, int]]) -> None:
    folding = _folded(doc)
    text, folded = doc.text, folding.all
    prev_funding, prev_end_char = False, ""
    prev_lead: str | None = None  # the financeur that opened the previous sentence (its subject)
    observed: dict[str, list[tuple[int, str, float, Evidence]]] = {}  # type -> (year, unit, value)
    etp_candidates: list[tuple[int, int, float, Evidence]] = []
    scoped = bool(structure and structure.articles)
    last_subject: str | None = None  # the financeur the previous funding sentence spoke of
    # What was known before the previous funding sentence: restored when the next one sets it apart.
    undo: tuple[dict[str, _Fin], dict[str, int]] | None = None
    posts, own_role = _post_count(folded), _own_role(folded)
    tq = _text_qualifiers(doc)
    amend_end, amended = -1, set()  # the scope of the last amending sentence, financeurs amended in it
    engaged: str | None = None  # « Le centre hospitalier s'engage : » – the subject of the items below
    for s, e in _sentences(text, folded):
        if any(a <= s < b for a, b in skip):
            # A row of the post's budget table, read by ``_read_tables``; its label may still give the
            # post's working time ("Rémunération brute (assistante sociale, 1 ETP) | 28 900 €").
            row = [Amount(a.value, a.start + s, a.end + s, a.text, a.unit)
                   for a in find_amounts(text[s:e], folding.span(s, e))]
            for score, value in _sentence_etps(folded, s, e, row, posts, own_role, budget_row=True):
                etp_candidates.append((score, -s, value, _evidence(doc, structure, s, e, "cout_poste.etp")))
            continue
        sent = folded[s:e]
        lead_before, lead_here = prev_lead, None
        first = next(iter(_financeur_mentions(folded, s, min(e, s + 40), text)), None)
        if first and _LEADING_ARTICLE.fullmatch(folded, s, first.start):
            lead_here = first.type
        prev_lead = lead_here
        # « Le centre hospitalier s'engage : – à recruter l'intervenant et à prendre en charge le surplus
        # du financement … »: each item « à + verb » has the engaging party as its subject.
        item = _ENGAGED_ITEM.match(sent)
        item_lead = engaged if item else None
        if lead_here and _ENGAGES.search(sent):
            engaged = lead_here
        elif not item:
            engaged = None
        # "Considérant que la participation de l'État est en principe dégressive": the preamble
        # states reasons, the articles and annexes state the convention's own financing.
        line_start = text.rfind("\n", 0, s) + 1
        outside = bool(_PREAMBLE_LINE.match(folded, line_start, e)) or (
            scoped and structure is not None and structure.zone_at(s) in _OUTSIDE_CLAUSES)
        amounts = [Amount(a.value, a.start + s, a.end + s, a.text, a.unit)
                   for a in find_amounts(text[s:e], folding.span(s, e))]
        # "Pour mémoire, le poste était financé à parts égales par l'État et la Ville": the previous
        # convention's money and funders (a recall, a quotation, the past) are not this one's.
        past = _past_spans(folded, s, e, tq)
        amounts = [a for a in amounts if not _in_past(a.start, past, tq, a.end)]
        # "une aide de 3 000 € du conseil régional, hors convention": money said not to be the post's.
        apart = _not_for_post(folded, s, e, amounts)
        if apart:
            amounts = [a for a in amounts if not any(x <= a.start < y for x, y in apart)]
        # ETP of the post: every candidate is weighed, the best one wins (not merely the first). A reason
        # of the preamble (« Considérant que l'association a mis un intervenant à disposition à raison
        # d'un mi-temps, et que ce temps ne suffit plus ») ranks below the articles' own working time.
        # So does a working time told in the imperfect (« Depuis 2016 un poste existait à mi-temps »).
        recalled = outside or bool(_PAST_WORKING.search(sent))
        for score, value in _sentence_etps(folded, s, e, amounts, posts, own_role):
            if recalled and score > 1:
                score = 1
            etp_candidates.append((score, -s, value, _evidence(doc, structure, s, e, "cout_poste.etp")))
        whole_time = _whole_time(folded, s, e, posts, own_role)
        if whole_time is not None:
            # ranked below every written figure: « à mi-temps » elsewhere says more than this
            etp_candidates.append((0, -s, whole_time, _evidence(doc, structure, s, e, "cout_poste.etp_temps_entier")))
        elif (week := _working_week(folded, s, e, posts, own_role)) is not None:
            # ranked below every other mention of the working time, the whole time included
            etp_candidates.append((-1, -s, week, _evidence(doc, structure, s, e, "cout_poste.etp_semaine_entiere")))
        elif (rest := _rest_of_time(folded, s, e, posts)) is not None and not _in_past(s, past, tq):
            # the same rank: the whole time said by its parts, never against a written figure
            etp_candidates.append((-1, -s, rest, _evidence(doc, structure, s, e, "cout_poste.etp_reste_du_temps")))
        elif (days := _post_days(folded, s, e, posts, own_role)) is not None and not recalled:
            # the same rank: the post's days, never against a written figure
            etp_candidates.append((-1, -s, days, _evidence(doc, structure, s, e, "cout_poste.etp_jours_du_poste")))
        funding = bool(_FUNDING_CUE.search(sent)) or _in_financing_article(structure, s, folded)
        # A list introduced by a funding sentence ("… selon les proportions suivantes :" then
        # "– en 2017 : État 60 % ; Conseil départemental 20 %") inherits its context.
        carried = prev_funding and (prev_end_char in ":;," or bool(_BULLET.match(text, s))
                                    or bool(_FOLLOW_UP.match(sent)))
        # "Ce coût est réparti comme suit :" introduces the financeurs' list as well.
        prev_funding = funding or carried or bool(_COST_CUE.search(sent))
        prev_end_char = text[s:e].rstrip()[-1:] or text[e:e + 1]
        if e < len(text) and text[e] in ";:":
            prev_end_char = text[e]
        funding = funding or carried
        if funding and not outside:
            amounts = sorted(amounts + _fraction_shares(folded, s, e, amounts, text), key=lambda a: a.start)
        years_here = [int(y) for y in _YEAR.findall(folded, line_start, e)]
        if outside:
            pass
        elif _DEGRESSIVE.search(sent) and (funding or _financeur_mentions(folded, s, e)):
            if _NOT_DEGRESSIVE.search(sent):
                st.stable_cue.append(_evidence(doc, structure, s, e, "financement.mention_stabilite"))
            else:
                st.degressive_cue.append(_evidence(doc, structure, s, e, "financement.mention_degressivite"))
        else:
            falling = _state_falls(folded, s, e, text)
            if falling is not None:
                rule = "financement.mention_degressivite" if falling else "financement.mention_stabilite"
                (st.degressive_cue if falling else st.stable_cue).append(_evidence(doc, structure, s, e, rule))
        # Cost.
        cost_cues = [m for m in _COST_CUE.finditer(folded, s, e)]
        euros_here = [a for a in amounts if a.unit == "eur"]
        heads = list(_COST_HEAD.finditer(folded, s, e))
        if any(_OTHER_THAN_POST.match(folded, h.end()) for h in heads):
            heads = []  # the sentence tells the cost of all the actions: no post's cost in it
        head = next((h for h in heads if not _paid_into(
            folded, s, h.start(), h.end(), next((a.start for a in euros_here if a.start >= h.end()), e))), None)
        if head is None and not _COST_HEAD.search(folded, s, e):
            unit = _unit_cost_head(folded, s, e, euros_here)
            if unit and not _paid_into(folded, s, unit.start(), unit.end(),
                                       next((a.start for a in euros_here if a.start >= unit.end()), e)):
                head = unit
        if head is None and not _COST_HEAD.search(folded, s, e):
            valued = _VALUED_FOR_ONE_POST.search(folded, s, e)
            if valued and not _SHARE_SUBJECT.search(folded, s, valued.start()):
                head = valued
        cost_cues = [c for c in cost_cues if not _paid_into(
            folded, s, c.start(), c.end(), next((a.start for a in euros_here if a.start >= c.end()), e))]
        whole = _WHOLE_POST.search(folded, s, e) or next(
            (m for m in _SOLE_PAYER.finditer(folded, s, e) if not _cue_negated(folded, s, e, m)), None)
        if whole and any(a.end() <= whole.start() <= a.end() + 12 for a in _ADVANCE.finditer(folded, s, e)):
            whole = None  # « la Ville fait l'avance de l'ensemble des dépenses »: a cash advance, no sole payer
        euros = [a for a in amounts if a.unit == "eur"]
        covered = _covered_cost(folded, s, euros) if euros and not head else None
        if covered is not None and st.cost is None:
            ev = _evidence(doc, structure, s, e, "cout_poste.charges_du_poste")
            st.cost = (covered.value, ev)
            st.cost_ev.append(ev)
        amending = not outside and bool(_AMENDS.search(folded, s, e))
        fixed = _amended_cost(folded, s, head.start(), euros) if amending and head and euros else None
        if fixed is not None or (amending and euros and _REPLACED_FIGURE.search(folded, s, e)):
            # a figure is replaced here: the financeurs' figures that follow in the article replace theirs
            amend_end, amended = _amend_scope(structure, text, s, e), set()
        if fixed is not None and st.cost is not None:
            ev = _evidence(doc, structure, s, e, "cout_poste.cout_rectifie")
            st.cost = (fixed.value, ev)
            st.cost_ev[:] = [ev]
            st.cost_total = None
        elif euros and (head or (whole and funding)) and st.cost is None and not _share_of_cost(
                folded, s, head, euros) and (listed := _shares_listed(folded, s, e, head, amounts, text)) != ():
            anchor = head.start() if head else whole.start()
            after = [a for a in euros if a.start >= anchor] or euros
            a = after[0] if listed is None else listed
            rule = ("cout_poste.budget_previsionnel" if head and "budget" in head.group()
                    else "cout_poste.cout_total" if head else "cout_poste.subvention_totalite")
            if listed is not None:
                rule = "cout_poste.total_des_parts"
            value = a.value
            together = _posts_total(folded, anchor, a, after[1:], posts) if head and listed is None else None
            if together is not None:
                value, rule = together, "cout_poste.total_des_postes"
            py = _PER_YEARS.match(folded, a.end)
            if py and not re.match(r"\s*(?:par\s+an|/\s*an|annuel)", folded[a.end:a.end + 12]):
                n = int(py.group(1)) if py.group(1).isdigit() else _SMALL[py.group(1)]
                if n > 1:
                    st.cost_total = (value, n)
                    value = value / n
                    rule = "cout_poste.total_pluriannuel"
            ev = _evidence(doc, structure, s, e, rule)
            st.cost = (value, ev)
            st.cost_ev.append(ev)
        if cost_cues or head:
            for key, pat in _BREAKDOWN.items():
                if pat.search(sent):
                    st.breakdown.setdefault(key, _evidence(doc, structure, s, e, "cout_poste.cout_total"))
        subject, last_subject = last_subject, None
        prev_undo, undo = undo, None
        if prev_undo and apart == [(s, e)] and _BACK_REF.match(sent):
            # "… verse une aide de 3 000 €. Cette aide n'entre pas dans le coût du poste.": the
            # previous sentence's money is set apart as well.
            st.fins = prev_undo[0]
            for t in list(observed):
                del observed[t][prev_undo[1].get(t, 0):]
            continue
        if not funding or outside:
            continue
        undo = ({t: _Fin(f.type, list(f.montants), list(f.parts), list(f.evidence), f.per_year)
                 for t, f in st.fins.items()}, {t: len(v) for t, v in observed.items()})
        if _revisable(folded, s, e) and not _NEGATED.search(sent):
            st.revisable_cue.append(_evidence(doc, structure, s, e, "financement.parts_revisables"))
        same = _SAME_EACH_YEAR.search(sent)
        if same and not _NEGATED.search(sent, 0, same.start()) and not _DEGRESSIVE.search(sent) and not st.stable_cue:
            st.stable_cue.append(_evidence(doc, structure, s, e, "financement.mention_stabilite"))
        mentions = [m for m in _financeur_mentions(folded, s, e, text)
                    if not any(x <= m.start < y for x, y in apart)
                    and not (_BARE_TERRITORY.match(folded, m.start, m.end)
                             and _TERRITORY_BEFORE.search(folded, max(s, m.start - 40), m.start))
                    and not _DESTINATION_BEFORE.search(folded, max(s, m.start - 80), m.start)
                    and not _in_past(m.start, past, tq, m.end)
                    and not _EXPENSE_OF.search(folded, max(s, m.start - 40), m.start)
                    and not _PAID_TO.search(folded, max(s, m.start - 50), m.start)
                    and not _unticked(folded, m.start)]
        pronoun = _PERSONAL_PRONOUN.match(folded, s, e)
        if not mentions and lead_before and pronoun:
            mentions = [_Mention(lead_before, s, s + len(pronoun.group().rstrip()))]
        elif mentions and lead_before and pronoun and lead_before not in {m.type for m in mentions}:
            # « Elle prend en charge le coût du poste, déduction faite de la participation de l'État »:
            # the financeur named in the deduction pays its own share; the pronoun still pays the rest
            cut = _DEDUCTED.search(folded, pronoun.end(), mentions[0].start)
            if cut and mentions[0].start - cut.end() <= 40:
                mentions = [_Mention(lead_before, s, s + len(pronoun.group().rstrip()))] + mentions
        values = [a for a in amounts if a.unit in ("eur", "pct")]
        pm = _PRONOUN_SUBJECT.match(sent) if subject and values else None
        if pm and not any(m.end <= values[0].start for m in mentions) and s + pm.end() <= values[0].start:
            # "La participation de l'État est fixée à 60 %. Elle est ramenée à 45 % la deuxième année."
            mentions = [_Mention(subject, s + pm.end(), s + pm.end())] + mentions
        if item_lead and item_lead not in {m.type for m in mentions}:
            lead_m = _Mention(item_lead, s + item.end(), s + item.end())
            if _named_payer(folded, s, e, lead_m):
                mentions = [lead_m] + mentions
        if not mentions:
            continue
        payers = [m for m in mentions if not _mention_denied(folded, s, e, m)] if whole else mentions
        if whole and len({m.type for m in payers}) == 1 and re.search(r"financ|prend|charge|assure|support|couvr|assum", sent):
            ev = _evidence(doc, structure, s, e, "financement.financeur_unique")
            st.sole_cue.append(ev)
            f = st.fin(payers[0].type)
            f.evidence.append(ev)
            f.parts = f.parts or [100.0]
            eur_all = [a.value for a in amounts if a.unit == "eur"]
            if eur_all and not f.montants:
                f.montants = eur_all[:1]
        kinds = list(dict.fromkeys(m.type for m in mentions))
        eq = _EQUAL_SHARES.search(sent)
        if eq and len(kinds) >= 2 and not [a for a in amounts if a.unit == "pct"] \
                and not re.search(r"\b(?:difference|solde|reste|complement|reliquat|augmentation|hausse)\b",
                                  sent[:eq.start()]):
            ev = _evidence(doc, structure, s, e, "financement.part_ou_montant")
            for t in kinds:
                f = st.fin(t)
                f.evidence.append(ev)
                f.parts = f.parts or [round(100 / len(kinds), 1)]
        rest = _REMAINDER.search(sent)
        if rest and _clause_eventual(folded, s, e, s + rest.start(), s + rest.end()):
            rest = None  # « le solde éventuel est pris en charge par … »: a guarantee, no share
        if rest and st.remainder is None:
            with_value = {(_passive_target(folded, a, mentions, amounts) or _nearest_before(mentions, a) or
                           _Mention("", 0, 0)).type for a in amounts if a.unit in ("eur", "pct")}
            free = [m for m in mentions if m.type not in with_value]
            if free:
                pos = rest.start()
                target = min(free, key=lambda m: abs(m.start - pos))
                st.remainder = (target.type, _evidence(doc, structure, s, e, "financement.part_ou_montant"))
        resp = re.search(r"\brespectivement\b", sent)
        # "l'État et la Ville participent respectivement à 60 % et 40 %" pairs financeurs and values;
        # "l'État … soit respectivement 27 000, 21 600 et 16 200 €" lists one financeur's yearly values.
        pair_at = s + resp.start() if resp else None
        resp_types = list(dict.fromkeys(m.type for m in mentions if m.end <= pair_at)) if resp else []
        if not resp:
            # « la répartition entre la commune et l'État est de 70 % et 30 % »: as many shares as
            # financeurs, all of them after the financeurs, pair in the same order
            resp_types, pair_at = _split_between(folded, s, e, mentions, amounts)
        pair = len(resp_types) >= 2
        each = re.search(r"\bchacun(?:e)?\b", sent) is not None or pair
        keys = _year_keys(folded, s, e, amounts)
        yearish = bool(_YEARISH.search(sent))
        got: dict[str, tuple[list[float], list[float]]] = {}
        pct_ok = False
        for idx, a in enumerate(amounts):
            if a.unit not in ("eur", "pct"):
                continue
            before = [m for m in mentions if m.end <= a.start]
            passive = _passive_target(folded, a, mentions, amounts)
            cost_before = [c for c in cost_cues if c.end() <= a.start]
            last_fin = before[-1].end if before else -1
            if cost_before and cost_before[-1].end() > last_fin and a.unit == "eur" and not passive:
                continue  # "… du coût du poste, estimé à 52 000 €": a cost, not a subsidy
            if a is covered:
                continue  # "la charge de la rémunération de l'intervenante, dont le montant est estimé à …"
            if a.unit == "eur" and not passive and _is_cost_of_head(folded, s, a, amounts):
                continue  # "Le coût du poste, frais de gestion de l'établissement compris, est évalué à …"
            near_fin = bool(before) and a.start - before[-1].end <= 40
            if a.unit == "pct" and not pct_ok and not near_fin and not passive and not re.match(r"\s*(?:du|de\s+la|des|de\s+l')\s*(?:cout|financement|budget|poste|montant|depenses|charges|salaire)", folded[a.end:a.end + 40]) \
                    and not re.search(r"hauteur|particip|financ|prend|part|subvention|charge|fixee?s?\s+a|maintenue?s?\s+a"
                                  r"|ramenee?s?\s+a|abaissee?s?\s+a|portee?s?\s+a", folded[max(s, a.start - 60):a.start]):
                continue  # "100 % des situations"
            if a.unit == "pct":
                pct_ok = True  # "60 % la première année, 40 % la deuxième et 20 % la troisième"
            if passive:
                targets = [passive.type]
            elif each and len(before) >= 2:
                targets = [m.type for m in before]
                if pair:
                    targets = []  # "respectivement 60 % et 40 %": paired below
            else:
                near = before[-1] if before else next((m for m in mentions if m.start >= a.end), None)
                if not before and re.search(r"\b(?:repartie?s?|partagee?s?|ventilee?s?)\s+(?:entre|comme\s+suit)",
                                            folded[a.end:e]):
                    near = None  # "Le solde, soit 20 000 €, est réparti entre la Ville, pour …": a sum to split
                targets = [near.type] if near else []
            for t in targets:
                eur, pct = got.setdefault(t, ([], []))
                (eur if a.unit == "eur" else pct).append(a.value)
                if idx in keys and len(targets) == 1:
                    observed.setdefault(t, []).append(
                        (keys[idx], a.unit, a.value, _evidence(doc, structure, s, e, "financement.parts_annuelles")))
        if pair:
            vals = [a for a in amounts if a.unit in ("eur", "pct") and a.start >= pair_at]
            for unit in ("pct", "eur"):
                for t, a in zip(resp_types, [v for v in vals if v.unit == unit]):
                    eur, pct = got.setdefault(t, ([], []))
                    (eur if a.unit == "eur" else pct).append(a.value)
        if got:
            last_subject = next(iter(got)) if len(got) == 1 else mentions[0].type
        for t, (eur, pct) in got.items():
            if len(set(years_here)) == 1 and len(eur) <= 1 and len(pct) <= 1 and not keys:
                ev_y = _evidence(doc, structure, s, e, "financement.parts_annuelles")
                for unit, vals in (("eur", eur), ("pct", pct)):
                    if vals:
                        observed.setdefault(t, []).append((years_here[0], unit, vals[0], ev_y))
            f = st.fin(t)
            series = (yearish or (resp is not None and not pair)) and (len(eur) >= 2 or len(pct) >= 2)
            rule = "financement.parts_annuelles" if series else "financement.part_ou_montant"
            f.evidence.append(_evidence(doc, structure, s, e, rule))
            if s < amend_end and t not in amended:
                # the amending article's figures replace those written before it
                amended.add(t)
                f.montants = [] if eur else f.montants
                f.parts = [] if pct else f.parts
                f.per_year = False
            if not series and _posts_in_columns(folded, s):
                eur, pct = eur[-1:], pct[-1:]  # the row's total and its share of the whole
            if eur and not f.montants:
                f.montants = eur if series else eur[:1]
            if pct and not f.parts:
                f.parts = pct if series else pct[:1]
            f.per_year = f.per_year or series
        for m in mentions:
            if m.type not in got and _named_payer(folded, s, e, m) \
                    and not _RECIPIENT.search(folded, max(0, m.start - 30), m.start):
                f = st.fin(m.type)
                ref = _REFERRED.search(folded, s, e)
                got_ref = _referred_amount(text, folded, s, m.type, ref.group("noun")) if ref else None
                if got_ref and not f.montants:
                    f.montants = [got_ref[0]]
                    f.evidence.append(_evidence(doc, structure, got_ref[1], got_ref[2], "financement.part_ou_montant"))
                if not f.evidence:
                    f.evidence.append(_evidence(doc, structure, s, e, "financement.financeur_sans_montant"))
    for t, obs in st.year_obs.items():
        observed[t] = obs + observed.get(t, [])
    _year_series(st, observed)
    for value, a, b in _column_etps(folded):
        etp_candidates.append((3, -a, value, _evidence(doc, structure, a, b, "cout_poste.etp")))
    if etp_candidates and st.etp is None:
        # A working time an avenant bound after the convention sets (« À compter du 1er janvier 2022, le
        # poste est occupé à hauteur d'un équivalent temps plein ») is the one in force; the latest wins.
        amended_from = _amendment_start(folded, structure)
        in_force = [c for c in etp_candidates if amended_from is not None and -c[1] >= amended_from and c[0] > 0]
        if in_force:
            _, _, value, ev = max(in_force, key=lambda c: (c[0], -c[1]))
        else:
            _, _, value, ev = max(etp_candidates, key=lambda c: (c[0], c[1]))
            if max(c[0] for c in etp_candidates) <= 0 and _TIME_LEFT_BLANK.search(folded):
                # only guessed from the whole time or the week, where the draft leaves the figure blank
                return
        st.etp = (value, ev)


def _amendment_start(folded: str, structure: Structure | None) -> int | None:
    """Where the first avenant bound after the convention begins (None when the file holds none)."""
    starts = amendment_starts(folded, structure)
    return starts[0] if starts else None


def _read_all(doc: Document, structure: Structure | None) -> _State:
    """Tables, prose and ticked boxes of ``doc`` read into one state."""
    st = _State()
    used = _read_tables(doc, structure, st)
    _read_prose(doc, structure, st, used)
    _ticked_financeurs(doc, structure, st)
    return st


_MONEY_RULES = ("financement.tableau_annuel", "financement.parts_annuelles", "financement.part_ou_montant",
                "financement.financeur_unique")


def _states_money(st: _State, start: int) -> tuple[bool, bool]:
    """Whether ``st`` holds a financeur's amount or share (first) and a cost (second) read at or after
    ``start``."""
    fins = any((f.montants or f.parts) and any(e.start >= start and e.rule in _MONEY_RULES for e in f.evidence)
               for f in st.fins.values())
    cost = st.cost is not None and st.cost[1].start >= start
    return fins, cost


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _money_years(text: str, st: _State, lo: int, hi: int) -> set[int]:
    """The years of the financeurs' amounts read in ``[lo, hi)``: those written in their evidence, and for
    a table row those of the line above it (the header of its years)."""
    years: set[int] = set()
    for f in st.fins.values():
        for e in f.evidence:
            if lo <= e.start < hi and e.rule in _MONEY_RULES:
                years.update(int(y) for y in _YEAR.findall(text, e.start, e.end))
                if e.rule == "financement.tableau_annuel":
                    above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, e.start)))
                    years.update(int(y) for y in _YEAR.findall(text, above + 1, e.start))
    for obs in st.year_obs.values():  # one year's tables: the year their header names
        years.update(y for y, _, _, e in obs if lo <= e.start < hi)
    return years


def _cost_substituted(doc: Document, structure: Structure | None, st: _State, before: tuple[float, Evidence] | None) -> None:
    """The cost an avenant rewrites by substituting its amount in the convention's words (« le montant de « 52 000
    euros » est remplacé par celui de « 54 000 euros » »): the new amount is the cost in force when the old one is
    the convention's cost, whatever else the avenant's annexes break down (« salaire et charges 43 500 euros »)."""
    folded = _folded(doc).all
    starts = amendment_starts(folded, structure)
    if before is None or not starts:
        return
    for sub in substitutions(folded, starts[0]):
        if sub.new is None:
            continue
        old = [a.value for a in find_amounts(sub.old) if a.unit == "eur"]
        new = [a.value for a in find_amounts(sub.new) if a.unit == "eur"]
        if len(old) == 1 and len(new) == 1 and abs(old[0] - before[0]) < 0.5:
            ev = _evidence(doc, structure, sub.start, sub.end, "cout_poste.cout_substitue")
            st.cost_ev = [ev, before[1]]  # the substitution, then the convention's own statement it rewrites
            st.cost, st.cost_total = (new[0], ev), None
            before = st.cost


def _append_years(old: dict[str, _Fin], new: dict[str, _Fin]) -> None:
    """Prefix each of ``new``'s single-year amounts and shares with the same financeur's earlier one."""
    for t, f in new.items():
        prev = old.get(t)
        if prev is None or f.per_year:
            continue
        if prev.per_year:  # the whole text's read already put the two tables' years in a series
            f.montants, f.parts = prev.montants or f.montants, prev.parts or f.parts
            f.per_year = True
            f.evidence = prev.evidence + [e for e in f.evidence if e not in prev.evidence]
            continue
        joined = False
        if len(prev.montants) == 1 and len(f.montants) == 1:
            f.montants = prev.montants + f.montants
            joined = True
        if len(prev.parts) == 1 and len(f.parts) == 1:
            f.parts = prev.parts + f.parts
            joined = True
        if joined:
            f.per_year = True
            f.evidence = [e for e in prev.evidence if e not in f.evidence] + f.evidence


def _money_in_force(doc: Document, structure: Structure | None, st: _State) -> None:
    """The cost and the financeurs' table an avenant bound after the convention states replace the
    convention's (« L'article 8 est remplacé par les dispositions suivantes : … 49 500 euros »): the latest
    avenant that speaks of money wins, read alone; an avenant silent on money changes nothing. An avenant
    that names a single financeur's new amount changes that financeur only; one that restates two
    financeurs or more, or a table, restates the whole distribution."""
    starts = amendment_starts(_folded(doc).all, structure)
    if not starts or not any(_states_money(st, starts[0])):
        return
    for start in reversed(starts):
        keep = "".join(c if c == "\n" else " " for c in doc.text[:start])
        later = _read_all(dataclasses.replace(doc, text=keep + doc.text[start:]), structure)
        fins, cost = _states_money(later, start)
        if not (fins or cost):
            continue
        if cost:
            st.cost, st.cost_total, st.breakdown, st.cost_ev = (later.cost, later.cost_total, later.breakdown,
                                                                later.cost_ev)
        before, after = _money_years(doc.text, st, 0, start), _money_years(doc.text, later, start, len(doc.text))
        if fins and before & after and min(before) < min(after):
            fins = False  # later columns of a table still running are rewritten: its first year stands
        if fins:
            stated = {t: f for t, f in later.fins.items() if f.montants or f.parts}
            whole = len(stated) >= 2 or any(e.rule == "financement.tableau_annuel"
                                            for f in stated.values() for e in f.evidence)
            if whole and before and after and min(after) > max(before):
                # an avenant funding the years after the convention's (« Montant 2018 » after « Montant
                # 2017 »): each financeur's money is a series, year after year
                _append_years(st.fins, later.fins)
            if whole:
                st.fins = dict(later.fins)
                st.degressive_cue, st.stable_cue, st.sole_cue = (later.degressive_cue, later.stable_cue,
                                                                 later.sole_cue)
                st.revisable_cue, st.remainder = later.revisable_cue, later.remainder
            else:
                st.fins.update(stated)
        return


# The header of a table with one column per post then the total (« Financeur | Poste de Nice | Poste de
# Menton | Total | Part du total »): a financeur's row ends with what it pays in all and its share.
_POSTS_HEADER = re.compile(r"\bpostes?\b.*\bpostes?\b.*\btotal\b")


def _posts_in_columns(folded: str, s: int) -> bool:
    """Whether the line at ``s`` is a row under a header naming two posts or more and their total."""
    end = s
    for _ in range(10):
        start = folded.rfind("\n", 0, max(0, end - 1)) + 1
        line = folded[start:end].strip()
        if not line:
            return False
        if not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", line)):
            return bool(_POSTS_HEADER.search(line))
        if start == 0:
            return False
        end = start
    return False


# "La Communauté verse au budget du poste une participation de 15 000 €", "participe au coût du
# poste à hauteur de …": the post's cost or budget is where the money goes, not a cost written.
_PAID_INTO = re.compile(r"\b(?:vers|particip|contribu|affect|apport|abond|ajout|attribu|allou|impute)\w*\s+"
                        r"(?:[\w'-]+\s+){0,3}?(?:au|aux|a\s+la|a\s+l')\s*$")
# A share of the cost named before the cost noun: « 18 000 euros, soit quarante pour cent du coût du poste
# tel qu'il est évalué à l'article 3 », « à hauteur de 40 % du coût annuel, soit 22 000 euros » — the
# amounts are the share; the cost is stated only by a valuation after the noun (« 40 % du coût du poste,
# estimé à 55 000 € »).
_SHARE_OF = re.compile(
    r"(?:\d[\d\s.,]*\s*(?:%|pour\s*cent)|\b[a-z-]+\s+pour\s*cent|\bmoitie|\btiers|\bquart|\bpart|\bpartie"
    r"|\bsolde|\breste|\bcomplement|\breliquat)\s+(?:du|de\s+ce|de\s+cet|de\s+l'|de\s+la)\s*$")
_VALUED = re.compile(r"\b(?:estime|evalue|valorise|chiffre|arrete|fixe)e?s?\s+(?:par\s+[\w\s']{1,30}?\s+)?a\s+(?!l'article)"
                     r"|\bs'eleve\w*\s+a\b|\b(?:est|sont|sera)\s+de\b")


def _share_of_cost(folded: str, s: int, head: re.Match[str] | None, euros: list[Amount]) -> bool:
    """The cost noun is the whole a share is taken of, and no valuation of it follows before the next amount."""
    if head is None or not _SHARE_OF.search(folded, max(s, head.start() - 40), head.start()):
        return False
    nxt = next((a for a in euros if a.start >= head.end()), None)
    return nxt is None or not _VALUED.search(folded, head.end(), nxt.start)


_COST_STATED = re.compile(r"\b(?:estime|evalue|valorise|chiffre|arrete|fixe)e?s?\s+a\b|\bs'eleve\w*\s+a\b"
                          r"|\b(?:est|sont|sera|seront)\s+de\b|\bsoit\b")


def _paid_into(folded: str, s: int, head_start: int, head_end: int, amount_start: int) -> bool:
    """The cost word at ``[head_start, head_end)`` receives a payment: the amount after it is a
    contribution, unless the cost itself is then stated ("participe au coût du poste, estimé à …")."""
    if not _PAID_INTO.search(folded[max(s, head_start - 60):head_start]):
        return False
    between = folded[head_end:amount_start]
    stated = _COST_STATED.search(between)
    return not stated or bool(_FUNDING_CUE.search(between[:stated.start()]))


# « le coût d'un poste », « le coût annuel d'une intervenante »: one post's cost; with several posts
# it is per post (and so is the working time said in the same sentence, « pour un équivalent temps plein »).
_UNIT_COST = re.compile(r"\bcouts?\s+(?:(?:annuel|estime|total|global|complet|charge|salarial|reel|previsionnel)\s+)*"
                        r"d'une?\s+(?:poste|emploi|intervenant\w*|iscg)\b")
# A cost said for each of several posts: « le coût annuel de chacun des deux postes est évalué à 53 000 € »,
# « 48 000 € par poste », « le coût unitaire d'un poste ». The indicator pairs a cost with its ETP, so the
# cost kept is the posts' together: the total the text gives next (« soit 106 000 € pour les deux
# équivalents temps plein ») when it is that sum, else the unit cost times the number of posts.
_PER_POST_BEFORE = re.compile(
    r"\bchacun(?:e)?\s+des\s+(?:(?P<n>deux|trois|quatre|cinq|[2-5])\s+)?(?:postes|emplois|intervenant\w*|iscg|travailleu\w+)"
    r"|\bchaque\s+(?:poste|emploi|intervenant\w*|iscg)\b|\bunitaire\b|\bpar\s+(?:poste|intervenant\w*|emploi)\b"
    r"|" + _UNIT_COST.pattern)
_PER_POST_AFTER = re.compile(r"\s*(?:euros?|eur|\u20ac)?\s*\(?\s*(?:par|pour\s+chaque)\s+(?:poste|intervenant\w*|emploi|iscg)\b")
_TOTAL_LEAD = re.compile(r"\bsoit\b|\bau\s+total\b|\ben\s+tout\b|\bpour\s+l'ensemble\b|\bpour\s+les\s+(?:deux|trois|quatre|cinq|[2-5])\b")


def _posts_total(folded: str, head_start: int, a: Amount, later: list[Amount], posts: int) -> float | None:
    """The cost of all the posts when ``a`` is the cost of each one (None when ``a`` is not per post)."""
    per = _PER_POST_BEFORE.search(folded, head_start, a.start) or _PER_POST_AFTER.match(folded, a.end)
    if not per:
        return None
    said = per.groupdict().get("n") if per.re is _PER_POST_BEFORE else None
    n = (_SMALL.get(said) or int(said)) if said else posts
    if n < 2:
        return None
    for b in later:
        if _TOTAL_LEAD.search(folded, a.end, b.start) and abs(b.value - a.value * n) <= 0.02 * b.value:
            return b.value
    return a.value * n


# « Le coût total éligible du programme », « le coût global des actions », « le coût total du plan
# d'actions »: a convention of several actions (a CPO) whose post is one of them; that total is not the
# post's cost.
_OTHER_THAN_POST = re.compile(
    r"(?:\s+(?:eligible|previsionnel|estime|annuel|global|total))*\s*(?:du|de\s+ce|de\s+l'ensemble\s+(?:du|des)|des"
    r"|de\s+la|de\s+cette)\s+(?:programme|actions\b|projet\s+associatif|plan\s+d'actions?|cpo\b"
    r"|convention\s+pluriannuelle|ensemble\s+des\s+actions)")


def _is_cost_of_head(folded: str, s: int, a: Amount, amounts: list[Amount]) -> bool:
    """The first euro amount after "le coût du poste" with no word of funding in between is that cost.

    A financeur named inside the description of the cost ("comprenant … les frais de gestion de
    l'établissement, est évalué à 46 000 €") is what the cost covers, not who pays the amount.
    """
    heads = list(_COST_HEAD.finditer(folded, s, a.start))
    if not heads:
        return False
    h = heads[-1]
    if any(b.unit == "eur" and h.end() <= b.start < a.start for b in amounts):
        return False
    named = [m for m in _financeur_mentions(folded, h.end(), a.start) if m.end <= a.start]
    if named and _NAME_TO_AMOUNT.fullmatch(folded, named[-1].end, a.start):
        return False  # « le coût du poste reste inchangé : État 20 000 € (40 %) … »: a share
    return not _FUNDING_CUE.search(folded, h.end(), a.start)


# The cost said through what it covers: « la charge de la rémunération de l'intervenante et des frais
# liés à ses missions, dont le montant est estimé à 51 000 € », « le salaire de l'ISCG, charges comprises,
# représente 45 000 € ». The pay (or the expenses) of the post itself, then the amount in a relative
# clause or an apposition. A subsidy or a share in between, another role's pay, training or a vehicle
# are no cost of the post.
_PAY_OF_POST = re.compile(
    r"\b(?:remunerations?|salaires?|traitements?|frais\s+(?:de\s+personnel|salariaux)|charges\s+(?:salariales|de\s+personnel)"
    r"|masse\s+salariale|(?:frais|charges|depenses)(?:\s+(?:afferente?s|liee?s))?)"
    r"(?:\s+(?:brute?s?|chargee?s?|annuelle?s?|globale?s?|totale?s?))*\s+(?:de\s+l'|du|de\s+la|de\s+ce|de\s+cet|de\s+cette|des|au|a\s+l')\s*"
    r"(?:intervenant\w*|postes?|emplois?|iscg|travailleu(?:r|se)s?\s+socia\w*|assistante?s?\s+socia\w*)")
# Estimative connectors describe the whole expense, whoever pays; neutral ones only when no share is paid.
_COVERED_STATED = re.compile(
    r"(?:dont\s+le\s+(?:montant|cout)(?:\s+(?:total|annuel|global|previsionnel))?\s+(?:est\s+|sera\s+|a\s+ete\s+)?"
    r"(?:estime|evalue|fixe|arrete|chiffre|porte|etabli)\s+a|(?:estimee?s?|evaluee?s?|chiffree?s?|fixee?s?|arretee?s?)\s+a"
    r"|dont\s+le\s+(?:montant|cout)(?:\s+(?:total|annuel|global|previsionnel))?\s+(?:s'eleve|est\s+de|sera\s+de))\s*$")
_COVERED_NEUTRAL = re.compile(
    r"(?:pour\s+un\s+(?:montant|cout|total)(?:\s+(?:total|annuel|global|estime|previsionnel))?\s+(?:de|estime\s+a)"
    r"|soit\s+(?:un\s+(?:total|montant|cout)(?:\s+(?:total|annuel|global))?\s+de|au\s+total)"
    r"|represent(?:e|ent|ant|era|eront)\s+(?:(?:un\s+(?:montant|cout|total)|une\s+(?:somme|depense))(?:\s+\w+)?\s+de)?"
    r"|s'elev(?:e|ent|ant|era|eront)\s+a)\s*$")
_COVERED_GAP_STOP = re.compile(
    r"subvention|particip|contribu|dotation|\baides?\b|versement|\bverse\w*|a\s+hauteur|\bparts?\b|quote-part|financ"
    r"|formation|vehicule|\bautres?\b|[;:]")
_SHARE_BEFORE = re.compile(r"\b(?:particip|contribu|cofinanc|financ|subventionn|verse|allou|attribu|apport|abond)\w*")


def _covered_cost(folded: str, s: int, euros: list[Amount]) -> Amount | None:
    """The euro amount that states the post's pay or expenses (« … dont le montant est estimé à … »)."""
    for h in _PAY_OF_POST.finditer(folded, s, euros[-1].start if euros else s):
        a = next((x for x in euros if x.start >= h.end()), None)
        if a is None or a.start - h.end() > 220 or any(b.start < a.start and b.start >= h.end() for b in euros if b is not a):
            continue
        gap = folded[h.end():a.start]
        if _COVERED_GAP_STOP.search(gap) or _OTHER_ROLE.search(gap):
            continue
        if _COVERED_STATED.search(gap):
            return a
        if _COVERED_NEUTRAL.search(gap) and not _SHARE_BEFORE.search(folded, s, h.start()):
            return a
    return None


_POST_WORDS = re.compile(r"\bposte\b|intervenant|\biscg\b|\bisg\b|travailleu(?:r|se)\s+social|\bemploi\b|recrut"
                         r"|\bcette\s+(?:action|mission)\b|\bla\s+mission\b")
_COST_WORDS = re.compile(r"\bcouts?\b|\bbudget|\bestime|\bevalue|\bvalorise")
_OTHER_ROLE = re.compile(r"psycholog|secretariat|secretaire|coordinat|chef\s+de\s+service|encadrement|juriste"
                         r"|agent\s+d'accueil|benevol|directeur|directrice|animateur|educateur\s+specialise")
_SPLIT_PLACES = re.compile(r"\bautre\s+moitie\b|\breste\s+(?:du\s+temps\s+)?(?:au|a\s+la|en)\s+"
                           r"(?:commissariat|gendarmerie|brigade|unite|ccas|hopital|maison)")


def _other_person(folded: str, s: int, a: Amount, own_role: re.Pattern[str] | None) -> bool:
    """Another role is the one the working time is said of ("la coordinatrice, employée à temps plein,
    encadre l'intervenant"): named before it, with the post named neither before that role nor after."""
    before = folded[s:a.start]
    roles = [m for m in _OTHER_ROLE.finditer(before) if not (own_role and own_role.match(m.group()))]
    if not roles:
        return False
    return not _POST_WORDS.search(before, roles[-1].end()) and not _POST_WORDS.search(before, 0, roles[0].start())


_POSTS_WORD = re.compile(r"\bpostes\b(?!\s+(?:informatiques?|telephoniques?|de\s+travail|fixes?|de\s+police|de\s+depense)\b)")

# The workers taken up by a plural pronoun as the subject of their work: « Ils y exercent leur activité ».
_WORKERS_PRONOUN = re.compile(r"\W*(?:ils|elles)\s+(?:y\s+)?(?:exercent|travaillent|interviennent)\b")


def _etp_score(sent: str, cue: str, budget_row: bool = False, own_role: re.Pattern[str] | None = None) -> int:
    """How surely an ETP mention is the post's working time (0: not at all).

    The post's own sentence (the post, the worker, its cost) beats a passing mention; another role's
    time ("0,2 ETP de coordination", "un psychologue à mi-temps") and a split between places ("la
    moitié de son temps au commissariat, l'autre moitié à la brigade") are not the post's ETP. A row
    of the post's budget table (``budget_row``) is about the post by its place, whatever its words;
    a pay line ("Rémunération brute (1 ETP) | 28 900 €") is about the post's time as well. The
    profession the convention is about (``own_role``, e.g. an éducateur spécialisé) is the post's.
    """
    if not budget_row and not re.search(
            r"poste|intervenant|iscg|emploi|recrut|temps|travail|cout|budget|mission|action"
            r"|remunera|salair|traitement\b|depense", sent):
        return 0
    if "son temps" in cue and _SPLIT_PLACES.search(sent):
        return 0
    score = 1
    # « le coût annuel des trois postes … pour trois équivalents temps plein »: the posts together
    if _POST_WORDS.search(sent) or _POSTS_WORD.search(sent) or _WORKERS_PRONOUN.match(sent) \
            or (own_role and own_role.search(sent)):
        score += 2
    if _COST_WORDS.search(sent):
        score += 1
    if any(not (own_role and own_role.match(m.group())) for m in _OTHER_ROLE.finditer(sent)):
        score -= 2
    return max(score, 0)


# Professions that may hold the post itself; the one a convention keeps naming, more often than any
# "intervenant social", is its post ("convention relative à l'intervention d'un éducateur spécialisé").
_ROLE_NAMES = re.compile(r"\b(educat|psycholog|juriste|animat)\w*(?:\s+specialise\w*)?")
_POST_NAMES = re.compile(r"\bintervenant|\biscg\b|travailleu(?:r|se)s?\s+socia|assistant(?:e)?s?\s+(?:de\s+service\s+)?socia")


def _own_role(folded: str) -> re.Pattern[str] | None:
    """The profession the convention is about, when it is one ``_OTHER_ROLE`` would count as another."""
    counts: dict[str, int] = {}
    for m in _ROLE_NAMES.finditer(folded):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not counts:
        return None
    role, n = max(counts.items(), key=lambda kv: kv[1])
    if n < 5 or n <= len(_POST_NAMES.findall(folded)):
        return None
    return re.compile(role + r"\w*(?:\s+specialise\w*)?")


# Several posts created by one convention: "deux postes d'intervenant social", "trois intervenantes".
_POST_COUNT = re.compile(
    r"\b(deux|trois|quatre|cinq|[2-5])\s+(?:postes|emplois|intervenant(?:e)?s|travailleu(?:r|se)s\s+sociaux"
    r"|iscg|educat(?:eur|rice)s)\b(?!\s+(?:informatiques?|telephoniques?|de\s+travail|fixes?|de\s+police)\b)")
_COUNT_DENIED = re.compile(r"\bhors\b|\bnon\b|\bau\s+lieu\s+de\b|\bplutot\s+que\b|\bautres?\b"
                           r"|\b(?:ne|n')\s*(?:[\w'-]+\s+){0,2}?(?:pas|plus|jamais)\b|\baucun")
_COUNT_VALUE = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}


def _counted_posts(folded: str, m: re.Match[str]) -> int:
    """The number of posts ``m`` says, 0 when the clause denies it or sets them apart ("et non deux
    postes", "hors les deux postes de la ville voisine", "deux postes … hors convention")."""
    left = max(folded.rfind(c, 0, m.start()) for c in ".;:,\n(") + 1
    rights = [i for i in (folded.find(c, m.end()) for c in ".;:\n") if i >= 0]
    right = min(rights) if rights else len(folded)
    if _COUNT_DENIED.search(folded, left, m.start()) or _NOT_FOR_POST.search(folded, m.start(), right):
        return 0
    return _COUNT_VALUE.get(m.group(1)) or int(m.group(1))


def _post_count(folded: str) -> int:
    """How many posts the convention creates (1 unless it says several, most often said wins)."""
    counts: dict[int, int] = {}
    for m in _POST_COUNT.finditer(folded):
        n = _counted_posts(folded, m)
        if n:
            counts[n] = counts.get(n, 0) + 1
    return max(counts, key=lambda n: (counts[n], n)) if counts else 1


# Working time in weekly hours against the 35-hour week: « 17h30 hebdomadaires », « 28 heures par
# semaine », « durée hebdomadaire de travail de 17 h 30 ». Opening hours are not a working time.
_WEEKLY_HOURS = re.compile(
    r"\b(?P<h>\d{1,2})\s*(?:h|heures?)\s*(?P<m>[0-5]\d)?\s*(?:minutes?\s+)?(?:hebdomadaires?|par\s+semaine|chaque\s+semaine)\b"
    r"|\bhebdomadaire\s+(?:[\w'-]+\s+){0,5}?(?:de|a|fixee?\s+a|est\s+de)\s+(?P<h2>\d{1,2})\s*(?:h|heures?)\s*(?P<m2>[0-5]\d)?")
_NOT_WORKTIME = re.compile(r"permanence|presence|accueil|reception|ouvert|joignable|disponib|reunion|formation|supervision")
_PER_PERSON = re.compile(r"\bchacun(?:e)?\b|\bchaque\s+(?:intervenant|poste|agent|travailleu|iscg|educat|salarie)"
                         r"|\bpar\s+(?:poste|intervenant|agent)\b|\bl'une?\b[^.;]*\bl'autre\b"
                         # « Le premier intervenant exerce à temps plein à …, le second à … »
                         r"|\b(?:le\s+premier|la\s+premiere)\b[^.;]*\b(?:le|la)\s+(?:second|seconde|deuxieme)\b"
                         # a plural subject: « Les intervenants exercent à temps plein »
                         r"|^\W*les\s+(?:intervenant(?:e)?s|travailleu(?:r|se)s\s+sociaux|iscg)\s+(?:sociaux\s+|sociales\s+)?"
                         r"(?:exercent|travaillent|interviennent|sont)\b"
                         # the same subject taken up by a pronoun: « Ils y exercent leur activité à temps plein »
                         r"|^\W*(?:ils|elles)\s+(?:y\s+)?(?:exercent|travaillent|interviennent)\b")
_ETP_DENIED = re.compile(r"\b(?:ne|n')\s*(?:[\w'-]+\s+){0,3}?(?:pas|plus|jamais)\b|\bnon\s+(?:pas\s+)?(?:a\s+)?$")


def _weekly_hours(folded: str, s: int, e: int) -> list[Amount]:
    out = []
    for m in _WEEKLY_HOURS.finditer(folded, s, e):
        hours = int(m.group("h") or m.group("h2")) + int(m.group("m") or m.group("m2") or 0) / 60
        if hours < 7 or _NOT_WORKTIME.search(folded, max(s, m.start() - 50), m.start()):
            continue
        out.append(Amount(min(1.0, round(hours / 35, 2)), m.start(), m.end(), folded[m.start():m.end()], "etp"))
    return out


# A form's choice box: « ☒ temps plein ☐ temps partiel », « [X] mi-temps [ ] temps plein ». Only the
# ticked choice is said; an unticked one right before a working time voids it.
_UNTICKED_BEFORE = re.compile(r"(?:\u2610|\u25a1|\[\s?\])[ \t]*(?:a\s+)?$")
_TICKED = r"(?:\u2612|\u2611|\u25a0|\u2713|\u2714|\[[x\u2713\u2714]\])"
# A form line whose label is the working time: « Quotité : 1 ETP », « Temps de travail | complet »,
# « ETP : 1 », « Durée hebdomadaire du travail : 35 h ». The value it gives is the post's time.
_FORM_WORKTIME = re.compile(
    r"[ \t\-\u2013\u2022*]*(?:quotite(?:\s+de\s+travail)?|temps\s+de\s+travail(?:\s+hebdomadaire)?"
    r"|duree\s+(?:hebdomadaire\s+)?du\s+travail|(?:nombre\s+d')?e\.?t\.?p\.?|equivalent\s+temps\s+plein"
    r"|temps\s+(?:d'intervention|de\s+presence\s+sur\s+le\s+poste))\s*(?:\(\s*[\w\s']+\))?\s*[:|]\s*")
# The value of such a line without a unit: « 1 », « 0,5 », « complet », « plein », « ☒ complet ».
_FORM_VALUE = re.compile(r"(?:" + _TICKED + r"\s*)?(?:(?P<n>\d(?:[.,]\d{1,2})?)(?![\d\s]*(?:€|%|euros?\b|h\b|heures?\b))"
                         r"|(?P<full>complet|plein)\b)")


# A form's list of funders with choice boxes: « Financeurs : ☒ État (FIPD) ☐ Commune ☒ CAF »,
# « Co-financeurs | [X] Conseil départemental [ ] Région », or the label alone on its line and one box per
# line below. A ticked funder pays (amount not written); an unticked one is a choice left out.
_BOX = re.compile(r"(?P<on>" + _TICKED + r")|(?P<off>\u2610|\u25a1|\u25fb|\[\s{0,2}\])", re.IGNORECASE)
_FUNDERS_LABEL = re.compile(
    r"[ \t\-\u2013\u2022*]*(?:(?:co-?)?financeurs?(?:\s+(?:sollicites?|pressentis|du\s+poste|de\s+l'action))?"
    r"|financements?(?:\s+(?:sollicites?|prevus?|du\s+poste|de\s+l'action))?|partenaires?\s+financiers?"
    r"|organismes?\s+financeurs?|sources?\s+de\s+financement|origine\s+des\s+financements)"
    r"\s*(?:\([^)\n]{0,40}\))?\s*[:|\t]\s*")


def _choice_boxes(folded: str, s: int, e: int) -> list[tuple[bool, int, int]]:
    """The boxes of the line ``[s, e)``: (ticked, start of its words, end of its words)."""
    marks = list(_BOX.finditer(folded, s, e))
    return [(m.group("on") is not None, m.end(), marks[i + 1].start() if i + 1 < len(marks) else e)
            for i, m in enumerate(marks)]


def _unticked(folded: str, pos: int) -> bool:
    """Whether ``pos`` lies in the words of an unticked box of its line (« ☐ Commune »)."""
    s = folded.rfind("\n", 0, pos) + 1
    e = folded.find("\n", pos)
    boxes = _choice_boxes(folded, s, len(folded) if e < 0 else e)
    return any(not on and a <= pos < b for on, a, b in boxes)


def _ticked_financeurs(doc: Document, structure: Structure | None, st: _State) -> None:
    """Funders ticked in a form's list of funders: financeurs without amount or share."""
    text, folded = doc.text, _folded(doc).all
    pos, label_above = 0, False
    while pos <= len(folded):
        end = folded.find("\n", pos)
        end = len(folded) if end < 0 else end
        label = _FUNDERS_LABEL.match(folded, pos, end)
        boxes = _choice_boxes(folded, label.end() if label else pos, end)
        first_box = _BOX.match(folded, pos + len(folded[pos:end]) - len(folded[pos:end].lstrip()), end)
        if label and not boxes and not folded[label.end():end].strip():
            label_above = True  # « Financeurs : » alone; its boxes follow, one a line
        elif boxes and (label and _BOX.match(folded, label.end(), end) or label_above and first_box):
            for on, a, b in boxes:
                if not on:
                    continue
                for m in _financeur_mentions(folded, a, b, text):
                    f = st.fin(m.type)
                    f.evidence.append(_evidence(doc, structure, pos, end, "financement.financeur_coche"))
        elif folded[pos:end].strip():
            label_above = False
        pos = end + 1


def _form_etps(folded: str, s: int, e: int) -> list[Amount]:
    """Working times a form line gives without unit ("ETP : 1", "Temps de travail : complet")."""
    m = _FORM_WORKTIME.match(folded, s, e)
    if not m:
        return []
    v = _FORM_VALUE.match(folded, m.end(), e)
    if not v:
        return []
    value = 1.0 if v.group("full") else float(v.group("n").replace(",", "."))
    return [Amount(value, v.start(), v.end(), folded[v.start():v.end()], "etp")] if 0 < value <= 5 else []


_ETP_COLUMN = re.compile(r"(?:nombre\s+d')?e\.?t\.?p\.?|quotite(?:\s+de\s+travail)?|temps\s+de\s+travail")
_ETP_CELL = re.compile(r"(?P<n>\d(?:[.,]\d{1,2})?)\s*(?:e\.?t\.?p\.?)?|(?P<pct>\d{1,3})\s*%")


def _column_etps(folded: str) -> list[tuple[float, int, int]]:
    """The post's working time from a table column headed « ETP » / « Quotité » (lines of cells
    joined by « | »): the total row when there is one, else the sum of the rows that are not another
    role's. Returns (ETP, start, end) of the rows read."""
    out = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", folded)]
    for k, (ls, le) in enumerate(lines):
        cells = folded[ls:le].split("|")
        # a header may name the year of its figures (« Coût 2014 »), no other number
        if len(cells) < 2 or re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", folded[ls:le])):
            continue
        col = next((i for i, c in enumerate(cells) if _ETP_COLUMN.fullmatch(c.strip())), None)
        if col is None:
            continue
        rows, total = [], None
        for rs, re_ in lines[k + 1:]:
            row = folded[rs:re_].split("|")
            if len(row) != len(cells):
                break
            m = _ETP_CELL.fullmatch(row[col].strip())
            if not m:
                continue
            value = float(m.group("n").replace(",", ".")) if m.group("n") else int(m.group("pct")) / 100
            label = " ".join(c for i, c in enumerate(row) if i != col)
            if re.search(r"\btotal", label):
                total = (value, rs, re_)
            elif not _OTHER_ROLE.search(label):
                rows.append((value, rs, re_))
        if total:
            out.append(total)
        elif rows:
            out.append((round(sum(v for v, _, _ in rows), 2), rows[0][1], rows[-1][2]))
    return [(v, a, b) for v, a, b in out if 0 < v <= 5]


# The figure left blank in a draft: « ……… équivalent(s) temps plein », « [à préciser] équivalent temps
# plein » say no working time yet (read alone, « temps plein » would be one ETP). A box « [x] » or
# « [ ] » is no blank: it ticks the time that follows.
_BLANK = r"(?:\[[^\]]*\w\w[^\]]*\]|\bx{3,}|\.{3,}|…|_{3,})"
_BLANK_FIGURE_BEFORE = re.compile(_BLANK + r"\s*(?:equivalents?(?:\s*\(s\))?[\s-]*)?$")

# The post's working time left to fill in: « ……… équivalent(s) temps plein », « ____ ETP »,
# « Temps de travail : [à préciser …] ». A whole time or a working week said elsewhere is then no
# full-time post (the time in the unit may be all of a part-time post).
_TIME_LEFT_BLANK = re.compile(
    _BLANK + r"\s*(?:equivalents?(?:\s*\(s\))?[\s-]*temps[\s-]+(?:plein|complet)"
    r"|e\.?t\.?p\b)|\b(?:temps\s+de\s+travail|quotite(?:\s+de\s+travail)?|e\.?t\.?p)\s*:\s*(?:\[|\.{3,}|…|_{3,})")

# A drafting note between brackets: what it holds is still to decide, not the post's working time.
_DRAFT_NOTE = re.compile(r"\s*(?:a\s+(?:preciser|completer|definir|determiner|fixer|arreter|confirmer|valider)"
                         r"|option|au\s+choix|selon\s+(?:les\s+)?financements?)\b")


def _etp_void(folded: str, s: int, a: Amount) -> bool:
    """A ratio ("52 000 € par équivalent temps plein", not "pour un équivalent temps plein", the
    post's own time), a denied time ("n'est pas recruté à mi-temps
    mais à temps plein": the first) or an unticked box ("☐ temps plein") is not the post's working time."""
    before = folded[max(s, a.start - 40):a.start]
    if _UNTICKED_BEFORE.search(before):
        return True
    # not bounded by the sentence: « … » read as its end cuts « ……… équivalent temps plein » in two
    if _BLANK_FIGURE_BEFORE.search(folded, max(0, a.start - 40), a.start):
        return True
    # a time inside a drafting note still open: « [à préciser : temps plein ou temps partiel] »
    opened = folded.rfind("[", max(0, a.start - 120), a.start)
    if opened >= 0 and "]" not in folded[opened:a.start] and _DRAFT_NOTE.match(folded, opened + 1):
        return True
    if re.search(r"\bpar\s+(?:equivalent\s+)?$", before) and re.match(
            r"(?:equivalent|etp|e\.t\.p|temps\s+(?:plein|complet))", fold(a.text)):
        return True
    cut = list(re.finditer(r"[,;:(]|\bmais\b|\bet\b", folded[s:a.start]))
    left = s + cut[-1].end() if cut else s
    return bool(_ETP_DENIED.search(folded[left:a.start]))


# The whole of the worker's time given to the post without a figure: « l'intégralité de son temps de
# travail est effectuée dans ces deux implantations », « exerce l'ensemble de ses fonctions dans les
# locaux de la compagnie », « se consacre exclusivement à cette mission ». Functions or activity count
# only with the place or the post they are given to (« l'ensemble de ses fonctions dans le respect du
# secret » is not a working time); a time shared with another place or task is not whole.
_WHOLE_TIME = re.compile(
    r"\b(?:l'ensemble|la\s+totalite|l'integralite)\s+de\s+(?:son|sa|ses|leurs?)\s+(?:temps(?:\s+de\s+travail)?\b"
    r"|(?P<work>fonctions|activite(?:\s+professionnelle)?|missions|service)\b)"
    r"|\b(?:se\s+)?consacr\w*\s+(?:exclusivement|entierement|totalement|pleinement)\b"
    r"|\b(?:exclusivement|entierement|totalement)\s+(?:affecte|dedie|consacre)e?s?\s+(?:au|a\s+ce|a\s+cette|a\s+la|a\s+l')")
_WHOLE_TIME_PLACE = re.compile(r"\b(?:commissariat|brigade|compagnie|gendarmerie|hotel\s+de\s+police|locaux|unites?"
                               r"|implantations?|poste|dispositif|groupement|circonscription)\b")
_TIME_SHARED = re.compile(r"\bpartag\w*|\brepart\w*|\bmoitie\b|\bune\s+partie\b|\bautre\s+partie\b|\breste\s+du\s+temps\b"
                          r"|%|\bmi[\s-]temps\b|\btemps\s+partiel\b|\begalement\s+(?:au|a\s+la|pour)\b")


def _whole_time(folded: str, s: int, e: int, posts: int, own_role: re.Pattern[str] | None) -> float | None:
    """ETP of a sentence that gives the worker's whole time to the post without a figure (1 a post)."""
    sent = folded[s:e]
    for m in _WHOLE_TIME.finditer(folded, s, e):
        if m.group("work") and not _WHOLE_TIME_PLACE.search(folded, m.end(), min(e, m.end() + 80)):
            continue
        cut = list(re.finditer(r"[,;:(]|\bmais\b", folded[s:m.start()]))
        left = s + cut[-1].end() if cut else s
        if _ETP_DENIED.search(folded, left, m.start()) or _NEGATED.search(folded, m.end(), min(e, m.end() + 60)) \
                or _TIME_SHARED.search(sent) or _SPLIT_PLACES.search(sent):
            continue
        if _etp_score(sent, folded[m.start():m.end()], own_role=own_role) <= 0:
            continue
        if posts == 1:
            return 1.0
        return float(posts) if _PER_PERSON.search(sent) else None
    return None


# The worker's week said as the whole working week, with no time figure anywhere: « il intervient du
# lundi au vendredi aux heures ouvrables », « elle est présente chaque jour ouvré au commissariat ». Five
# full days are a full-time post; part of each day (« le matin », « de 9 h à 12 h »), a share of the
# week, permanences or a deadline (« dans les deux jours ouvrés ») are not.
_WORKING_WEEK = re.compile(r"\bdu\s+lundi\s+au\s+vendredi\b|\b(?:chaque|tous\s+les)\s+jours?\s+ouvr(?:e|es|able|ables)\b")
_WEEK_WORKER = re.compile(r"\b(?:present|presente|intervien\w*|exerc\w*|travaill\w*|se\s+tient|disponible|joignable"
                          r"|recoit|accueill\w*|assure\s+(?:sa|ses)\s+(?:mission|fonction)s?|en\s+poste)\b")
_WEEK_PART = re.compile(r"\bmatin\w*|\bapres-?\s?midi|\bdemi-?\s?journee|\bmi[\s-]temps\b|\btemps\s+partiel\b|%"
                        r"|\bpermanences?\b|\bsur\s+deux\b|\ben\s+dehors\b|\bsauf\b|\bdelai\b|\bcertains\b"
                        r"|\ben\s+alternance\b|\bpartag\w*|\bautres?\s+jours\b")
_DAY_HOURS = re.compile(r"\b(\d{1,2})\s*(?:h|heures?)\s*(?:\d{2})?\s*(?:a|-|\u2013)\s*(\d{1,2})\s*(?:h|heures?)\b")


# The week told in days, often split between places: « trois jours par semaine à la compagnie et deux
# jours par semaine à la Maison des adolescents ». Days that add up to five are the whole week.
_DAYS_A_WEEK = re.compile(r"\b(une?|deux|trois|quatre|cinq|[1-5])\s+(?:jours?|journees?)(?:\s+pleine?s?)?"
                          r"(?=\s*(?:par\s+semaine|chaque\s+semaine|hebdomadaires?|/\s*semaine)\b|(?!\s+ouvr))")
_WEEK_SAID = re.compile(r"\bpar\s+semaine\b|\bchaque\s+semaine\b|\bhebdomadaires?\b|/\s*semaine\b")
_DAY_COUNT = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}


def _week_of_days(folded: str, s: int, e: int, own_role: re.Pattern[str] | None) -> float | None:
    """1.0 when the worker's days of the week, added up across the places named, make five.

    Why: a secretariat splitting the week between the unit and another office never writes « temps
    plein »; the five days are the full time. A share of a day, one week in two, or another role's days
    keep it silent, and fewer than five days say nothing (the rest of the week may go unsaid).
    """
    sent = folded[s:e]
    if not _WEEK_SAID.search(sent) or not _WEEK_WORKER.search(sent) or _WEEK_PART.search(sent):
        return None
    if any(not (own_role and own_role.match(r.group())) for r in _OTHER_ROLE.finditer(sent)):
        return None
    days = [m for m in _DAYS_A_WEEK.finditer(sent)]
    if len(days) < 2 or _NEGATED.search(sent):
        return None
    total = sum(int(g) if g.isdigit() else _DAY_COUNT[g] for g in (m.group(1) for m in days))
    return 1.0 if total == 5 else None


# The post itself defined by its days: « la création d'un poste d'intervenante sociale, à raison de trois jours
# par semaine », « le coût annuel du poste, à quatre jours par semaine, est évalué à … ». The days are the
# post's (after « poste … à raison de / à »), not the days spent at one place (« trois jours par semaine à la
# compagnie »), which may be part of a longer week.
_POST_NAMED = re.compile(r"\bpostes?\b|\bemploi\b")
_POST_DAYS = re.compile(r"(?:\ba\s+raison\s+de|\bsoit|\bsur|,|\ba)\s+(une?|deux|trois|quatre|[1-4])\s+(?:jours?|journees?)"
                        r"(?:\s+pleine?s?)?\s*(?:par\s+semaine|hebdomadaires?|/\s*semaine)\b")
_DAYS_AT_PLACE = re.compile(r"\s*(?:,\s*)?(?:au|aux|a\s+la|a\s+l'|dans|en|sur\s+(?:le|la)\s+site)\s+(?!profit\b|benefice\b|faveur\b"
                            r"|service\s+de|direction\b|complement\b)")


def _post_days(folded: str, s: int, e: int, posts: int, own_role: re.Pattern[str] | None) -> float | None:
    """The single post's share of a five-day week when the post itself is defined by its days.

    Why: a rural post is often written « à raison de trois jours par semaine », with no ETP figure; that
    is 0.6 of a full time. Days followed by a place say where, not how long the post is; a share of a day,
    another role, several posts or a denial keep it silent.
    """
    if posts != 1:
        return None
    sent = folded[s:e]
    if not _POST_NAMED.search(sent) or _NEGATED.search(sent):
        return None
    if any(not (own_role and own_role.match(r.group())) for r in _OTHER_ROLE.finditer(sent)):
        return None
    days = list(_POST_DAYS.finditer(sent))
    if len(days) != 1 or len(list(_DAYS_A_WEEK.finditer(sent))) != 1 or _DAYS_AT_PLACE.match(sent, days[0].end()):
        return None
    if re.search(r"\bmi[\s-]temps\b|\btemps\s+partiel\b|\bdemi-?\s?journee|%|\bheures?\b|\bh\b|\betp\b", sent):
        return None
    g = days[0].group(1)
    return round((int(g) if g.isdigit() else _DAY_COUNT[g]) / 5, 2)


def _working_week(folded: str, s: int, e: int, posts: int, own_role: re.Pattern[str] | None) -> float | None:
    """ETP of a sentence that puts the worker on the whole working week (1 a post), when no figure says it.

    A secretariat that writes no « temps plein » still says it by the week: « du lundi au vendredi aux heures
    ouvrables ». Only the worker's own week counts (a verb of presence or work, no other role), and only
    whole days (a day of fewer than six hours, a morning, a permanence, one week in two is not full time).
    """
    m = _WORKING_WEEK.search(folded, s, e)
    if posts != 1:
        return None
    if not m:
        return _week_of_days(folded, s, e, own_role)
    sent = folded[s:e]
    if not _WEEK_WORKER.search(sent) or _WEEK_PART.search(sent) or _SPLIT_PLACES.search(sent):
        return None
    if any(not (own_role and own_role.match(r.group())) for r in _OTHER_ROLE.finditer(sent)):
        return None
    if _NEGATED.search(folded, max(s, m.start() - 40), m.start()):
        return None
    for h in _DAY_HOURS.finditer(sent):
        if int(h.group(2)) - int(h.group(1)) < 6:
            return None
    return 1.0


# The rest of the worker's time given to another place of the same mission: « Il consacre le reste de son
# temps de travail au point d'accès au droit », « Les deux autres jours, elle reçoit au centre
# médico-social », « le temps restant à l'agence ». With the days at the unit, the whole time is the
# post's. Other missions, a remainder outside the convention or a half-time say the post is not whole.
_REST_OF_TIME = re.compile(r"\ble\s+(?:reste|restant)\s+(?:de\s+(?:son|leur)\s+temps(?:\s+de\s+travail)?|du\s+temps"
                           r"|de\s+la\s+semaine)\b|\bles\s+(?:(?:deux|trois|quatre|[1-4])\s+)?autres\s+jours\b"
                           r"|(?<!mi-)(?<!mi\s)\btemps\s+restant\b")
_REST_ELSEWHERE = re.compile(r"\bautres?\s+(?:missions?|fonctions?|activites?|taches|postes?|emplois?)\b"
                             r"|\bmissions?\s+habituelles?\b|\bne\s+releve\s+pas\b|\bhors\s+(?:de\s+)?(?:la\s+)?(?:presente\s+)?convention\b"
                             r"|\bmi[\s-]temps\b|\btemps\s+partiel\b|%|\bsans\s+lien\b|\bn'(?:est|sont)\s+pas\s+(?:consacre|affecte)")


def _rest_of_time(folded: str, s: int, e: int, posts: int) -> float | None:
    """1.0 when the sentence gives the rest of the single worker's time to another place of the post.

    Why: a secretariat that splits the week between the unit and an office writes « le reste de son
    temps » instead of « temps plein ». Several posts, another mission, a remainder outside the
    convention or a denial (« ne consacre pas le reste ») keep it silent.
    """
    m = _REST_OF_TIME.search(folded, s, e)
    if posts != 1 or not m or _REST_ELSEWHERE.search(folded, s, e):
        return None
    if _ETP_DENIED.search(folded, max(s, m.start() - 40), m.start()):
        return None
    return 1.0


def _sentence_etps(folded: str, s: int, e: int, amounts: list[Amount], posts: int,
                   own_role: re.Pattern[str] | None, budget_row: bool = False) -> list[tuple[int, float]]:
    """(score, ETP) of each working time the sentence ``[s, e)`` gives for the convention's posts.

    With several posts, a time said per person ("chacune exerce à temps plein", "deux intervenants
    sociaux à temps plein") counts once per post, and one time per post listed after their number
    ("deux postes, à raison d'un ETP au commissariat et d'un ETP à la brigade") adds up.
    """
    sent = folded[s:e]
    etps = [a for a in amounts if a.unit == "etp" and 0 < a.value <= 5]
    etps += [h for h in _weekly_hours(folded, s, e) if not any(a.start < h.end and h.start < a.end for a in etps)]
    etps += [f for f in _form_etps(folded, s, e) if not any(a.start < f.end and f.start < a.end for a in etps)]
    etps = sorted((a for a in etps if not _etp_void(folded, s, a) and not _other_person(folded, s, a, own_role)),
                  key=lambda a: a.start)
    if not etps:
        return []
    if _FORM_WORKTIME.match(folded, s, e) and not _OTHER_ROLE.search(sent):
        # the form's working-time line is the post's time by its label: one (the first, ticked) value
        return [(3, round(etps[0].value * (posts if posts >= 2 and _PER_PERSON.search(sent) else 1), 2))]
    counts = [(m, n) for m in _POST_COUNT.finditer(folded, s, e) if (n := _counted_posts(folded, m))]
    if counts:
        m, n = counts[0]
        listed = [a for a in etps if a.start >= m.end() and a.value <= 1]
        if len(listed) == n == len(etps):
            score = _etp_score(sent, folded[listed[0].start:listed[0].end], budget_row, own_role)
            return [(score, round(sum(a.value for a in listed), 2))] if score > 0 else []
    out = []
    per_person = bool(_PER_PERSON.search(sent) or _UNIT_COST.search(sent))
    for a in etps:
        score = _etp_score(sent, folded[a.start:a.end], budget_row, own_role)
        if score <= 0:
            continue
        value = a.value
        attached = [(m, n) for m, n in counts if m.end() <= a.start and a.start - m.end() <= 60
                    and not any(m.end() <= b.start < a.start for b in etps)]
        if value <= 1 and attached:
            value *= attached[-1][1]
        elif value <= 1 and posts >= 2 and per_person:
            value *= posts
        out.append((score, round(value, 2)))
    return out


def _year_series(st: _State, observed: dict[str, list[tuple[int, str, float, Evidence]]]) -> None:
    """Values given year by year in separate sentences ("en 2017 : État 60 %" … "en 2018 : État 50 %")."""
    for t, obs in observed.items():
        for unit in ("pct", "eur"):
            by_year: dict[int, float] = {}
            evs = []
            for y, u, v, ev in obs:
                if u == unit and y not in by_year:
                    by_year[y] = v
                    evs.append(ev)
            if len(by_year) < 2:
                continue
            f = st.fin(t)
            series = [by_year[y] for y in sorted(by_year)]
            if unit == "pct" and len(f.parts) < len(series):
                f.parts = series
            elif unit == "eur" and len(f.montants) < len(series):
                f.montants = series
            f.per_year = True
            f.evidence = [e for e in evs] + [e for e in f.evidence if e not in evs]


def _trend(values: list[float], tol: float = 1e-6) -> str:
    """Direction of a series; ``tol`` absorbs the rounding of shares computed from whole euros."""
    if len(values) < 2:
        return "single"
    if all(abs(v - values[0]) < tol for v in values):
        return "flat"
    if all(b <= a + tol for a, b in zip(values, values[1:])):
        return "down"
    if all(b >= a - tol for a, b in zip(values, values[1:])):
        return "up"
    return "mixed"


def _state_shares(st: _State) -> list[float] | None:
    """The State's share year by year: stated percentages, or amounts over the yearly total."""
    etat = st.fins.get("etat")
    if not etat:
        return None
    from_amounts = None
    if len(etat.montants) >= 2:
        others = [f.montants for t, f in st.fins.items() if t != "etat" and len(f.montants) == len(etat.montants)]
        if others:
            totals = [sum(col) for col in zip(etat.montants, *others)]
            from_amounts = [100 * e / t for e, t in zip(etat.montants, totals) if t]
    # « 40 % pour chacune des deux premières années » gives two shares; a three-year table of amounts
    # that goes on to the third year says more: the longer series wins.
    if len(etat.parts) >= 2 and not (from_amounts and len(from_amounts) > len(etat.parts)):
        return etat.parts
    if from_amounts:
        return from_amounts
    if len(etat.montants) >= 2:
        return etat.montants
    return None


def _shares_cover(st: _State, stated: list[_Fin]) -> bool:
    """Whether the first-year shares written (percentages, or amounts over the cost) make about 100 %."""
    total = 0.0
    for f in stated:
        if f.parts:
            total += f.parts[0]
        elif st.cost and st.cost[0]:
            total += 100 * f.montants[0] / st.cost[0]
        else:
            return False
    return total >= 99.5


def _decide_financement(st: _State) -> tuple[str, float, list[Evidence], str | None]:
    evidence = [ev for f in st.fins.values() for ev in f.evidence]
    stated = [f for f in st.fins.values() if f.montants or f.parts]
    etat_ev = st.fins["etat"].evidence if "etat" in st.fins else []
    shares = _state_shares(st)
    # A share of 30.0005 % in a partial first year (5 500 € of 18 333 €) then 30 % is the same share.
    trend = _trend(shares, 0.1) if shares else None
    if trend == "down":
        src = [e for e in etat_ev if e.rule in ("financement.tableau_annuel", "financement.parts_annuelles")]
        return "degressif", 0.9, (src or etat_ev) + st.degressive_cue, None
    if st.degressive_cue and not st.stable_cue:
        return "degressif", 0.8, st.degressive_cue + evidence, None
    # « Le poste est financé à parts égales … Le montant de la participation de chacun est arrêté chaque
    # année »: the amounts follow the yearly budget, the shares written (making 100 %) stay fixed.
    fixed_shares = (bool(stated) and all(f.parts for f in stated) and _shares_cover(st, stated)
                    and not any(_SHARES_REVISED.search(fold(ev.text)) for ev in st.revisable_cue))
    if st.revisable_cue and not st.stable_cue and not fixed_shares and not any(f.per_year for f in stated):
        return "non_precise", 0.6, st.revisable_cue + evidence, (
            "Les parts ou montants des financeurs sont fixés chaque année, hors de la convention : la "
            "répartition n'y est pas arrêtée.")
    with_amount = [f for f in stated if f.montants and not f.parts]
    if len(stated) == 1 and with_amount and st.cost is None and not st.sole_cue and not stated[0].per_year:
        # One subsidy of X € and nothing about the rest of the cost: its share is not written.
        f = with_amount[0]
        return "non_precise", 0.6, evidence, (
            f"Seul le montant de la subvention ({_LABELS[f.type]} : {_eur(f.montants[0])}) est écrit, sans "
            "coût du poste ni part des financeurs : la répartition n'est pas précisée (recherché : parts en %, "
            "coût total du poste, financeur unique prenant en charge la totalité).")
    if not stated and not st.sole_cue:
        what = ("Aucune part ni aucun montant de financeur n'a été trouvé (recherché : « participe à hauteur "
                "de … », « subvention de … € », « prend en charge … % », tableau de financement par année).")
        if st.fins:
            names = ", ".join(_LABELS[t] for t in st.fins)
            what = f"Financeurs nommés ({names}) mais sans part ni montant. " + what
        return "non_precise", 0.6, evidence, what
    named_only = [f for f in st.fins.values() if not f.montants and not f.parts]
    # « Le coût du poste, estimé à 43 500 €, est supporté par le Département. Une subvention du FIPD sera
    # sollicitée »: the cost written with its payer, and another financeur without amount, is no share.
    cost_only = (len(stated) == 1 and not stated[0].parts and st.cost is not None
                 and stated[0].montants[:1] == [st.cost[0]])
    if named_only and not st.remainder and not st.sole_cue and (cost_only or not _shares_cover(st, stated)):
        # « L'État et la commune financent le poste ; la fondation verse 2 000 € »: the shares of the
        # others are not written, and what is written does not make the whole cost.
        names = ", ".join(_LABELS[f.type] for f in named_only)
        return "non_precise", 0.55, evidence, (
            f"Financeurs nommés sans part ni montant ({names}) et les parts écrites n'atteignent pas la "
            "totalité du coût : la répartition n'est pas précisée.")
    all_series = [f.parts or f.montants for f in stated if f.per_year]
    if trend in ("up", "mixed"):
        return "stable", 0.5, evidence, ("La part de l'État ne diminue pas d'une année sur l'autre mais "
                                         "n'est pas constante : à vérifier.")
    if any(_trend(s) not in ("flat", "single") for s in all_series):
        return "stable", 0.6, evidence, ("La part de l'État est constante ; celle d'un autre financeur "
                                         "varie : à vérifier.")
    return "stable", 0.75 if len(stated) > 1 or st.sole_cue else 0.7, evidence + st.stable_cue + st.sole_cue, None


def _yearly_amount(st: _State, f: _Fin) -> float | None:
    """The financeur's amount for a full year. A first or last year that is a partial year (the
    convention starts in September: « 2024 (4 mois) | 5 500 € | 16 500 € ») pays a prorated amount
    for the same share: where one share is written and the yearly cost is known, the year whose
    amount is that share of the cost is the one reported."""
    if not f.montants:
        return None
    if len(f.montants) >= 2 and len(f.parts) == 1 and st.cost and st.cost[0]:
        full = st.cost[0] * f.parts[0] / 100
        if abs(f.montants[0] - full) > 1:
            match = next((v for v in f.montants[1:] if abs(v - full) <= 1), None)
            if match is not None:
                return match
    return f.montants[0]


def _financeurs_json(st: _State) -> list[dict[str, Any]]:
    out = []
    for t in FINANCEUR_TYPES:
        f = st.fins.get(t)
        if not f:
            continue
        d: dict[str, Any] = {"type": t, "montant": _yearly_amount(st, f),
                             "part": f.parts[0] if f.parts else None}
        if f.per_year and (len(f.montants) > 1 or len(f.parts) > 1):
            d["par_annee"] = {"montants": f.montants or None, "parts": f.parts or None}
        out.append(d)
    if len(out) == 1 and out[0]["part"] is None and out[0]["montant"] is None and st.sole_cue:
        out[0]["part"] = 100.0
    return out


# « est evalue a 46\n000 euros »: a scanned or narrow page wraps a number at its thousands space.
_WRAPPED_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3})[ \t]*\n[ \t]*(?=\d{3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?[ \u00a0]*"
                             r"(?:euros?\b|€|eur\b))")


def _unwrapped(doc: Document) -> Document:
    """The document with a number cut by a line break at its thousands space joined (same offsets)."""
    if not _WRAPPED_AMOUNT.search(doc.text):
        return doc
    joined = _WRAPPED_AMOUNT.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), doc.text)
    return dataclasses.replace(doc, text=joined)


def code_financing(doc: Document, structure: Structure | None = None) -> tuple[IndicatorCoding, IndicatorCoding]:
    """The ``financement`` and ``cout_poste`` indicators of the codebook, with their evidence."""
    doc = _unwrapped(doc)
    folding = _folded(doc)
    token = _ALIASES.set(_document_aliases(doc.text, folding.all) if folding.sliceable else ())
    try:
        st = _read_all(doc, structure)
        before = st.cost
        _money_in_force(doc, structure, st)
        _cost_substituted(doc, structure, st, before)
    finally:
        _ALIASES.reset(token)

    _apply_remainder(st)
    value, conf, evidence, explanation = _decide_financement(st)
    financeurs = _financeurs_json(st)
    written = [f["part"] for f in financeurs if f["part"] is not None]
    if written and abs(sum(written) - 100) <= 0.5:
        # The stated shares already make 100 %: a financeur merely named does not pay.
        financeurs = [f for f in financeurs if f["part"] is not None or f["montant"] is not None]
    if st.cost:
        # The study reports shares; where only an amount is written, the share follows from the cost.
        for f in financeurs:
            if f["part"] is None and f["montant"] is not None and st.cost[0]:
                f["part"] = round(100 * f["montant"] / st.cost[0], 1)
                f["part_calculee"] = True
            elif f["montant"] is None and f["part"] is not None and "par_annee" not in f:
                # "la moitié de ce coût" of 48 600 €: 24 300 €, marked as computed
                exact = {33.3: 100 / 3, 66.7: 200 / 3}.get(f["part"], f["part"])  # thirds, rounded when read
                f["montant"] = round(st.cost[0] * exact / 100, 2)
                f["montant_calcule"] = True
    fin = IndicatorCoding("financement", value, conf, _dedupe(evidence), explanation,
                          extra={"financeurs": financeurs})

    montant = round(st.cost[0], 2) if st.cost else None
    etp = st.etp[0] if st.etp else None
    cost_ev = list(st.cost_ev) + ([st.etp[1]] if st.etp else [])
    extra: dict[str, Any] = {}
    if st.cost_total:
        extra["montant_total"], extra["duree_annees"] = st.cost_total
    if st.breakdown:
        extra["ventilation"] = sorted(st.breakdown)
    expl = None
    if montant is None:
        expl = ("Aucun coût du poste n'a été trouvé (recherché : « coût total / annuel / estimé du poste », "
                "« budget prévisionnel », ligne « coût » d'un tableau, subvention couvrant la totalité du poste). "
                "Une subvention seule n'est pas le coût du poste.")
    if etp is None:
        expl = (expl + " " if expl else "") + ("Temps de travail non trouvé (recherché : « ETP », "
                                               "« équivalent temps plein », « temps plein », « mi-temps »).")
    conf_cost = 0.85 if montant is not None and etp is not None else 0.7 if montant is not None else 0.6
    cost = IndicatorCoding("cout_poste", {"montant": montant, "etp": etp}, conf_cost, _dedupe(cost_ev), expl,
                           extra=extra)
    return fin, cost


def _dedupe(evs: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for e in evs:
        k = (e.start, e.end, e.rule)
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out


# --------------------------------------------------------------------------- recommendations

MIN_SUBSIDY_PER_ETP = 50_000.0


def financing_checks(coding_fin: IndicatorCoding, coding_cost: IndicatorCoding) -> list[Check]:
    """The study's financing recommendations that the convention does not meet, in French."""
    checks: list[Check] = []
    fins: list[dict[str, Any]] = coding_fin.extra.get("financeurs", [])
    cost = coding_cost.value or {}
    montant, etp = cost.get("montant"), cost.get("etp")
    per_etp = etp if etp else 1.0

    subsidies = [f["montant"] for f in fins if f.get("montant") is not None and not f.get("montant_calcule")]
    all_amounts = bool(fins) and len(subsidies) == len(fins)
    total_sub = sum(subsidies) if all_amounts else None
    if total_sub is not None and total_sub / per_etp < MIN_SUBSIDY_PER_ETP:
        checks.append(Check(
            "subvention_inferieure_minimum",
            f"Les subventions inscrites ({_eur(total_sub)} par an"
            + (f" pour {_num(etp)} ETP" if etp else "") + f") sont inférieures au minimum recommandé de "
            f"{_eur(MIN_SUBSIDY_PER_ETP)} pour un ETP.", coding_fin.evidence[:3]))
    elif total_sub is None and montant is not None and montant / per_etp < MIN_SUBSIDY_PER_ETP:
        checks.append(Check(
            "subvention_inferieure_minimum",
            f"Le coût du poste ({_eur(montant)} par an" + (f" pour {_num(etp)} ETP" if etp else "")
            + f") est inférieur au minimum de financement recommandé de {_eur(MIN_SUBSIDY_PER_ETP)} pour un ETP.",
            coding_cost.evidence[:2]))
    if montant is None:
        checks.append(Check("cout_non_estime", "Le coût estimé du poste n'est pas inscrit dans la convention.", []))
    else:
        missing = [k for k in ("salaire_charge", "frais_fonctionnement", "frais_gestion")
                   if k not in coding_cost.extra.get("ventilation", [])]
        if missing:
            names = {"salaire_charge": "salaire chargé", "frais_fonctionnement": "frais de fonctionnement",
                     "frais_gestion": "frais de gestion"}
            checks.append(Check(
                "cout_non_ventile",
                "Le coût du poste n'est pas détaillé : il manque " + ", ".join(names[k] for k in missing) + ".",
                coding_cost.evidence[:2]))
    if coding_fin.value == "degressif":
        checks.append(Check(
            "part_etat_degressive",
            "La participation de l'État est dégressive : l'étude recommande un financement stabilisé.",
            coding_fin.evidence[:3]))
    parts = [None if f.get("part_calculee") else f.get("part") for f in fins]
    if fins and all(p is not None for p in parts) and len(fins) > 1:
        total = sum(parts)
        if abs(total - 100) > 0.5:
            checks.append(Check("parts_incoherentes",
                                f"Les parts des financeurs font {_num(total)} % et non 100 %.", coding_fin.evidence[:3]))
    series = [(f.get("par_annee") or {}).get("parts") for f in fins]
    if len(fins) > 1 and all(series) and len({len(x) for x in series}) == 1:
        bad = [i + 1 for i, col in enumerate(zip(*series)) if abs(sum(col) - 100) > 0.5]
        if bad and not any(c.code == "parts_incoherentes" for c in checks):
            checks.append(Check("parts_incoherentes",
                                "Les parts des financeurs ne font pas 100 % pour l'année "
                                + ", ".join(str(b) for b in bad) + ".", coding_fin.evidence[:3]))
    if montant is not None and total_sub is not None and len(fins) > 1 and abs(total_sub - montant) > 0.01 * montant:
        checks.append(Check(
            "montants_incoherents",
            f"Les montants des financeurs ({_eur(total_sub)}) ne correspondent pas au coût du poste ({_eur(montant)}).",
            coding_fin.evidence[:2] + coding_cost.evidence[:1]))
    return checks


def _num(v: float) -> str:
    return f"{v:g}".replace(".", ",")


def _eur(v: float) -> str:
    return f"{v:,.0f}".replace(",", "\u202f") + " €"
