"""Optimal one-to-one assignment (Hungarian method) for the small matrices of article alignment.

scipy's ``linear_sum_assignment`` gives the same result, but importing ``scipy.optimize`` costs about
0.7 s of CPU at every start of the tool — more than the whole comparison of a convention. Our matrices
are at most a few dozen rows (articles, or sentences of one article), for which this O(n²m) version
takes well under a millisecond. Tested against scipy in tests/compare/test_assignment.py.
"""

from __future__ import annotations

import numpy as np


def linear_sum_assignment(cost) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of a minimum-cost matching (as many pairs as min(rows, cols)), rows sorted."""
    c = np.asarray(cost, dtype=float)
    if c.ndim != 2:
        raise ValueError("cost matrix must be two-dimensional")
    if c.size == 0:
        return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    transposed = c.shape[0] > c.shape[1]
    if transposed:
        c = c.T
    n, m = c.shape  # n <= m
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)  # p[j]: row (1-based) matched to column j; p[0] the row being inserted
    way = [0] * (m + 1)
    rows = c.tolist()
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta, j1 = inf, 0
            row = rows[i0 - 1]
            ui0 = u[i0]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = sorted((p[j] - 1, j - 1) for j in range(1, m + 1) if p[j] != 0)
    r = np.array([a for a, _ in pairs], dtype=int)
    k = np.array([b for _, b in pairs], dtype=int)
    if transposed:
        order = np.argsort(k, kind="stable")
        return k[order], r[order]
    return r, k
