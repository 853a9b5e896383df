"""Our Hungarian assignment gives the optimum scipy gives, on square and rectangular matrices."""

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment as scipy_lsa

from iscg_nlp.compare.assignment import linear_sum_assignment


@pytest.mark.parametrize("shape", [(1, 1), (3, 3), (5, 8), (8, 5), (12, 12), (20, 15), (2, 30)])
@pytest.mark.parametrize("seed", range(5))
def test_same_optimum_as_scipy(shape, seed):
    rng = np.random.default_rng(seed)
    cost = -rng.random(shape)  # alignment maximises similarity: costs are negative similarities
    rows, cols = linear_sum_assignment(cost)
    s_rows, s_cols = scipy_lsa(cost)
    assert len(rows) == min(shape) == len(set(rows)) == len(set(cols))
    assert cost[rows, cols].sum() == pytest.approx(cost[s_rows, s_cols].sum())
    assert list(rows) == sorted(rows)


def test_ties_and_empty():
    rows, cols = linear_sum_assignment(np.zeros((3, 3)))
    assert sorted(cols) == [0, 1, 2]
    rows, cols = linear_sum_assignment(np.zeros((0, 4)))
    assert len(rows) == len(cols) == 0
