"""Reading a precomputed store with DuckDB: counts, samples, rows, filtered, sorted queries and
attention-pattern searches over every row (the Parquet files are scanned, never loaded whole).

Queries are structured (column, operator, value), never SQL text from a client: DuckDB can read
any file the server can, so a filter string from a browser would be an arbitrary file read.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pyarrow as pa

from lit_ext.interpreters.attention_search import TokenPattern, check_threshold
from lit_ext.store.manifest import SHARD_DIR, Manifest, StoreError, read_manifest
from lit_ext.store.store_rows import ATTENTION_EDGES, edge_column

OPERATORS = {"=": "=", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">=",
             "contains": "contains", "regex": "regexp_matches"}
# Columns a query may filter and sort by besides the stored scalars: the probability of each
# class (`p_<label>`), whether the prediction is right, and each head's statistic
# (`<statistic>_l<layer>_h<head>`, from the `head_<statistic>` columns).
CORRECT = "correct"
_HEAD_COLUMN = "head_"


@dataclasses.dataclass(frozen=True)
class Filter:
    """`column operator value`; operators: = != < <= > >= contains regex (case-sensitive)."""

    column: str
    operator: str
    value: str | float | int | bool


class StoreReader:
    """Read access to the store in `directory` (a finished `lit-ext precompute` output).

    Raises:
      StoreError: no store there, or one whose precompute has not finished.
    """

    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory)
        manifest = read_manifest(self.directory)
        if manifest is None:
            raise StoreError(f"{self.directory} holds no lit-ext store (no manifest.json); create "
                             "one with `lit-ext precompute --out DIR`.")
        if not manifest.complete:
            raise StoreError(f"The store in {self.directory} is incomplete (its precompute was "
                             "interrupted); run the same `lit-ext precompute` command again to "
                             "finish it.")
        self.manifest: Manifest = manifest
        self._files = str(self.directory / SHARD_DIR / "*.parquet")
        self._connection = duckdb.connect()
        self._lock = threading.Lock()
        self.columns = self._schema()
        self._vocabulary: pa.Table | None = None

    def _table(self) -> str:
        return f"read_parquet('{self._files.replace(chr(39), chr(39) * 2)}')"

    def _run(self, sql: str, parameters: Sequence = ()) -> pa.Table:
        # One connection, one query at a time: DuckDB connections are not shared across threads.
        with self._lock:
            try:
                return self._connection.sql(sql, params=list(parameters) or None).to_arrow_table()
            except duckdb.InvalidInputException as err:  # e.g. a malformed regex
                raise StoreError(f"The store query failed: {err}") from None

    def _schema(self) -> dict[str, str]:
        """Queryable columns → SQL expression (stored scalars, `p_<label>`, `correct`, and
        `<statistic>_l<layer>_h<head>`)."""
        described = self._run(f"DESCRIBE SELECT * FROM {self._table()}")
        self.stored_columns: list[str] = described["column_name"].to_pylist()
        columns = {}
        layers, heads = self.manifest.num_layers, self.manifest.num_heads
        for name, kind in zip(described["column_name"].to_pylist(),
                              described["column_type"].to_pylist()):
            if "[" not in kind:
                columns[name] = f'"{name}"'
            elif name.startswith(_HEAD_COLUMN):
                statistic = name[len(_HEAD_COLUMN):]
                for layer in range(layers):
                    for head in range(heads):
                        # DuckDB lists count from 1; stored layer-major.
                        columns[f"{statistic}_l{layer}_h{head}"] = \
                            f'"{name}"[{layer * heads + head + 1}]'
        for i, label in enumerate(self.manifest.labels):
            columns[f"p_{label}"] = f"probas[{i + 1}]"
        if self.manifest.labels and "label" in columns and "predicted" in columns:
            columns[CORRECT] = "(predicted = label)"
        return columns

    def count(self, filters: Sequence[Filter] = ()) -> int:
        where, parameters = self._where(filters)
        return self._run(f"SELECT count(*) AS n FROM {self._table()} {where}",
                         parameters)["n"][0].as_py()

    def sample_rows(self, size: int, seed: int = 0) -> list[int]:
        """`size` row numbers drawn uniformly without replacement (all rows if fewer), sorted."""
        if size >= self.manifest.num_rows:
            return list(range(self.manifest.num_rows))
        table = self._run(f"SELECT row FROM {self._table()} USING SAMPLE reservoir({int(size)} "
                          f"ROWS) REPEATABLE ({int(seed)}) ORDER BY row")
        return table["row"].to_pylist()

    def rows(self, row_numbers: Sequence[int], columns: Sequence[str] | None = None) -> pa.Table:
        """The stored rows with these numbers (all columns unless named), in `row` order."""
        selected = "*" if columns is None else ", ".join(f'"{c}"' for c in columns)
        numbers = pa.table({"wanted": pa.array(list(row_numbers), type=pa.int64())})
        with self._lock:
            self._connection.register("wanted_rows", numbers)
            try:
                return self._connection.sql(
                    f"SELECT {selected} FROM {self._table()} WHERE row IN "
                    "(SELECT wanted FROM wanted_rows) ORDER BY row").to_arrow_table()
            finally:
                self._connection.unregister("wanted_rows")

    def _shown(self, extra: str | None = None) -> tuple[list[str], str]:
        """The columns a query returns (row, the example, `predicted`, `correct`, `p_<label>`,
        and `extra`) and their SQL select list."""
        shown = ["row", *self.manifest.example_fields,
                 *[c for c in ("predicted", CORRECT) if c in self.columns],
                 *[f"p_{label}" for label in self.manifest.labels]]
        if extra is not None and extra not in shown:
            self._column(extra)  # an unknown name is refused with the choices
            shown.append(extra)
        return shown, ", ".join(f'{self.columns[c]} AS "{c}"' if c in self.columns else f'"{c}"'
                                for c in shown)

    def query(self, filters: Sequence[Filter] = (), order_by: str | None = None,
              descending: bool = False, limit: int = 100) -> pa.Table:
        """Rows matching every filter, sorted, at most `limit`: the row number, the example's
        fields, `predicted` and each class probability (`p_<label>`), plus the sort column."""
        where, parameters = self._where(filters)
        _, select = self._shown(order_by)
        order = (f'ORDER BY {self._column(order_by)} {"DESC" if descending else "ASC"}, row'
                 if order_by else "ORDER BY row")
        return self._run(f"SELECT {select} FROM {self._table()} {where} {order} "
                         f"LIMIT {max(0, int(limit))}", parameters)

    def search_attention(self, layer: int, head: int, threshold: float,
                         from_pattern: TokenPattern, to_pattern: TokenPattern,
                         filters: Sequence[Filter] = (), limit: int = 100,
                         ) -> tuple[int, pa.Table]:
        """`attention_search` over every row: the rows where layer `layer` head `head` sends at
        least `threshold` from a token matching `from_pattern` to one matching `to_pattern`
        (patterns as `attention_search.parse_pattern` reads them), among the rows matching
        `filters`; answers without a forward pass, from the `attention_edges` columns.

        Returns:
          (number of matching rows, the first `limit` of them): strongest first, ties in row
          order (as `search_attention` over the rows in order), with `query`'s columns plus
          `weight`, `query` and `key` (token positions of the strongest matching pair; the
          first in row-major order on ties) and `query_token`, `key_token` (display texts).

        Raises:
          StoreError: the store has no attention edges, the threshold is below the weights it
            stored, or the layer or head does not exist; the message names the fix.
        """
        minimum = self.manifest.edge_min_weight
        if ATTENTION_EDGES not in self.manifest.column_groups or minimum is None:
            raise StoreError(
                "This store holds no attention edges, so patterns cannot be searched over every "
                "row; compute a store with them: `lit-ext precompute ... --columns predictions,"
                "head_statistics,attention_edges --out NEW_DIR`.")
        threshold = check_threshold(threshold)
        if threshold < minimum:
            raise StoreError(
                f"This store keeps attention weights of at least {minimum:g} only; search with a "
                f"threshold of at least {minimum:g}, or precompute the store again with "
                f"--edge-min-weight {threshold:g} (a larger store).")
        if limit < 1:
            raise StoreError(f"limit must be at least 1, got {limit}.")
        layers, heads = self.manifest.num_layers, self.manifest.num_heads
        if not (0 <= layer < layers and 0 <= head < heads):
            raise StoreError(f"Layer {layer} head {head} does not exist: the store's model has "
                             f"layers 0–{layers - 1} and heads 0–{heads - 1}.")
        vocabulary = self._token_vocabulary()
        tokens = vocabulary["token"].to_pylist()
        special = vocabulary["special"].to_pylist()
        senders = vocabulary.filter(pa.array(from_pattern.matches(tokens, special)))
        receivers = vocabulary.filter(pa.array(to_pattern.matches(tokens, special)))
        where, parameters = self._where(filters)
        _, select = self._shown()
        # DuckDB lists count from 1; edges hold 0-based token positions. The strongest pair of
        # a row is an arg_max keyed on (weight, -query, -key): the largest weight, ties to the
        # first pair in row-major order (a window over every edge sorts them all: ~10× slower).
        # The example's own columns are read only for the rows returned.
        sql = f"""
            WITH edge AS (
                SELECT row, e.weight AS weight, e.query AS query, e.key AS key,
                       display_tokens[e.query + 1] AS query_token,
                       special_tokens[e.query + 1] AS query_special,
                       display_tokens[e.key + 1] AS key_token,
                       special_tokens[e.key + 1] AS key_special
                FROM (SELECT row, display_tokens, special_tokens,
                             unnest("{edge_column(layer, head)}") AS e
                      FROM {self._table()} {where})
                WHERE e.weight >= ?
            ),
            matching AS (
                SELECT edge.* FROM edge {token_matches(from_pattern, to_pattern)}
            ),
            strongest AS (
                SELECT row, max(weight) AS weight,
                       arg_max({{'query': query, 'key': key, 'query_token': query_token,
                                 'key_token': key_token}},
                               {{'weight': weight, 'query': -query, 'key': -key}}) AS pair
                FROM matching GROUP BY row
            ),
            top AS (
                SELECT *, count(*) OVER () AS total FROM strongest
                ORDER BY weight DESC, row LIMIT {int(limit)}
            )
            SELECT shown.*, top.weight, top.pair.query AS query, top.pair.key AS key,
                   top.pair.query_token AS query_token, top.pair.key_token AS key_token, top.total
            FROM (SELECT {select} FROM {self._table()} WHERE row IN (SELECT row FROM top)) AS shown
            JOIN top USING (row)
            ORDER BY top.weight DESC, row"""
        with self._lock:
            self._connection.register("senders", senders)
            self._connection.register("receivers", receivers)
            try:
                table = self._connection.sql(sql, params=[*parameters, threshold]).to_arrow_table()
            except duckdb.InvalidInputException as err:
                raise StoreError(f"The store query failed: {err}") from None
            finally:
                self._connection.unregister("senders")
                self._connection.unregister("receivers")
        total = table["total"][0].as_py() if table.num_rows else 0
        return total, table.drop_columns(["total"])

    def _token_vocabulary(self) -> pa.Table:
        """Every (display token, special) pair in the store, read once: patterns are matched
        against it in Python (`TokenPattern.matches`, the same code as the in-memory search)."""
        if self._vocabulary is None:
            self._vocabulary = self._run(
                "SELECT DISTINCT token, special FROM (SELECT unnest(display_tokens) AS token, "
                f"unnest(special_tokens) AS special FROM {self._table()}) ORDER BY token, special")
        return self._vocabulary

    def _column(self, name: str) -> str:
        if name not in self.columns:
            raise StoreError(f"Unknown store column {name!r}; choose from {sorted(self.columns)}.")
        return self.columns[name]

    def _where(self, filters: Sequence[Filter]) -> tuple[str, list]:
        clauses, parameters = [], []
        for item in filters:
            column = self._column(item.column)
            if item.operator not in OPERATORS:
                raise StoreError(f"Unknown operator {item.operator!r}; choose from "
                                 f"{list(OPERATORS)}.")
            operator = OPERATORS[item.operator]
            if item.operator in ("contains", "regex"):
                clauses.append(f"{operator}(CAST({column} AS VARCHAR), ?)")
            else:
                clauses.append(f"{column} {operator} ?")
            parameters.append(item.value)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", parameters


def token_matches(from_pattern: TokenPattern, to_pattern: TokenPattern) -> str:
    """SQL after `FROM edge` keeping the edges whose query token matches `from_pattern` and whose
    key token matches `to_pattern`: a semi join with the matching (token, special) pairs
    registered as `senders` / `receivers`, or, for `*` (every text token, as
    `TokenPattern.matches` has it), a filter on the special flag instead (the join is a third of
    a search's time when every row matches)."""
    joins, conditions = [], []
    for pattern, side, tokens in ((from_pattern, "query", "senders"),
                                  (to_pattern, "key", "receivers")):
        if pattern.kind == "any":
            conditions.append(f"NOT edge.{side}_special")
        else:
            joins.append(f"SEMI JOIN {tokens} ON {tokens}.token = edge.{side}_token "
                         f"AND {tokens}.special = edge.{side}_special")
    return " ".join(joins) + (" WHERE " + " AND ".join(conditions) if conditions else "")
