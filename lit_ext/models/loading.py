"""Loading HF checkpoints by hub id or local path, with errors that say what to do."""

from __future__ import annotations

import os
from pathlib import Path

import torch
import transformers


class ModelLoadError(RuntimeError):
    """A model or tokenizer could not be loaded; the message names the fix."""


def _looks_like_path(name_or_path: str) -> bool:
    return name_or_path.startswith(("/", "./", "../", "~")) or os.sep + os.sep in name_or_path


def _hub_offline() -> bool:
    # huggingface_hub reads HF_HUB_OFFLINE once at import; ask it rather than the environment.
    from huggingface_hub import constants

    return bool(constants.HF_HUB_OFFLINE)


def load_pretrained(auto_class: type, name_or_path: str | os.PathLike, **kwargs):
    """`auto_class.from_pretrained(name_or_path)`, turning failures into a `ModelLoadError`.

    A missing local directory and an unreachable hub are told apart, since their fixes differ.
    """
    name = os.fspath(name_or_path)
    if isinstance(name_or_path, Path) or _looks_like_path(name):
        path = Path(name).expanduser()
        if not path.is_dir():
            raise ModelLoadError(f"Model directory not found: {path}")
        name = str(path)
    try:
        return auto_class.from_pretrained(name, **kwargs)
    except (OSError, ValueError) as err:
        if Path(name).is_dir():
            raise ModelLoadError(f"Could not load {auto_class.__name__} from {name}: {err}") from err
        why = ("HF_HUB_OFFLINE is set" if _hub_offline()
               else "the Hugging Face hub could not be reached or has no such model")
        raise ModelLoadError(
            f"Could not load '{name}': it is not a local directory and {why}. Use a local "
            f"checkpoint directory (config.json + weights), or run where the hub is reachable. "
            f"({type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''})"
        ) from err



def torch_dtype(name: str) -> torch.dtype | str:
    """A config's dtype name as `from_pretrained` takes it ("auto" stays "auto")."""
    return name if name == "auto" else getattr(torch, name)


def dtype_argument(name: str) -> dict:
    """`from_pretrained`'s dtype keyword: transformers 5 renamed `torch_dtype` to `dtype`."""
    keyword = "dtype" if int(transformers.__version__.split(".")[0]) >= 5 else "torch_dtype"
    return {keyword: torch_dtype(name)}
