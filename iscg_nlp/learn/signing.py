"""Model files beside the store, signed so that only files this tool wrote are ever loaded.

A model is a pickled scikit-learn object, and unpickling runs code: a model file received by e-mail or
dropped in a shared folder must never be opened. Each model is written as two files in
``<store>.modeles/``: ``<indicator>.joblib`` (the object) and ``<indicator>.json`` (plain JSON: data
version, scikit-learn version, numbers, and an HMAC-SHA256 over the JSON fields and the object's bytes).
The HMAC key is random, generated once, and kept in ``<store>.cle-modeles`` (readable by its owner
only). Loading reads the bytes once, checks the signature with a constant-time comparison, and only
then unpickles those same bytes. This guards against foreign or altered model files; it does not guard
against someone who can also read the key file (they could sign anything).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import secrets
from pathlib import Path
from typing import Any

from ..errors import IscgError

KEY_BYTES = 32


class ModelFileError(IscgError):
    """A model file that must not be loaded (unsigned, altered, or from another scikit-learn)."""


def models_dir(store_path: str | Path) -> Path:
    p = Path(store_path)
    return p.with_name(p.name + ".modeles")


def key_path(store_path: str | Path) -> Path:
    p = Path(store_path)
    return p.with_name(p.name + ".cle-modeles")


def load_key(store_path: str | Path, *, create: bool = False) -> bytes | None:
    """The store's HMAC key; created (mode 600) only when ``create`` — reading never invents one."""
    kp = key_path(store_path)
    if kp.exists():
        raw = kp.read_bytes().strip()
        try:
            key = bytes.fromhex(raw.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            raise ModelFileError(f"La clé des modèles « {kp} » est illisible : supprimez-la puis relancez "
                                 "« iscg learn » pour réentraîner les modèles.") from None
        if len(key) < 16:
            raise ModelFileError(f"La clé des modèles « {kp} » est trop courte : supprimez-la puis relancez "
                                 "« iscg learn ».")
        return key
    if not create:
        return None
    key = secrets.token_bytes(KEY_BYTES)
    fd = os.open(kp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex())
    return key


def _mac(key: bytes, manifest: dict[str, Any], payload: bytes) -> str:
    body = json.dumps({k: v for k, v in manifest.items() if k != "signature"}, sort_keys=True,
                      ensure_ascii=False).encode("utf-8")
    return hmac.new(key, body + b"\0" + hashlib.sha256(payload).digest(), hashlib.sha256).hexdigest()


def save_signed(store_path: str | Path, name: str, obj: Any, manifest: dict[str, Any]) -> Path:
    """Write ``obj`` and its signed manifest; each file is written whole then renamed (no half files)."""
    import joblib

    key = load_key(store_path, create=True)
    d = models_dir(store_path)
    d.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    joblib.dump(obj, buf, compress=3)
    payload = buf.getvalue()
    manifest = dict(manifest)
    manifest["payload_sha256"] = hashlib.sha256(payload).hexdigest()
    manifest["signature"] = _mac(key, manifest, payload)
    for suffix, data in ((".joblib", payload),
                         (".json", json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))):
        target = d / f"{name}{suffix}"
        tmp = target.with_suffix(suffix + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    return d / f"{name}.joblib"


def read_manifest(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        raise ModelFileError(f"Description de modèle illisible : « {path.name} ».") from None
    if not isinstance(data, dict):
        raise ModelFileError(f"Description de modèle illisible : « {path.name} ».")
    return data


def load_signed(store_path: str | Path, name: str) -> tuple[Any, dict[str, Any]]:
    """Load a model this tool wrote for this store, or raise ``ModelFileError`` without unpickling."""
    import joblib
    import sklearn

    d = models_dir(store_path)
    manifest = read_manifest(d / f"{name}.json")
    key = load_key(store_path)
    if key is None:
        raise ModelFileError(f"Modèle « {name} » refusé : aucune clé de signature pour cette base "
                             "(le modèle ne vient pas de cet outil). Relancez « iscg learn ».")
    try:
        payload = (d / f"{name}.joblib").read_bytes()
    except OSError:
        raise ModelFileError(f"Modèle « {name} » introuvable dans « {d} ».") from None
    signature = manifest.get("signature")
    if not isinstance(signature, str) or not hmac.compare_digest(signature, _mac(key, manifest, payload)):
        raise ModelFileError(f"Modèle « {name} » refusé : sa signature ne correspond pas (fichier modifié ou "
                             "venu d'ailleurs). Il n'a pas été ouvert. Relancez « iscg learn ».")
    if manifest.get("sklearn_version") != sklearn.__version__:
        raise ModelFileError(f"Modèle « {name} » écrit avec scikit-learn {manifest.get('sklearn_version')}, "
                             f"installé : {sklearn.__version__}. Relancez « iscg learn ».")
    return joblib.load(io.BytesIO(payload)), manifest
