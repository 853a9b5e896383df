import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from review_fixtures import build_store, built, ids, store_path  # noqa: E402,F401

