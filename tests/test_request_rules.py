"""The rules lit-ext's app applies to every request, at their exact values, in this process.

Each rule is checked at its boundary (32 examples pass, 33 are refused; "LOCALHOST" is
loopback), because a check that only sends 1,000 examples or lower-case hosts passes with the
limit at 320 or a case-sensitive comparison. The app is `make_app`'s, with a tiny model.
"""

from __future__ import annotations

import os

import pytest
from tiny_app import DATASET, MODEL, Api, example, message, serve_tiny_models, tiny_classifier, tiny_config

from lit_ext.config import ConfigError, parse_config
from lit_ext.interpreters.introspection_interpreter import config_bool
from lit_ext.server import (
    MAX_INTROSPECTION_EXAMPLES,
    REFUSED_ENDPOINTS,
    LitExtApp,
    allowed_hosts,
    make_app,
)

INTROSPECTION = ("attention", "neuron_view", "nmf")


@pytest.fixture(scope="module")
def model():
    return tiny_classifier()


@pytest.fixture(scope="module")
def app_for(model, tmp_path_factory):
    """app_for(host) -> make_app's app for a config serving on `host` (built once per host)."""
    apps = {}
    cache = tmp_path_factory.mktemp("client_cache")

    def build(host: str = "127.0.0.1") -> LitExtApp:
        if host not in apps:
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("LIT_EXT_CACHE_DIR", str(cache))
                serve_tiny_models(patch, model)
                apps[host] = make_app(tiny_config(host=host))
        return apps[host]

    return build


@pytest.fixture(scope="module")
def api(app_for):
    return Api(app_for())


def sentences(count: int) -> list[dict]:
    return [example(f"review {i} was {'fine' if i % 2 else 'dull'}", f"rule-{i}") for i in range(count)]


# ---- the cap on introspection requests ---------------------------------------------------------


def test_the_cap_is_32_examples():
    assert MAX_INTROSPECTION_EXAMPLES == 32


@pytest.mark.parametrize("interpreter", INTROSPECTION)
def test_introspection_takes_32_examples_and_refuses_33(api, interpreter):
    accepted = api.interpret(interpreter, sentences(32), {"n_components": 2})
    assert accepted.status_code == 200, accepted.get_data(as_text=True)[:300]
    assert len(accepted.json) == 32
    refused = message(api.interpret(interpreter, sentences(33), {"n_components": 2}))
    assert f"The '{interpreter}' interpreter takes at most 32 examples per request" in refused
    assert "got 33" in refused


def test_other_interpreters_and_predictions_have_no_cap(api):
    """LIT's own components (salience over a whole selection) and get_preds are not ours to cap."""
    assert api.interpret("Grad L2 Norm", sentences(40)).status_code == 200
    assert len(api.predict(sentences(40)).json) == 40


# ---- the Host header -----------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1:5432", "localhost:5432", "LOCALHOST:5432", "LocalHost",
                                  "[::1]:5432", "127.0.0.1"])
def test_loopback_host_names_are_accepted_in_any_case(api, host):
    response = api.post("get_info", host=host)
    assert response.status_code == 200, response.get_data(as_text=True)[:200]
    assert MODEL in response.json["models"]


@pytest.mark.parametrize("host", ["attacker.example:5432", "LOCALHOST.attacker.example:5432",
                                  "127.0.0.1.nip.io", "localhost.:5432"])
def test_other_host_names_are_refused(api, host):
    response = api.post("get_info", host=host)
    assert response.status_code == 403
    assert "is not this loopback server's address" in response.get_data(as_text=True)


def test_a_server_configured_as_LOCALHOST_answers_localhost(app_for):
    api = Api(app_for("LOCALHOST"))
    for host in ("localhost:5432", "LOCALHOST:5432", "127.0.0.1:5432"):
        assert api.post("get_info", host=host).status_code == 200, host
    assert api.post("get_info", host="attacker.example").status_code == 403


def test_allowed_hosts_off_loopback_is_everyone():
    assert allowed_hosts("0.0.0.0") is None
    assert set(allowed_hosts("127.0.0.2")) == {"localhost", "127.0.0.1", "::1", "127.0.0.2"}


# ---- malformed examples --------------------------------------------------------------------------


@pytest.mark.parametrize("endpoint", ["get_preds", "get_interpretations"])
def test_an_example_without_an_id_gets_a_clear_message(api, endpoint):
    no_id = {"data": {"sentence": "a fine film"}, "meta": {}}
    response = api.post(endpoint, {"inputs": [example("ok", "has-id"), no_id], "config": {}},
                        model=MODEL, dataset_name=DATASET, interpreter="attention")
    text = message(response)
    assert "inputs[1] is not an example" in text
    assert 'send {"id", "data": {fields}, "meta"}' in text
    assert api.post("get_info").status_code == 200


# ---- booleans sent as strings ---------------------------------------------------------------------


@pytest.mark.parametrize("value, excluded", [
    ("false", False), ("False", False), (" FALSE ", False), ("0", False), (False, False), (0, False),
    ("true", True), ("True", True), ("1", True), (True, True), (1, True), ("", False),
])
def test_config_bool_reads_what_lits_ui_sends(value, excluded):
    assert config_bool({"flag": value}, "flag", default=True) is excluded


def test_config_bool_default_and_garbage():
    assert config_bool({}, "flag", default=True) is True
    assert config_bool({}, "flag", default=False) is False
    with pytest.raises(ValueError, match="Config 'flag' must be true or false, got 'maybe'"):
        config_bool({"flag": "maybe"}, "flag", default=True)


@pytest.mark.parametrize("value", ["false", "False", "0", False])
def test_nmf_exclude_special_tokens_false_as_the_ui_sends_it(api, value):
    result = api.interpret("nmf", [example("not bad at all")],
                           {"n_components": 2, "exclude_special_tokens": value}).json[0]
    assert result["tokens"][0] == "[CLS]" and result["tokens"][-1] == "[SEP]"
    assert result["token_mask"] == [True] * len(result["tokens"])


@pytest.mark.parametrize("value", ["true", "True", "1", True])
def test_nmf_exclude_special_tokens_true(api, value):
    result = api.interpret("nmf", [example("not bad at all")],
                           {"n_components": 2, "exclude_special_tokens": value}).json[0]
    assert result["token_mask"] == [False, True, True, True, True, False]


@pytest.mark.parametrize("section, key", [("server", "allow_remote"), ("models", "attention_outputs")])
def test_config_file_booleans_written_as_strings_are_refused_not_read_as_true(section, key):
    raw = {"models": [{"name": "m", "kind": "sst2_minilm"}], "datasets": [{"name": "d", "kind": "sample"}]}
    if section == "server":
        raw["server"] = {key: "false"}
    else:
        raw["models"][0][key] = "false"
    with pytest.raises(ConfigError, match=f"{key}: expected bool, got 'false'"):
        parse_config(raw)


def test_allowed_host_names_given_in_capitals_match_any_case(model, tmp_path):
    from lit_ext.datasets.sample_reviews import SampleReviews

    app = LitExtApp({MODEL: model}, {DATASET: SampleReviews()}, client_root=str(tmp_path),
                    allowed_hosts=["Lab-Machine.Example"], interpreters={})
    api = Api(app)
    for host in ("lab-machine.example:5432", "LAB-MACHINE.EXAMPLE", "Lab-Machine.Example:80"):
        assert api.post("get_info", host=host).status_code == 200, host
    assert api.post("get_info", host="lab-machine.example.attacker:80").status_code == 403


def test_a_remote_server_answers_any_host_name(model, tmp_path, monkeypatch):
    """Off loopback (allow_remote) the Host header names the machine, whatever it is called."""
    monkeypatch.setenv("LIT_EXT_CACHE_DIR", str(tmp_path))
    serve_tiny_models(monkeypatch, model)
    api = Api(make_app(tiny_config(host="0.0.0.0", allow_remote=True)))
    assert api.post("get_info", host="lab-machine.example:5432").status_code == 200


# ---- refusals, paths and error responses (test_security/test_bad_input check them over a real
# ---- server too; here they run in the mutated process, so mutation testing sees them) ---------


@pytest.mark.parametrize("path", sorted(REFUSED_ENDPOINTS))
@pytest.mark.parametrize("slash", ["", "/"])
def test_endpoints_that_touch_files_are_refused_with_the_reason(api, path, slash):
    response = api.post(path.lstrip("/") + slash, {"inputs": []}, dataset_name=DATASET,
                        model=MODEL, path="/etc/passwd")
    assert response.status_code == 403
    assert response.get_data(as_text=True) == (
        f"Refused: lit-ext's server switches {path} off: {REFUSED_ENDPOINTS[path]}.")
    assert response.headers["Content-Type"].startswith("text/plain")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.fixture(scope="module")
def secret_beside_the_client_root(app_for):
    """A file in a sibling of the client root whose name starts with the root's name (LIT's own
    check compares string prefixes and would serve it) and one in the root's parent."""
    root = app_for()._client_root
    sibling = f"{root}-old"
    os.makedirs(sibling, exist_ok=True)
    for folder in (sibling, os.path.dirname(root)):
        with open(os.path.join(folder, "secret.txt"), "w") as file:
            file.write("the secret")
    return os.path.basename(root)


@pytest.mark.parametrize("path", ["/../secret.txt", "/%2e%2e/secret.txt", "/../{root}-old/secret.txt",
                                  "/%2e%2e%2f{root}-old%2fsecret.txt", "/static/%00",
                                  "/static/index.html%00.png", "/../../../../../../etc/passwd"])
def test_no_file_outside_the_client_root_is_served(api, secret_beside_the_client_root, path):
    response = api.client.get(path.format(root=secret_beside_the_client_root),
                              environ_overrides={"HTTP_HOST": api.host})
    body = response.get_data()
    assert response.status_code == 400, (response.status_code, body[:200])
    assert body == b"Path not safe: outside the client root."
    assert response.headers["Content-Type"].startswith("text/plain")


def test_the_client_is_still_served_as_html(api):
    response = api.client.get("/", environ_overrides={"HTTP_HOST": api.host})
    assert response.status_code == 200 and b"lit_ext.js?v=" in response.get_data()
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("body, message", [
    ("{oops", "The request body is not valid JSON: Expecting property name enclosed in double quotes"),
    ("[1, 2]", 'The request body must be a JSON object such as {"inputs": [...]}, got a list.'),
    ('"text"', 'The request body must be a JSON object such as {"inputs": [...]}, got a str.'),
])
def test_a_body_that_is_not_a_json_object_is_refused_as_such(api, body, message):
    response = api.client.post("/get_preds", query_string={"model": MODEL, "dataset_name": DATASET},
                               data=body, content_type="application/json",
                               environ_overrides={"HTTP_HOST": api.host})
    assert response.status_code == 400
    assert response.get_data(as_text=True).startswith(message)
    assert response.headers["Content-Type"].startswith("text/plain")


def test_lits_error_pages_go_out_as_plain_text(api):
    """LIT's error page repeats request values; as text/html a link could run script."""
    payload = "<script>alert(document.domain)</script>"
    response = api.post("get_preds", {"inputs": []}, model=payload, dataset_name=DATASET)
    assert response.status_code == 500 and payload in response.get_data(as_text=True)
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("endpoint", ["get_preds", "get_interpretations"])
def test_unknown_example_ids_are_named_and_known_ones_work(api, endpoint):
    known = api.post("get_dataset", dataset_name=DATASET).json[0]["id"]
    params = dict(model=MODEL, dataset_name=DATASET, interpreter="attention")
    assert api.post(endpoint, {"inputs": [known], "config": {}}, **params).status_code == 200
    for unknown, shown in ((["a", "b", "c"], "['a', 'b', 'c'] in"),
                           (["a", "b", "c", "d"], "['a', 'b', 'c'] ... in")):
        text = message(api.post(endpoint, {"inputs": [known, *unknown], "config": {}}, **params))
        assert f"Unknown example id(s) {shown} dataset '{DATASET}' (48 examples): ids are hashes" in text
        assert "reload it, or send the example itself instead of its id" in text
