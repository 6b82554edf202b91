"""Tests of LIT's own TensorFlow SST-2 model (kind lit_sst2_tf), run only in the TF venv:

    make test-tf     (builds .venv-tf, exports the checkpoint, runs these)

They need TensorFlow, tf-keras and transformers 4.x, which the main venv does not have (and must
not: transformers 5 dropped TensorFlow), so they live outside `tests/` and the main run never
collects them. Without TensorFlow they fail, naming the command, instead of skipping.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# The main suite's helpers: tiny checkpoints, plain-transformers references, the browser driver.
for helpers in (REPO / "tests", REPO / "tests" / "browser"):
    sys.path.insert(0, str(helpers))

CHECKPOINT = Path(os.environ.get("LIT_EXT_TF_CHECKPOINT", REPO / "checkpoints" / "lit_sst2_tf"))
SST2_DIR = Path(os.environ.get("LIT_EXT_SST2_DIR", REPO.parent / "shared" / "data" / "sst2"))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")



@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright, as in tests/browser/conftest.py."""
    from lit_browser import CHROMIUM, CHROMIUM_ARGS
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}: `apt-get install -y chromium`.")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def pytest_configure(config):
    from lit_ext.models.lit_sst2_tf import MissingTensorFlow, import_sst2_model
    try:
        import_sst2_model()
    except MissingTensorFlow as err:
        raise pytest.UsageError(f"tests_tf/ runs in the TF venv only: `make test-tf`. {err}") from err


@pytest.fixture(scope="session")
def checkpoint() -> Path:
    if not (CHECKPOINT / "tf_model.h5").is_file():
        pytest.fail(f"No TF checkpoint at {CHECKPOINT}: python scripts/export_tf.py --out {CHECKPOINT} "
                    "(`make test-tf` does it).")
    return CHECKPOINT


@pytest.fixture(scope="session")
def sst2_dir() -> Path:
    if not (SST2_DIR / "dev.tsv").is_file():
        pytest.fail(f"SST-2 not found at {SST2_DIR}; set LIT_EXT_SST2_DIR")
    return SST2_DIR


@pytest.fixture(scope="session")
def tf_model(checkpoint):
    """LIT's SST2Model as our config kind builds it (labels negative/positive)."""
    from lit_ext.config import ModelConfig
    from lit_ext.server import build_model
    return build_model(ModelConfig(name="lit-sst2-tf", kind="lit_sst2_tf", path=str(checkpoint),
                                   max_length=128, batch_size=64))


@pytest.fixture(scope="session")
def pt_model():
    """Our PyTorch classifier, as configs/sst2_tf.yaml serves it."""
    from lit_ext.models.sst2_minilm import sst2_classifier
    return sst2_classifier(max_length=128, batch_size=64)
