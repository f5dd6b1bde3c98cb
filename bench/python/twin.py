#!/usr/bin/python3
"""The numpy/scipy twin of bench/EosVerify.Benchmarks/NumpyTwinBenchmarks.cs.

Reads the .npy files written by `dotnet run -c Release -- twin-data DIR` (same networks, data and θ), checks its loss,
gradient norm and sharpness against the .NET values in DIR/twin.json, and times the same work:
one GD step at width 256, depth 8; one HVP, the sharpness (scipy eigsh, tol 1e-9) and the top 5 eigenvalues at depth 10,
width 100 (P = 100,000). Not run in CI. Debian packages: python3-numpy python3-scipy.

Usage: python3 twin.py DIR [--repeats N]
"""
import json
import sys
import time

import numpy as np
from scipy.sparse.linalg import LinearOperator, eigsh

C = 0.5  # half-mean loss: L = (1/(2n))‖WX − Y‖², so ∇ carries 2c = 1


def layers(theta, widths):
    """θ = concat(vec W_1, …, vec W_L), each W_k (d_k × d_{k−1}) row-major."""
    out, offset = [], 0
    for k in range(1, len(widths)):
        rows, cols = widths[k], widths[k - 1]
        out.append(theta[offset:offset + rows * cols].reshape(rows, cols))
        offset += rows * cols
    return out


def prefixes(ws):
    """P_k = W_k ⋯ W_1 for k = 1..L (P_0 = I is never formed)."""
    p = [ws[0]]
    for w in ws[1:]:
        p.append(w @ p[-1])
    return p


def loss_and_gradient(theta, widths, sxx, syx, tr_syy):
    ws = layers(theta, widths)
    p = prefixes(ws)
    w = p[-1]
    wsxx = w @ sxx
    loss = C * (np.sum((wsxx - 2 * syx) * w) + tr_syy)
    m = 2 * C * (wsxx - syx)
    grads = [None] * len(ws)
    for k in range(len(ws) - 1, -1, -1):
        grads[k] = m @ p[k - 1].T if k > 0 else m
        if k > 0:
            m = ws[k].T @ m
    return loss, np.concatenate([g.ravel() for g in grads])


class Hessian:
    """v ↦ H(θ)v by forward-mode differentiation of the backpropagated gradient (prefixes P_k computed once)."""

    def __init__(self, theta, widths, sxx, syx):
        self.widths, self.sxx = widths, sxx
        self.ws = layers(theta, widths)
        self.p = prefixes(self.ws)
        self.r = 2 * C * (self.p[-1] @ sxx - syx)
        self.m = [None] * len(self.ws)  # M_k = A_kᵀ R
        m = self.r
        for k in range(len(self.ws) - 1, -1, -1):
            self.m[k] = m
            if k > 0:
                m = self.ws[k].T @ m

    def __call__(self, v):
        vs = layers(np.ascontiguousarray(v).ravel(), self.widths)
        ws, p = self.ws, self.p
        dp = [vs[0]]
        for k in range(1, len(ws)):
            dp.append(vs[k] @ p[k - 1] + ws[k] @ dp[-1])
        dm = 2 * C * (dp[-1] @ self.sxx)
        out = [None] * len(ws)
        for k in range(len(ws) - 1, -1, -1):
            m = self.m[k]
            out[k] = (dm @ p[k - 1].T + m @ dp[k - 1].T) if k > 0 else dm
            if k > 0:
                dm = vs[k].T @ m + ws[k].T @ dm
        return np.concatenate([o.ravel() for o in out])


def median_time(fn, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return float(np.median(times))


def main():
    folder = sys.argv[1]
    repeats = int(sys.argv[sys.argv.index("--repeats") + 1]) if "--repeats" in sys.argv else 10
    meta = json.load(open(f"{folder}/twin.json"))

    def load(name):
        return (meta[name]["widths"], np.load(f"{folder}/{name}-sxx.npy"), np.load(f"{folder}/{name}-syx.npy"),
                meta[name]["traceSyy"], np.load(f"{folder}/{name}-theta.npy"))

    widths, sxx, syx, tr, theta = load("gd-w256-d8")
    loss, grad = loss_and_gradient(theta, widths, sxx, syx, tr)
    print(f"gd-w256-d8: loss rel. diff vs .NET {abs(loss - meta['gd-w256-d8']['loss']) / abs(loss):.1e}, "
          f"‖∇L‖ rel. diff {abs(np.linalg.norm(grad) - meta['gd-w256-d8']['gradientNorm']) / np.linalg.norm(grad):.1e}")

    def step():
        nonlocal theta
        _, g = loss_and_gradient(theta, widths, sxx, syx, tr)
        theta -= 1e-9 * g

    gd = median_time(step, repeats)

    widths, sxx, syx, tr, theta = load("sharp-w100-d10")
    n = theta.size
    v = np.random.default_rng(5).standard_normal(n)
    hessian = Hessian(theta, widths, sxx, syx)
    hvp = median_time(lambda: Hessian(theta, widths, sxx, syx)(v), repeats)
    v0 = np.random.default_rng(0).standard_normal(n)

    def top(k):
        op = LinearOperator((n, n), matvec=Hessian(theta, widths, sxx, syx), dtype=np.float64)
        return eigsh(op, k=k, which="LA", tol=1e-9, v0=v0, return_eigenvectors=False)

    sharp_value = top(1).max()
    print(f"sharp-w100-d10: sharpness {sharp_value:.12g}, rel. diff vs .NET "
          f"{abs(sharp_value - meta['sharp-w100-d10']['sharpness']) / abs(sharp_value):.1e}; check HVP symmetric: "
          f"{abs(v @ hessian(v0) - v0 @ hessian(v)) / abs(v @ hessian(v0)):.1e}")
    sharp = median_time(lambda: top(1), max(3, repeats // 3))
    top5 = median_time(lambda: top(5), max(3, repeats // 3))
    print(f"numpy {np.__version__}, scipy {__import__('scipy').__version__}; median of {repeats} runs:")
    print(f"  GD step w256 d8      {gd * 1e3:9.2f} ms")
    print(f"  HVP P=100,000        {hvp * 1e3:9.2f} ms")
    print(f"  sharpness P=100,000  {sharp * 1e3:9.2f} ms (eigsh k=1, tol 1e-9)")
    print(f"  top 5 P=100,000      {top5 * 1e3:9.2f} ms (eigsh k=5, tol 1e-9)")


if __name__ == "__main__":
    main()
