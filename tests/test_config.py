"""Configs and the CLI: shipped configs load, bad ones fail with one clear line."""

from __future__ import annotations

import pytest

from lit_ext import cli
from lit_ext.config import ConfigError, builtin_config_names, load_config, parse_config
from lit_ext.server import build_interpreters, check_layout

MINIMAL = {"models": [{"name": "m", "kind": "sst2_minilm"}],
           "datasets": [{"name": "d", "kind": "sample"}]}


def test_shipped_configs_are_valid():
    assert {"sst2", "bert_base", "distilbert"} <= set(builtin_config_names())
    for name in builtin_config_names():
        config = load_config(name)
        check_layout(config.layout)
        build_interpreters(config.interpreters, {})
        assert config.server.host == "127.0.0.1"


def test_offline_default_uses_our_classifier_and_the_sample():
    config = load_config("sst2")
    assert [m.kind for m in config.models] == ["sst2_minilm"]
    assert [d.kind for d in config.datasets] == ["sample"]


def test_config_by_path(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("models: [{name: m, kind: sst2_minilm}]\ndatasets: [{name: d, kind: sample}]\n")
    assert load_config(str(path)).models[0].name == "m"


@pytest.mark.parametrize("change, message", [
    ({"modles": []}, r"unknown key\(s\) \['modles'\]"),
    ({"models": []}, "models: expected a non-empty list"),
    ({"models": [{"kind": "classifier", "path": "x"}]}, "models\\[0\\]: missing required key 'name'"),
    ({"models": [{"name": "m", "kind": "gpt"}]}, "kind 'gpt' is unknown"),
    ({"models": [{"name": "m", "kind": "classifier"}]}, "needs 'path'"),
    ({"models": [{"name": "m", "kind": "sst2_minilm", "batch_size": "big"}]},
     "batch_size: expected int, got 'big'"),
    ({"models": [{"name": "m", "kind": "sst2_minilm", "labels": "pos"}]}, "labels: expected a list"),
    ({"datasets": [{"name": "d", "kind": "file"}]}, "needs 'path'"),
    ({"datasets": [{"name": "d", "kind": "sample"}, {"name": "d", "kind": "sample"}]},
     r"names must be unique; repeated: \['d'\]"),
    ({"server": {"warm_start": 2}}, "warm_start must be between 0 and 1"),
    ({"server": {"port": True}}, "port: expected int"),
])
def test_invalid_configs_name_the_problem(change, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(MINIMAL | change)


def test_not_a_mapping():
    with pytest.raises(ConfigError, match="expected a mapping"):
        parse_config(["models"])


def test_unknown_interpreter_and_layout():
    with pytest.raises(ConfigError, match="Unknown interpreter.*available"):
        build_interpreters(["Grad Norm"], {})
    with pytest.raises(ConfigError, match="Unknown layout 'fancy'"):
        check_layout("fancy")


def run_cli(capsys, *args):
    code = cli.main(["serve", *args])
    err = capsys.readouterr().err.strip().splitlines()
    return code, err


def test_cli_malformed_yaml(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text("models:\n  - name: m\n   kind: [oops\n")
    code, err = run_cli(capsys, "--config", str(path))
    assert code == 2 and len(err) == 1
    assert err[0].startswith("lit-ext: error:") and "malformed YAML at line" in err[0]


def test_cli_unknown_config(capsys):
    code, err = run_cli(capsys, "--config", "no-such-config")
    assert code == 2 and "not one of the shipped configs" in err[-1]


def test_cli_missing_data_path(capsys, tmp_path):
    code, err = run_cli(capsys, "--data", str(tmp_path / "missing"))
    assert code == 2 and "no such file or directory" in err[-1]


def test_cli_unknown_model_offline(capsys, monkeypatch):
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    code, err = run_cli(capsys, "--model", "no-such-org/no-such-model", "--warm-start", "0")
    assert code == 2
    assert "lit-ext: error: Could not load 'no-such-org/no-such-model'" in err[-1]
    assert "HF_HUB_OFFLINE is set" in err[-1]


def test_cli_missing_local_model_directory(capsys):
    code, err = run_cli(capsys, "--model", "encoder:./no/such/dir")
    assert code == 2 and "Model directory not found" in err[-1]


def test_cli_argument_overrides():
    args = cli.build_parser().parse_args(
        ["serve", "--model", "encoder:bert-base-uncased", "--data", "sample", "--port", "6000"])
    config = cli.apply_overrides(load_config("sst2"), args)
    assert (config.models[0].kind, config.models[0].path) == ("encoder", "bert-base-uncased")
    assert config.datasets[0].kind == "sample" and config.server.port == 6000


# ---- LIT's TensorFlow SST-2 model (kind lit_sst2_tf); loading it is tested in tests_tf/ ------

def test_tf_config_serves_lit_tf_model_next_to_ours():
    config = load_config("sst2_tf")
    assert [(m.kind, m.path) for m in config.models] == [
        ("sst2_minilm", None), ("lit_sst2_tf", "checkpoints/lit_sst2_tf")]
    from lit_ext.config import MODEL_KINDS
    assert "lit_sst2_tf" in MODEL_KINDS


@pytest.mark.parametrize("change, message", [
    ({}, r"needs 'path': the checkpoint directory that `python scripts/export_tf.py --out PATH`"),
    ({"path": "x", "text_b": "s2"}, r"\['text_b'\] not supported by LIT's TensorFlow SST-2 model"),
    ({"path": "x", "ablated_heads": [[0, 1]]}, r"\['ablated_heads'\] not supported"),
    ({"path": "x", "dtype": "float16"}, r"\['dtype'\] not supported"),
])
def test_tf_model_options_are_checked(change, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(MINIMAL | {"models": [{"name": "tf", "kind": "lit_sst2_tf"} | change]})


def test_tf_model_from_the_command_line():
    from lit_ext.config import model_config_from_spec
    model = model_config_from_spec("lit_sst2_tf:checkpoints/tf")
    assert (model.name, model.kind, model.path) == ("tf", "lit_sst2_tf", "checkpoints/tf")


def test_tf_model_missing_checkpoint_names_the_export_command(tmp_path):
    from lit_ext.server import build_model
    config = parse_config(MINIMAL | {"models": [
        {"name": "tf", "kind": "lit_sst2_tf", "path": str(tmp_path / "none")}]})
    with pytest.raises(FileNotFoundError,
                       match=f"python scripts/export_tf.py --out {tmp_path / 'none'}"):
        build_model(config.models[0])


def test_tf_model_without_tensorflow_names_the_extra(tmp_path, monkeypatch):
    """In the main venv (transformers 5, no TensorFlow) the kind fails with the install command;
    a fake import failure makes the test independent of what is installed."""
    import builtins

    from lit_ext.server import build_model
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "tf_model.h5").write_bytes(b"")
    real_import = builtins.__import__

    def no_tensorflow(name, *args, **kwargs):
        if name.split(".")[0] in ("tensorflow", "tf_keras"):
            raise ImportError(f"No module named '{name}'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_tensorflow)
    config = parse_config(MINIMAL | {"models": [{"name": "tf", "kind": "lit_sst2_tf",
                                                 "path": str(tmp_path)}]})
    with pytest.raises(ImportError, match=r"pip install 'lit-ext\[tf\]'"):
        build_model(config.models[0])


def test_the_default_config_serves_what_every_module_of_its_layout_asks_for():
    # Each module of the lit_ext layout runs these interpreters; a config listing interpreters
    # without one leaves its module with nothing to show.
    needed = {"faithfulness-module": "faithfulness", "layer-predictions-module": "layer_predictions",
              "head-view-module": "attention", "model-view-module": "head_importance",
              "neuron-view-module": "neuron_view", "nmf-module": "nmf"}
    from lit_ext.layouts import LAYOUTS

    config = load_config("sst2")
    shown = {name for group in LAYOUTS[config.layout].lower.values() for name in group
             if isinstance(name, str)}
    assert set(needed) <= shown
    assert {needed[module] for module in shown if module in needed} <= set(config.interpreters)
