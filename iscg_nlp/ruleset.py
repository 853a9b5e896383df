"""Load and check the rule files (``rules/*.yaml``): a broken file fails loudly with file, rule, reason.

The schema is the one of docs/architecture.md, enforced by pydantic models (unknown keys refused).
At load, every string of token patterns and phrases is folded (``fold``), so rule writers write real
French with accents; LOWER / TEXT / ORTH are read as NORM (the folded word). Cross-checks that pydantic
cannot do (votes named in ``decide``, ids, codebook values, spaCy pattern validity) follow.
"""

from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from . import ruleset_store
from .errors import RuleFileError
from .labels import VALUE_LABELS
from .nlp import LazyRegex, regex_memo
from .qualifiers import QualifierConfig, load_qualifier_config
from .resources import bundled_rules_dir, default_rules_dir
from .textutil import fold, strip_accents

#: allowed coded values per indicator, from CODEBOOK.md (via labels.py, the single table)
ALLOWED_VALUES: dict[str, set[str]] = {k: set(v) for k, v in VALUE_LABELS.items()}

ZONES = ("article", "annexe", "preambule", "parties", "signature", "titre", "autre")
Zone = Literal["article", "annexe", "preambule", "parties", "signature", "titre", "autre"]
SPECIAL_FILES = {"avis.yaml", "qualifiers.yaml"}
TEXT_ATTRS = {"LOWER", "TEXT", "ORTH", "NORM"}
MODEL_ATTRS = {"LEMMA", "POS", "TAG", "MORPH"}
UNSUPPORTED_ATTRS = {"DEP", "HEAD", "ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID", "SENT_START", "IS_SENT_START"}


# --------------------------------------------------------------------------- schema


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Scope(_Strict):
    zones: list[Zone] | None = None
    titles_any: list[str] | None = None
    titles_none: list[str] | None = None


def _flatten_shared(words: object) -> object:
    """A list shared by several rules is named once with a YAML anchor and given by its alias among
    the rule's own words (« forbid_any: [*pratique_rejetee, statistique] »); a shared list may itself
    hold another one, so nesting is flattened whatever its depth."""
    if not isinstance(words, list):
        return words
    flat: list[object] = []
    for item in words:
        inner = _flatten_shared(item)
        flat.extend(inner if isinstance(inner, list) else [inner])
    return flat


class Context(_Strict):
    """Words required / forbidden around a match, in its sentence or, with ``unit: clause``, only in
    its clause: « ; » does not end a sentence, so a whole-sentence list can silence a real cue in a
    neighbouring clause."""

    require_any: list[str] = Field(default_factory=list)
    forbid_any: list[str] = Field(default_factory=list)
    unit: Literal["clause", "sentence"] = "sentence"

    @field_validator("require_any", "forbid_any", mode="before")
    @classmethod
    def _shared_lists(cls, words: object) -> object:
        return _flatten_shared(words)


class QualifierPolicy(_Strict):
    negation: str = "block"
    condition: Literal["block", "ignore"] = "ignore"
    restriction: Literal["block", "ignore", "require"] = "ignore"
    enumeration: Literal["block", "ignore"] = "ignore"
    #: « ne se limite pas aux victimes », « pas uniquement », « non seulement » (a widening): a rule
    #: that reads a restriction (« victimes seulement ») blocks on it
    pseudo_negation: Literal["block", "ignore"] = "ignore"
    #: text the parties do not engage to: a quotation of another text (« selon le cadre de référence :
    #: « … » »), a clause about the previous convention (« sous l'empire de la convention de 2016 »)
    report: Literal["block", "ignore"] = "block"

    @field_validator("negation")
    @classmethod
    def _negation(cls, v: str) -> str:
        if v in ("block", "ignore") or re.fullmatch(r"flip:\w+", v):
            return v
        raise ValueError("attendu block, ignore ou flip:<signal>")

    @property
    def flip_to(self) -> str | None:
        return self.negation.split(":", 1)[1] if self.negation.startswith("flip:") else None


class Frame(_Strict):
    """A semantic frame: one word (or expression) of each slot in the same clause, in any order.

    Slots are synonym lists written in plain French; a final ``*`` makes the last word a prefix
    (« transmi* » = transmis, transmise, transmission…). ``window`` bounds the tokens from the first
    to the last slot word; ``ordered`` keeps the slots' order; ``unit`` is where they must meet.
    """

    slots: list[list[str]]
    window: int = Field(30, ge=2, le=200)
    ordered: Union[bool, list[int]] = False  # true: every slot in order; [2, 3]: slot 2 before slot 3
    unit: Literal["clause", "sentence"] = "clause"
    #: words that, in the same unit, silence the frame (« l'association » next to « autorité hiérarchique »)
    none: list[str] = Field(default_factory=list)

    @field_validator("none", mode="before")
    @classmethod
    def _shared_lists(cls, words: object) -> object:
        return _flatten_shared(words)


class Span(_Strict):
    """A calendar span (« du 1er avril 2010 au 31 mars 2011 », « exercices 2017 et 2018 »,
    « 2024-2026 ») whose length in months lies between ``min_months`` and ``max_months``."""

    min_months: int = Field(ge=1, le=240)
    max_months: int = Field(ge=1, le=240)


class Examples(_Strict):
    fire: list[str] = Field(default_factory=list)
    silent: list[str] = Field(default_factory=list)


class Rule(_Strict):
    id: str
    vote: str
    score: float = Field(0.8, ge=0, le=1)
    patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)
    regex: list[str] = Field(default_factory=list)
    frame: Frame | None = None
    span: Span | None = None
    scope: Scope | None = None
    context: Context = Field(default_factory=Context)
    qualifiers: QualifierPolicy = Field(default_factory=QualifierPolicy)
    explanation: str
    reference: str | None = None
    suggestion: str | None = None
    examples: Examples = Field(default_factory=Examples)

    @field_validator("frame", mode="before")
    @classmethod
    def _frame_shorthand(cls, v: Any) -> Any:
        """``frame: [[…], […]]`` is short for ``frame: {slots: [[…], […]]}``."""
        return {"slots": v} if isinstance(v, list) else v


class When(_Strict):
    all: list[str] = Field(default_factory=list)
    any: list[str] = Field(default_factory=list)
    none: list[str] = Field(default_factory=list)
    min_count: Union[int, dict[str, int], None] = None

    def signals(self) -> set[str]:
        """Signals whose findings support the value (``none`` ones do not)."""
        out = set(self.all) | set(self.any)
        if isinstance(self.min_count, dict):
            out |= set(self.min_count)
        return out

    def named(self) -> set[str]:
        return self.signals() | set(self.none)


class Case(_Strict):
    value: Union[str, int, None]
    when: When | None = None
    confidence: float | None = Field(None, ge=0, le=1)
    absence: str | None = None


class IndicatorFile(_Strict):
    indicator: str
    label: str
    scope: Scope = Field(default_factory=Scope)
    #: named pieces of regex written once and called from the rules' regexes as « (?&nom) »
    fragments: dict[str, str] = Field(default_factory=dict)
    decide: list[Case]
    rules: list[Rule] = Field(default_factory=list)


class Criterion(_Strict):
    key: str
    label: str
    indicator: str
    fails: list[str]
    reason: str


class AvisLevel(_Strict):
    value: Literal["conforme", "conforme_avec_reserve", "reserve"]
    max_failed: int | None = None


class AvisConfig(_Strict):
    criteria: list[Criterion]
    levels: list[AvisLevel]


# --------------------------------------------------------------------------- loaded form


@dataclass
class LoadedRule:
    """A validated rule with its folded patterns and resolved scope."""

    rule: Rule
    indicator: str
    path: str
    line: int | None
    patterns: list[list[dict[str, Any]]]
    phrases: list[str]
    regexes: list[LazyRegex]  # compiled on first use (validated at load)
    zones: set[str]
    titles_any: list[str]
    titles_none: list[str]
    require_any: list[tuple[str, LazyRegex]]
    forbid_any: list[tuple[str, LazyRegex]]
    words: set[str] = field(default_factory=set)  # folded words written in the rule (patterns, phrases, regex)
    regex_words: set[str] = field(default_factory=set)  # folded words spelled out in the rule's regexes
    #: frame slots: per slot, its entries as (folded words, last word is a prefix)
    frame_slots: list[list[tuple[tuple[str, ...], bool]]] = field(default_factory=list)
    frame_none: list[tuple[str, LazyRegex]] = field(default_factory=list)
    #: one regex per word list above, matching wherever one of its words does: a context holds none of
    #: the words (the usual case) in one search instead of one per word
    require_any_rx: LazyRegex | None = None
    forbid_any_rx: LazyRegex | None = None
    frame_none_rx: LazyRegex | None = None

    @property
    def id(self) -> str:
        return self.rule.id


@dataclass
class RuleSet:
    directory: Path
    files: dict[str, IndicatorFile]  # indicator -> file
    paths: dict[str, str]  # indicator -> file path
    rules: dict[str, LoadedRule]  # rule id -> rule
    qualifiers: QualifierConfig
    avis: AvisConfig | None
    version: str
    needs_model: bool = False
    _compiled: dict = field(default_factory=dict, repr=False)

    def rules_of(self, indicator: str) -> list[LoadedRule]:
        return [r for r in self.rules.values() if r.indicator == indicator]


# --------------------------------------------------------------------------- loading


def load_ruleset(directory: Path | None = None) -> RuleSet:
    """Load every ``*.yaml`` of ``directory`` (default: the repository's ``rules/`` or $ISCG_RULES_DIR)."""
    directory = Path(directory) if directory is not None else default_rules_dir()
    if not directory.is_dir():
        raise RuleFileError(str(directory), None, "dossier de règles introuvable")
    paths = sorted(directory.glob("*.yaml"))
    default_dir = bundled_rules_dir()
    qpath = directory / "qualifiers.yaml"
    if not qpath.exists():
        qpath = default_dir / "qualifiers.yaml"
    apath = directory / "avis.yaml"
    if not apath.exists():
        apath = default_dir / "avis.yaml"

    digest = hashlib.sha256()
    for p in paths + [x for x in (qpath, apath) if x.exists() and x.parent != directory]:
        digest.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    version = digest.hexdigest()[:16]
    key = ruleset_store.store_key(digest.hexdigest(), directory)
    stored = ruleset_store.fetch(key)
    if stored is not None:
        return stored
    ruleset = _load_checked(directory, paths, qpath, apath, version)
    ruleset_store.keep(key, ruleset)
    return ruleset


def _load_checked(directory: Path, paths: list[Path], qpath: Path, apath: Path, version: str) -> RuleSet:
    """Read, fold and check every rule file (what the store saves later runs from doing)."""
    try:
        qualifiers = load_qualifier_config(qpath)
    except (yaml.YAMLError, TypeError, ValueError, re.error) as exc:
        raise RuleFileError(str(qpath), None, f"fichier des indices illisible : {exc}") from exc

    files: dict[str, IndicatorFile] = {}
    fpaths: dict[str, str] = {}
    rules: dict[str, LoadedRule] = {}
    needs_model = False
    for path in paths:
        if path.name in SPECIAL_FILES:
            continue
        ind, loaded, model = _load_indicator_file(path, rules)
        if ind.indicator in files:
            raise RuleFileError(str(path), None, f"l'indicateur « {ind.indicator} » est déjà décrit dans "
                                                 f"{fpaths[ind.indicator]}")
        files[ind.indicator] = ind
        fpaths[ind.indicator] = str(path)
        for r in loaded:
            rules[r.id] = r
        needs_model |= model

    avis = _load_avis(apath) if apath.exists() else None
    memo = regex_memo()
    for cues in qualifiers.cues.values():  # their prefilter strings, kept with the rules' ones
        for rx in cues:
            memo.prefilter(rx)
    memo.save()
    return RuleSet(directory=directory, files=files, paths=fpaths, rules=rules, qualifiers=qualifiers,
                   avis=avis, version=version, needs_model=needs_model)


# libyaml's C loader (shipped in PyYAML's wheels) parses the rule files ~10x faster than the pure-Python
# one: the rules are read at every start of the tool, so this is most of `iscg`'s start-up.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> tuple[Any, Any]:
    text = path.read_text(encoding="utf-8")
    loader = _LOADER(text)
    try:  # parse once: the node tree gives line numbers, the data is constructed from it (as yaml.load does)
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (ligne {mark.line + 1})" if mark else ""
        raise RuleFileError(str(path), None, f"YAML mal formé{where} : {getattr(exc, 'problem', exc)}") from exc
    finally:
        loader.dispose()


def _line(node: Any, loc: tuple) -> int | None:
    """1-based line of the YAML node at ``loc`` (the deepest node found)."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if k.value == key), None)
            if nxt is None:
                nxt = next((k for k, _ in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        else:
            nxt = None
        if nxt is None:
            break
        node = nxt
        line = node.start_mark.line + 1
    return line


def _rule_id_at(raw: Any, loc: tuple) -> str | None:
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        try:
            return raw["rules"][loc[1]].get("id")
        except (KeyError, IndexError, TypeError, AttributeError):
            return None
    return None


def _pydantic_reason(err: dict) -> str:
    loc = ".".join(str(x) for x in err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        return f"clé inconnue « {err['loc'][-1]} » (à l'emplacement {loc})"
    if kind == "missing":
        return f"champ obligatoire manquant « {err['loc'][-1]} » (à l'emplacement {loc})"
    return f"valeur invalide à l'emplacement {loc} : {err['msg']}"


def _fail(path: Path, raw: Any, node: Any, loc: tuple, reason: str, rule_id: str | None = None) -> RuleFileError:
    line = _line(node, loc)
    suffix = f" (ligne {line})" if line else ""
    return RuleFileError(str(path), rule_id or _rule_id_at(raw, loc), reason + suffix)


def _load_indicator_file(path: Path, seen: dict[str, LoadedRule]) -> tuple[IndicatorFile, list[LoadedRule], bool]:
    raw, node = _read_yaml(path)
    if not isinstance(raw, dict):
        raise RuleFileError(str(path), None, "le fichier doit décrire un indicateur (clés indicator, label, decide, rules)")
    try:
        ind = IndicatorFile.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise _fail(path, raw, node, tuple(err["loc"]), _pydantic_reason(err)) from None

    key = ind.indicator
    if key not in ALLOWED_VALUES:
        raise _fail(path, raw, node, ("indicator",), f"indicateur inconnu « {key} » (voir CODEBOOK.md)")
    if not ind.decide or ind.decide[-1].when is not None:
        raise _fail(path, raw, node, ("decide",), "la table « decide » doit finir par un cas par défaut (sans « when »)")
    signals: set[str] = set()
    for i, case in enumerate(ind.decide):
        if case.when is None and i != len(ind.decide) - 1:
            raise _fail(path, raw, node, ("decide", i), "seul le dernier cas de « decide » peut être sans « when »")
        if case.when is not None and not case.when.named() and case.when.min_count is None:
            raise _fail(path, raw, node, ("decide", i, "when"), "condition « when » vide")
        if case.value not in ALLOWED_VALUES[key]:
            raise _fail(path, raw, node, ("decide", i, "value"),
                        f"valeur « {case.value} » inconnue pour {key} ; valeurs permises : "
                        + ", ".join(sorted(ALLOWED_VALUES[key])))
        if case.when is not None:
            signals |= case.when.named()

    fragments: dict[str, str] = {}
    for name, piece in ind.fragments.items():
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise _fail(path, raw, node, ("fragments", name), f"nom de fragment « {name} » : lettres minuscules, "
                                                               "chiffres et « _ » seulement")
        try:
            fragments[name] = expand_fragments(piece, fragments)
            re.compile(_fold_regex(fragments[name]))
        except (re.error, KeyError) as exc:
            raise _fail(path, raw, node, ("fragments", name), f"fragment « {name} » invalide : {exc}") from None

    loaded: list[LoadedRule] = []
    needs_model = False
    for i, rule in enumerate(ind.rules):
        loc = ("rules", i)
        fail = lambda sub, reason: _fail(path, raw, node, loc + sub, reason, rule.id)  # noqa: E731
        if not rule.id.startswith(key + ".") or not re.fullmatch(r"[a-z0-9_]+\.[a-z0-9_.]+", rule.id):
            raise fail(("id",), f"l'identifiant doit s'écrire « {key}.nom_en_minuscules »")
        if rule.id in seen or any(r.id == rule.id for r in loaded):
            raise fail(("id",), "identifiant déjà utilisé par une autre règle")
        if rule.vote not in signals:
            raise fail(("vote",), f"le vote « {rule.vote} » n'apparaît dans aucun cas « when » de « decide » "
                                  f"(signaux connus : {', '.join(sorted(signals)) or 'aucun'})")
        if rule.qualifiers.flip_to and rule.qualifiers.flip_to not in signals:
            raise fail(("qualifiers", "negation"), f"« {rule.qualifiers.negation} » : le signal n'apparaît dans "
                                                    "aucun cas « when » de « decide »")
        if not rule.explanation.strip():
            raise fail(("explanation",), "explication vide")
        if not (rule.patterns or rule.phrases or rule.regex or rule.frame or rule.span):
            raise fail((), "la règle n'a ni « patterns », ni « phrases », ni « regex », ni « frame », ni « span »")
        if rule.span and rule.span.min_months > rule.span.max_months:
            raise fail(("span",), "« min_months » est plus grand que « max_months »")
        frame_slots = []
        if rule.frame:
            if len(rule.frame.slots) < 2:
                raise fail(("frame", "slots"), "un cadre a au moins deux cases (sinon, utilisez « phrases »)")
            for j, slot in enumerate(rule.frame.slots):
                try:
                    frame_slots.append(fold_slot(slot))
                except ValueError as exc:
                    raise fail(("frame", "slots", j), f"cadre : case {j + 1} invalide : {exc}") from None
            order = rule.frame.ordered
            if isinstance(order, list) and (len(order) < 2 or len(set(order)) != len(order)
                                            or any(not 1 <= k <= len(frame_slots) for k in order)):
                raise fail(("frame", "ordered"), "cadre : « ordered » est true, false ou une liste d'au moins deux "
                                                 f"numéros de cases différents, de 1 à {len(frame_slots)}")
            if rule.frame.window < len(frame_slots):
                raise fail(("frame", "window"), f"cadre : la fenêtre ({rule.frame.window} mots) est plus petite "
                                                f"que le nombre de cases ({len(frame_slots)})")
        patterns = []
        for j, pat in enumerate(rule.patterns):
            try:
                folded, model = fold_pattern(pat)
            except ValueError as exc:
                raise fail(("patterns", j), f"motif invalide : {exc}") from None
            needs_model |= model
            patterns.append(folded)
        err = validate_patterns(patterns)
        if err:
            j, msg = err
            raise fail(("patterns", j), f"motif spaCy invalide : {msg}")
        phrases = []
        for j, ph in enumerate(rule.phrases):
            if not re.search(r"\w", ph):
                raise fail(("phrases", j), "expression vide")
            phrases.append(fold(ph))
        regexes, spelled = [], []
        for j, rx in enumerate(rule.regex):
            try:
                spelled.append(expand_fragments(rx, fragments))
                regexes.append(regex_memo().validate(_fold_regex(spelled[-1])))
            except (re.error, KeyError) as exc:
                raise fail(("regex", j), f"expression régulière invalide : {exc}") from None
        scope = ind.scope.model_copy(update=(rule.scope.model_dump(exclude_none=True) if rule.scope else {}))
        line = _line(node, loc)
        loaded.append(LoadedRule(
            rule=rule, indicator=key, path=str(path), line=line, patterns=patterns, phrases=phrases,
            regexes=regexes, zones=set(scope.zones) if scope.zones else set(ZONES),
            titles_any=[fold(t) for t in scope.titles_any or []],
            titles_none=[fold(t) for t in scope.titles_none or []],
            require_any=[(w, word_regex(w)) for w in rule.context.require_any],
            forbid_any=[(w, word_regex(w)) for w in rule.context.forbid_any],
            words=_rule_words(patterns, phrases, spelled) | {w for sl in frame_slots for ws, _ in sl for w in ws},
            regex_words=_regex_words(spelled), frame_slots=frame_slots,
            frame_none=[(w, word_regex(w)) for w in (rule.frame.none if rule.frame else [])],
            require_any_rx=any_word_regex(rule.context.require_any),
            forbid_any_rx=any_word_regex(rule.context.forbid_any),
            frame_none_rx=any_word_regex(rule.frame.none if rule.frame else [])))
    return ind, loaded, needs_model


def _rule_words(patterns: list, phrases: list[str], regexes: list[str]) -> set[str]:
    """Every word a rule writes itself: a cue among them is part of the rule, not a qualifier of it."""
    out: set[str] = set()

    def walk(v: Any) -> None:
        if isinstance(v, str):
            out.update(_words(v))
        elif isinstance(v, dict):
            for k, x in v.items():
                if k != "REGEX":
                    walk(x)
                else:
                    out.update(re.findall(r"[a-z]+", fold(x)))
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(patterns)
    walk(phrases)
    for rx in regexes:
        out.update(re.findall(r"[a-z]+'?", fold(rx)))
    return {w.rstrip("'") for w in out} | {w for w in out}


def _regex_words(regexes: list[str]) -> set[str]:
    """Words a regex spells out (escapes such as \\s or \\b removed first: no stray « s », « b »)."""
    out: set[str] = set()
    for rx in regexes:
        bare = re.sub(r"\\.", " ", fold(rx).replace("''", "'"))
        out.update(re.findall(r"[a-z]+'?", bare))
    return out | {w.rstrip("'") for w in out}


def fold_slot(slot: list[str]) -> list[tuple[tuple[str, ...], bool]]:
    """Fold one frame slot: each entry becomes its words as documents are cut, with a prefix flag
    when it ends with ``*`` (« transmi* »). A lone ``*``, a ``*`` inside a word or an empty entry is refused."""
    if not slot:
        raise ValueError("case vide")
    out = []
    for entry in slot:
        if not isinstance(entry, str) or not re.search(r"\w", entry):
            raise ValueError(f"entrée vide ou invalide : « {entry} »")
        text = entry.strip()
        prefix = text.endswith("*")
        if prefix:
            text = text[:-1]
        if "*" in text:
            raise ValueError(f"« {entry} » : l'étoile ne peut être qu'à la fin (« transmi* »)")
        words = tuple(_words(text))
        if not words or (prefix and (not words[-1][0].isalnum() or len(words[-1]) < 3)):
            raise ValueError(f"« {entry} » : un préfixe suivi de « * » doit avoir au moins 3 lettres")
        out.append((words, prefix))
    return out


@lru_cache(maxsize=None)
def _phrase(words: str) -> str:
    """The folded words of a phrase, escaped, any white space between them (memoised: the same
    context words recur across rules, and each list is spelled for its own and its combined regex)."""
    return r"\s+".join(re.escape(w) for w in fold(words).split())


def word_regex(words: str) -> LazyRegex:
    """Whole-word (or whole-phrase) match on folded text: « lic » never matches « duplicate ».
    Escaped words always compile, so the regex is compiled on first use (most are never used)."""
    return LazyRegex(r"(?<!\w)" + _phrase(words) + r"(?!\w)")


def any_word_regex(words: list[str]) -> LazyRegex | None:
    """One regex that matches where ``word_regex`` of any of ``words`` would (None for no words): the
    same whole-word edges around an alternation of the words."""
    alts = [a for a in map(_phrase, words) if a]
    if not alts:
        return None
    return LazyRegex(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


_FRAGMENT_CALL = re.compile(r"\(\?&(\w+)\)")


class _UnknownFragment(KeyError):
    def __str__(self) -> str:
        return self.args[0]


def expand_fragments(rx: str, fragments: dict[str, str]) -> str:
    """``rx`` with every « (?&nom) » replaced by the file's fragment ``nom`` in a non-capturing group: a
    list of words shared by several regexes (the employer's names, the police chiefs) is written once,
    so adding a word to it changes every rule that calls it. (PCRE writes a call to a named group this
    way; Python's ``re`` has no such syntax, so the notation cannot clash with a real regex.)"""
    def call(m: re.Match) -> str:
        name = m.group(1)
        if name not in fragments:
            known = ", ".join(sorted(fragments)) or "aucun"
            raise _UnknownFragment(f"fragment « {name} » inconnu (fragments définis plus haut dans le fichier : {known})")
        return "(?:" + fragments[name] + ")"
    return _FRAGMENT_CALL.sub(call, rx)


def _fold_regex(rx: str) -> str:
    """Accents and curly quotes off (lower-casing would turn \\S into \\s); upper case is refused."""
    bare = re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\{[^}]*\}", "", rx)
    if bare != bare.lower():  # an upper-case letter (one pass in C, not a generator per character)
        raise re.error("écrivez l'expression en minuscules (elle est appliquée au texte mis en minuscules)")
    return strip_accents(rx.replace("\u2019", "'").replace("\u2018", "'"))


def _fold_value(value: Any) -> Any:
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, dict):
        out = {}
        for op, v in value.items():
            if op in ("IN", "NOT_IN") and isinstance(v, list):
                out[op] = [fold(x) if isinstance(x, str) else x for x in v]
            elif op.startswith("FUZZY") and isinstance(v, str):
                out[op] = fold(v)
            elif op.startswith("FUZZY") and isinstance(v, dict):
                out[op] = _fold_value(v)
            elif op == "REGEX" and isinstance(v, str):
                out[op] = _fold_regex(v)
            else:
                out[op] = v
        return out
    return value


_ELIDED_ALONE = re.compile(r"(?:jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|qu|[ldjmnstc])'")


def _words(text: str) -> list[str]:
    """Tokens as the documents are cut; an elided word written alone (« d' », « l' ») is one token."""
    from .nlp import TOKEN_RE

    folded = fold(text).strip()
    if _ELIDED_ALONE.fullmatch(folded):
        return [folded]
    return TOKEN_RE.findall(folded)


def fold_pattern(pattern: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], bool]:
    """Fold a token pattern's strings; read LOWER/TEXT/ORTH as NORM; split « sous-préfet » into tokens."""
    out: list[dict[str, Any]] = []
    needs_model = False
    if not isinstance(pattern, list) or not pattern:
        raise ValueError("un motif est une liste non vide de jetons")
    for tok in pattern:
        if not isinstance(tok, dict):
            raise ValueError(f"jeton « {tok} » : un jeton s'écrit {{CLÉ: valeur}}")
        new: dict[str, Any] = {}
        for key, value in tok.items():
            ukey = key.upper() if isinstance(key, str) else key
            if ukey in UNSUPPORTED_ATTRS:
                raise ValueError(f"l'attribut {key} n'est pas disponible (ni analyse syntaxique ni entités chargées)")
            if ukey in MODEL_ATTRS:
                needs_model = True
            if ukey in TEXT_ATTRS:
                ukey = "NORM"
            if ukey in ("NORM", "LEMMA"):
                value = _fold_value(value)
            new[ukey if ukey in TEXT_ATTRS | MODEL_ATTRS else key] = value
        norm = new.get("NORM")
        if isinstance(norm, str) and len(_words(norm)) > 1:
            if set(new) != {"NORM"}:
                raise ValueError(f"« {norm} » fait plusieurs mots : un jeton = un mot (ou utilisez « phrases »)")
            out.extend({"NORM": w} for w in _words(norm))
            continue
        if isinstance(norm, dict):
            for op in ("IN", "NOT_IN"):
                for v in norm.get(op, []) or []:
                    if isinstance(v, str) and len(_words(v)) > 1:
                        raise ValueError(f"« {v} » fait plusieurs mots : un jeton = un mot (ou utilisez « phrases »)")
        out.append(new)
    return out, needs_model


def validate_patterns(patterns: list[list[dict[str, Any]]]) -> tuple[int, str] | None:
    """Index and message of the first pattern spaCy's Matcher refuses (None if all are valid)."""
    from spacy.matcher import Matcher

    from .nlp import get_nlp

    vocab = get_nlp().vocab
    for j, pat in enumerate(patterns):
        m = Matcher(vocab, validate=True)
        try:
            m.add("x", [copy.deepcopy(pat)])
        except (ValueError, TypeError, KeyError) as exc:
            msg = str(exc).strip().splitlines()
            return j, " ".join(x.strip() for x in msg if x.strip())[:300]
    return None


def _load_avis(path: Path) -> AvisConfig:
    raw, node = _read_yaml(path)
    try:
        cfg = AvisConfig.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        line = _line(node, tuple(err["loc"]))
        raise RuleFileError(str(path), None, _pydantic_reason(err) + (f" (ligne {line})" if line else "")) from None
    for i, c in enumerate(cfg.criteria):
        if c.indicator not in ALLOWED_VALUES:
            raise RuleFileError(str(path), None, f"critère « {c.key} » : indicateur inconnu « {c.indicator} » "
                                                 f"(ligne {_line(node, ('criteria', i, 'indicator'))})")
        bad = [v for v in c.fails if v not in ALLOWED_VALUES[c.indicator]]
        if bad:
            raise RuleFileError(str(path), None, f"critère « {c.key} » : valeur(s) inconnue(s) {', '.join(bad)} pour "
                                                 f"{c.indicator} (ligne {_line(node, ('criteria', i, 'fails'))})")
    if not cfg.levels or cfg.levels[-1].max_failed is not None:
        raise RuleFileError(str(path), None, "« levels » doit finir par un niveau sans « max_failed » (le défaut)")
    return cfg
