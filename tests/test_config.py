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
