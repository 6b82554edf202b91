"""Shared fixtures: tiny random HF models (no hub, see tiny_checkpoints), the real offline
classifier, SST-2 path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tiny_checkpoints import ARCHITECTURES, tiny_classifier

REPO = Path(__file__).resolve().parents[1]
SST2_DIR = Path(os.environ.get("LIT_EXT_SST2_DIR", REPO.parent / "shared" / "data" / "sst2"))



@pytest.fixture(scope="session")
def tiny_models():
    """name -> (random model with a 3-class head, tokenizer) for every architecture we support."""
    return {architecture: tiny_classifier(architecture) for architecture in ARCHITECTURES}


@pytest.fixture(scope="session")
def sst2_model():
    """The real offline classifier: all-MiniLM-L6-v2 + the shipped SST-2 delta."""
    from lit_ext.models.sst2_minilm import sst2_classifier
    return sst2_classifier(max_length=128, batch_size=64)


@pytest.fixture(scope="session")
def sst2_dir():
    if not (SST2_DIR / "dev.tsv").is_file():
        pytest.skip(f"SST-2 not found at {SST2_DIR}; set LIT_EXT_SST2_DIR")
    return SST2_DIR
