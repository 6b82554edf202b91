"""Assembling a LIT server (or app) from an `AppConfig`."""

from __future__ import annotations

import ctypes
import functools
import io
import json
import logging
import os
from collections.abc import Iterable, Mapping

from lit_nlp import app as lit_app
from lit_nlp.api import model as lit_model
from lit_nlp.components import classification_results, core, nearest_neighbors, projection
from tqdm.auto import tqdm
from werkzeug import serving as werkzeug_serving
from werkzeug import wrappers

from lit_ext import layouts
from lit_ext.caching import (
    TOKEN_LEVEL_TYPES,
    bound_prediction_caches,
    full_outputs,
    full_outputs_wanted,
)
from lit_ext.client.client_root import build_client_root
from lit_ext.config import TF_KIND, AppConfig, ConfigError, ModelConfig, is_loopback
from lit_ext.datasets import build_datasets
from lit_ext.finite import require_finite
from lit_ext.interpreters import lit_ext_interpreters, with_subword_merging
from lit_ext.interpreters.corpus_nmf import CorpusNMFInterpreter
from lit_ext.interpreters.faithfulness import FaithfulnessInterpreter
from lit_ext.interpreters.introspection_interpreter import IntrospectionInterpreter

logger = logging.getLogger(__name__)

# Our interpreters return megabytes per example and our modules ask for one or two examples at a
# time; a request for hundreds is a runaway script, refused before it ties up the server.
MAX_INTROSPECTION_EXAMPLES = 32
# LIT endpoints that read or write files at paths the client names (`path=`): arbitrary file
# reads and writes on the server machine. Loading models/datasets is off through empty loader
# maps as well; refusing here gives the client a clear answer.
REFUSED_ENDPOINTS = {
    "/save_datapoints": "it writes files at paths the client chooses",
    "/load_datapoints": "it reads files at paths the client chooses",
    "/create_model": "it loads models from client-given paths or hub ids; add the model to the "
                     "config instead",
    "/create_dataset": "it loads data from client-given paths; add the dataset to the config "
                       "instead",
}
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
# Interpreters that read no token-level prediction fields (gradients, token embeddings,
# attention outputs): they are served from the compact dataset cache (`caching.py`). Ours
# compute internals themselves; every other interpreter gets complete predictions.
_WITHOUT_TOKEN_LEVEL = (projection.ProjectionManager, nearest_neighbors.NearestNeighbors,
                        classification_results.ClassificationInterpreter, IntrospectionInterpreter)


def build_model(config: ModelConfig) -> lit_model.Model:
    """Loads one model; raises `ModelLoadError` (with the fix) when it cannot."""
    if config.kind == TF_KIND:
        # TensorFlow is imported only here (lazily): `pip install 'lit-ext[tf]'`.
        from lit_ext.models.lit_sst2_tf import lit_sst2_tf_model
        return lit_sst2_tf_model(config.path, labels=config.labels, max_length=config.max_length,
                                 batch_size=config.batch_size)
    options = dict(text_b=config.text_b, max_length=config.max_length,
                   batch_size=config.batch_size, attention_outputs=config.attention_outputs,
                   ablated_heads=[tuple(pair) for pair in config.ablated_heads or []])
    if config.kind == "sst2_minilm":
        from lit_ext.models.sst2_minilm import sst2_classifier
        return sst2_classifier(dtype=config.dtype, **options)
    if config.kind == "minilm_base":
        from lit_ext.models.sst2_minilm import base_encoder
        return base_encoder(dtype=config.dtype, **options)
    if config.kind == "classifier":
        from lit_ext.models.classifier import ClassifierModel
        return ClassifierModel.from_pretrained(config.path, labels=config.labels,
                                               dtype=config.dtype, **options)
    from lit_ext.models.encoder import EncoderModel
    return EncoderModel.from_pretrained(config.path, dtype=config.dtype, **options)


def build_interpreters(names: list[str] | None, models: Mapping[str, lit_model.Model]):
    """LIT's default interpreters and ours, restricted to `names` (all when None)."""
    available = with_subword_merging(core.default_interpreters(models) | lit_ext_interpreters())
    # `faithfulness` scores the salience methods among the interpreters served: this very dict.
    served: dict = {}
    available["faithfulness"] = FaithfulnessInterpreter(served)
    # Only compatible with models that have corpus factors (a config's corpus_nmf).
    available["corpus_nmf"] = CorpusNMFInterpreter()
    if names is not None:
        unknown = [name for name in names if name not in available]
        if unknown:
            raise ConfigError(f"Unknown interpreter(s) {unknown}; available: {sorted(available)}.")
        available = {name: available[name] for name in names}
    served.update(available)
    return served


def check_layout(name: str) -> None:
    if name not in layouts.LAYOUTS:
        raise ConfigError(f"Unknown layout '{name}'; available: {sorted(layouts.LAYOUTS)}.")


def build_components(config: AppConfig, datasets: dict | None = None) -> tuple[dict, dict]:
    """Loads the config's models and datasets (unless given), with a progress bar over the models."""
    check_layout(config.layout)
    if datasets is None:
        datasets = build_datasets(config.datasets)
    models = {}
    for model_config in tqdm(config.models, desc="loading models", unit="model"):
        models[model_config.name] = build_model(model_config)
        if model_config.corpus_nmf is not None:
            from lit_ext.corpus.startup import with_corpus_nmf
            models[model_config.name] = with_corpus_nmf(models[model_config.name], model_config,
                                                        datasets)
    return models, datasets


def app_kwargs(config: AppConfig, models: Mapping[str, lit_model.Model]) -> dict:
    """Keyword arguments for LIT's `LitApp` / `Server` / `LitWidget` shared by all entry points."""
    # Our layout comes first; LIT's own layouts stay selectable.
    ordered_layouts = {config.layout: layouts.LAYOUTS[config.layout], **layouts.LAYOUTS}
    return dict(
        interpreters=build_interpreters(config.interpreters, models),
        layouts=ordered_layouts,
        default_layout=config.layout,
        client_root=build_client_root(),
        page_title=config.server.page_title,
        data_dir=config.server.data_dir,
        # Loading models or data from client-given paths or hub ids is a remote code/data
        # loading hole on a shared server; these empty maps switch LIT's loaders off.
        model_loaders={},
        dataset_loaders={},
    )


def _names(kind: str, name: str | None, known: Iterable[str]) -> None:
    if name is not None and name not in known:
        raise ValueError(f"Unknown {kind} '{name}'; this server has {sorted(known)}.")


def _host_name(host_header: str) -> str:
    """The host part of a Host header: "[::1]:5432" -> "::1", "localhost:5432" -> "localhost"."""
    if host_header.startswith("["):
        return host_header[1:].split("]", 1)[0]
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


class LitExtApp(lit_app.LitApp):
    """LIT's WSGI app with lit-ext's request checks and safety rules.

    - A request naming an unknown model, dataset, interpreter or example id fails with a
      message listing what exists (LIT answers with a bare KeyError such as `'nope'`), and a
      malformed body says so; our introspection interpreters take at most
      `MAX_INTROSPECTION_EXAMPLES` examples per request.
    - `REFUSED_ENDPOINTS` answer 403.
    - Static files are served from inside `client_root` only. LIT compares string prefixes, so
      it serves a sibling directory such as `<root>-old/`, and a NUL byte in the path got a
      500 with a traceback.
    - Error responses go out as text/plain, never text/html: LIT echoes request values in its
      error messages, which a browser would otherwise render (reflected script injection).
    - No prediction or interpretation result with a NaN or infinity goes out (`finite.py`):
      the request fails with a message naming the field and the fix instead.
    - With `allowed_hosts` (a loopback-only server), requests whose Host header names another
      host are refused: a web page that rebinds its DNS name to 127.0.0.1 cannot read the data.
    """

    def __init__(self, models: Mapping[str, lit_model.Model], datasets: Mapping, *args,
                 client_root: str, allowed_hosts: Iterable[str] | None = None,
                 warm_start: float = 0.0, **kwargs):
        self._client_root = os.path.abspath(client_root)
        self._allowed_hosts = None if allowed_hosts is None else {h.lower() for h in allowed_hosts}
        # LIT warms its cache inside its constructor, before ours can replace it, and would keep
        # every token-level field of the dataset until then (the peak memory): warm up after.
        super().__init__(models, datasets, *args, client_root=client_root, **kwargs)
        # LIT keeps every prediction forever; new examples (edits, API clients) go to an LRU.
        bound_prediction_caches(self)
        self._adopt_stored_predictions(datasets)
        self.warm_up(warm_start)

    def _adopt_stored_predictions(self, datasets: Mapping) -> None:
        """Puts a precomputed store's predictions (`store.StoreSample`) into its model's cache,
        so that the warm start finds them there instead of computing them."""
        for name, dataset in datasets.items():
            # Duck-typed: the store's modules (pyarrow, DuckDB) load only when a store is served.
            if getattr(dataset, "model_name", None) not in self._models or not hasattr(
                    dataset, "stored_predictions"):
                continue
            model = self._models[dataset.model_name]
            ids = [example["id"] for example in self._datasets[name].indexed_examples]
            for example_id, prediction in zip(ids, dataset.stored_predictions(
                    model.output_spec())):
                model._cache.put(prediction, (dataset.model_name, example_id))

    def warm_up(self, rate: float) -> None:
        """LIT's warm start (predictions of `rate` of each dataset; PCA/UMAP when all of it)."""
        if rate <= 0:
            return
        with full_outputs(False):
            self._warm_start(rate=rate, progress_indicator=tqdm)
        self.save_cache()
        if rate >= 1:
            self._warm_projections(["pca", "umap"])
        release_free_heap()

    # ---- request checks (LIT's handlers look these up with bare dict indexing) -------------

    def make_handler(self, fn):
        handler = super().make_handler(fn)

        @functools.wraps(fn)
        def checked(app, request, environ):
            args = request.args
            # LIT's own models/datasets/interpreters maps: the names a request may use.
            _names("model", args.get("model"), self._models)
            _names("dataset", args.get("dataset_name"), self._datasets)
            _names("interpreter", args.get("interpreter"), self._interpreters)
            _names("generator", args.get("generator"), self._generators)
            return handler(app, request, environ)

        return checked

    def _reconstitute_inputs(self, inputs, dataset_name: str):
        _check_inputs(inputs, ids_allowed=True)
        index = self._datasets[dataset_name].index
        unknown = [ex for ex in inputs if isinstance(ex, str) and ex not in index]
        if unknown:
            raise ValueError(
                f"Unknown example id(s) {unknown[:3]}{' ...' if len(unknown) > 3 else ''} in "
                f"dataset '{dataset_name}' ({len(index)} examples): ids are hashes of an "
                "example's fields, so the page may be older than the data; reload it, or send "
                "the example itself instead of its id.")
        return super()._reconstitute_inputs(inputs, dataset_name)

    def _get_preds(self, data, model=None, requested_types=None, requested_fields=None, **kw):
        _check_examples(data)
        if requested_types or requested_fields:
            spec = self._get_model_spec(model)["output"] if model in self._models else {}
            fields = set((requested_fields or "").split(","))
            types = set((requested_types or "").split(","))
            wanted = any(name in fields or type(field_spec).__name__ in types
                         for name, field_spec in spec.items()
                         if isinstance(field_spec, TOKEN_LEVEL_TYPES))
        else:
            # An API client asking for everything gets it; LIT's warm start (warm_up) does not.
            wanted = full_outputs_wanted() is not False
        with full_outputs(wanted):
            predictions = super()._get_preds(data, model=model, requested_types=requested_types,
                                             requested_fields=requested_fields, **kw)
        require_finite(predictions, f"'{model}' predictions")
        return predictions

    def _get_interpretations(self, data, model=None, dataset_name=None, interpreter=None, **kw):
        inputs = _check_examples(data)
        if (isinstance(self._interpreters.get(interpreter), IntrospectionInterpreter)
                and len(inputs) > MAX_INTROSPECTION_EXAMPLES):
            raise ValueError(
                f"The '{interpreter}' interpreter takes at most {MAX_INTROSPECTION_EXAMPLES} "
                f"examples per request (it returns model internals, megabytes per example); got "
                f"{len(inputs)}. Send them in smaller batches, or use the Python API "
                "(`model.introspect(...)`) for bulk work.")
        wanted = not isinstance(self._interpreters.get(interpreter), _WITHOUT_TOKEN_LEVEL)
        with full_outputs(wanted):
            results = super()._get_interpretations(data, model=model, dataset_name=dataset_name,
                                                   interpreter=interpreter, **kw)
        # Every response passes here, ours and LIT's interpreters alike: one NaN would make the
        # whole body invalid JSON for the browser.
        require_finite(results, f"the '{interpreter}' result")
        return results

    # ---- WSGI ----------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        def start_safely(status: str, headers: list, exc_info=None):
            if not status.startswith(("2", "3")):
                headers = [(name, "text/plain; charset=utf-8")
                           if name.lower() == "content-type" and "html" in value.lower()
                           else (name, value) for name, value in headers]
            headers = [*headers, ("X-Content-Type-Options", "nosniff")]
            return start_response(status, headers, exc_info)

        request = wrappers.Request(environ)
        refusal = self._refusal(request, environ)
        if refusal is not None:
            code, message = refusal
            logger.warning("refused %s %s: %s", request.method, request.path, message)
            return self._wsgi_app.respond(request, message, "text/plain", code)(
                environ, start_safely)
        return super().__call__(environ, start_safely)

    def _refusal(self, request, environ) -> tuple[int, str] | None:
        """(status, message) for a request we refuse, or None; may buffer the request body."""
        host = request.headers.get("Host")
        if self._allowed_hosts is not None and host and \
                _host_name(host).lower() not in self._allowed_hosts:
            return 403, (f"Refused: Host '{host}' is not this loopback server's address (a page "
                         "on another site pointing its DNS name here?). Open it as "
                         "http://127.0.0.1:<port>, or serve with --allow-remote "
                         "(server.allow_remote: true in the config).")
        path = request.path.rstrip("/")
        if path in REFUSED_ENDPOINTS:
            return 403, f"Refused: lit-ext's server switches {path} off: {REFUSED_ENDPOINTS[path]}."
        full = os.path.normpath(os.path.join(self._client_root, request.path.lstrip("/")))
        if "\0" in request.path or os.path.commonpath([self._client_root, full]) != self._client_root:
            return 400, "Path not safe: outside the client root."
        if request.method == "POST" and request.content_length:
            body = request.get_data(cache=False)
            environ["wsgi.input"] = io.BytesIO(body)  # LIT reads it again
            try:
                parsed = json.loads(body)
            except ValueError as err:
                return 400, f"The request body is not valid JSON: {err}."
            if not isinstance(parsed, (dict, type(None))):
                return 400, ("The request body must be a JSON object such as {\"inputs\": [...]}, "
                             f"got a {type(parsed).__name__}.")
        return None


def _check_inputs(inputs, ids_allowed: bool) -> list:
    """`inputs` must be a list of {id, data, meta} examples (or of example ids, before LIT
    resolves them); LIT would fail on anything else with a bare KeyError or TypeError."""
    if not isinstance(inputs, list):
        raise ValueError(f"'inputs' must be a list of examples or example ids, got "
                         f"{type(inputs).__name__}.")
    for i, example in enumerate(inputs):
        if isinstance(example, str) and ids_allowed:
            continue
        if not isinstance(example, Mapping) or not isinstance(example.get("data"), Mapping) \
                or "id" not in example:
            raise ValueError(
                f"inputs[{i}] is not an example: send {{\"id\", \"data\": {{fields}}, \"meta\"}}, "
                "or an example id together with the dataset_name parameter.")
    return inputs


def _check_examples(data) -> list:
    """The request's inputs after LIT has resolved example ids."""
    if not isinstance(data, Mapping) or "inputs" not in data:
        raise ValueError("The request needs a JSON body with 'inputs': a list of examples.")
    return _check_inputs(data["inputs"], ids_allowed=False)


def release_free_heap() -> None:
    """Hands memory freed by a warm start back to the OS (glibc only; elsewhere a no-op).

    A warm start's forward and backward passes free their batch buffers, but glibc keeps the
    freed pages of its heaps: measured on 3,000 SST-2 sentences, RSS stayed 70 kB per example
    higher until `malloc_trim`.
    """
    try:
        libc = ctypes.CDLL(None)
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


def allowed_hosts(host: str) -> list[str] | None:
    """Host header names a server bound to `host` answers; None (any) off loopback."""
    return [*LOOPBACK_NAMES, host] if is_loopback(host) else None


def make_app(config: AppConfig, datasets: dict | None = None,
             client_root: str | None = None) -> LitExtApp:
    """lit-ext's LIT WSGI app for `config`: models loaded, warm start done; `datasets` are the
    config's datasets when already loaded, `client_root` replaces the assembled client."""
    if not is_loopback(config.server.host) and not config.server.allow_remote:
        # The CLI says so before loading anything; this catches the WSGI entry points too.
        raise ConfigError(f"host {config.server.host} is not a loopback address and LIT has no "
                          "authentication; set server.allow_remote: true (or --allow-remote) to "
                          "serve on it.")
    models, datasets = build_components(config, datasets)
    kwargs = app_kwargs(config, models)
    readers = {name: dataset.reader for name, dataset in datasets.items()
               if hasattr(dataset, "stored_predictions")}
    if readers:
        from lit_ext.store.store_query import StoreQuery
        kwargs["interpreters"]["store_query"] = StoreQuery(readers)
    if client_root:
        kwargs["client_root"] = client_root
    app = LitExtApp(models, datasets, warm_start=config.server.warm_start,
                    allowed_hosts=allowed_hosts(config.server.host), **kwargs)
    return app


class LitExtServer:
    """Serves a `LitExtApp` with werkzeug's server, like LIT's `dev_server.Server`."""

    def __init__(self, app: LitExtApp, host: str, port: int):
        self.app, self.host, self.port = app, host, port

    def serve(self) -> None:
        print(f"lit-ext is serving at http://{self.host}:{self.port}", flush=True)
        # LIT's BasicDevServer runs werkzeug single-threaded: every request then waits for all
        # before it, and a click's one-layer attention request took 350 ms instead of 70 ms
        # (BENCHMARKS.md, row 6). Threads are safe here: each model serialises its forward
        # passes (TransformerWrapper.forward_lock) and LIT's caches take their own locks.
        werkzeug_serving.run_simple(self.host, self.port, self.app, threaded=True,
                                    use_debugger=False, use_reloader=False)
        self.app.save_cache()


def make_server(config: AppConfig, datasets: dict | None = None) -> LitExtServer:
    """A server for `config` (models loaded, warm start done); call `.serve()` to start serving."""
    return LitExtServer(make_app(config, datasets), config.server.host, config.server.port)
