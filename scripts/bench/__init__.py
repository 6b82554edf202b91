"""lit-ext's benchmark (`scripts/bench.py`): each cost next to its baseline, measured in one run.

Modules: `inputs` (sentences of exact token counts, data files), `timing` (medians, log-log
fits, RSS), `inprocess` (interpreters vs a bare forward, Ecco's NMF), `dataset_rows` (head
statistics, attention search, corpus NMF columns, store queries), `serving` (a real
`lit-ext serve`: HTTP, start-up, memory), `browser` (click → painted in headless Chromium),
`profiling` (pyinstrument) and `report` (BENCHMARKS.md).
"""
