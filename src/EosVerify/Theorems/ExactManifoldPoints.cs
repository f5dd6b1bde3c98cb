using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// Exact rational points on M = μ⁻¹(W*). From a rank factorisation W* = C·R (C = W*'s pivot columns, R = the nonzero
/// rows of its reduced row echelon form; ρ = rank W*), the point W_1 = [R; 0], W_k = [I_ρ 0; 0 0] (1 &lt; k &lt; L),
/// W_L = [C 0] has μ(θ) = W* whenever ρ ≤ every hidden width, and every W_k of rank ρ. Moving along M with
/// rational invertible A (W_{k+1}A⁻¹, A·W_k) keeps the product exactly.
/// </summary>
internal static class ExactManifoldPoints
{
    public static (RationalMatrix C, RationalMatrix R) RankFactorization(RationalMatrix w)
    {
        var echelon = ExactLinearAlgebra.ReducedRowEchelon(w);
        int rank = echelon.Rank;
        var r = RationalMatrix.Create(rank, w.ColumnCount, (i, j) => echelon.Reduced[i, j]);
        var c = RationalMatrix.Create(w.RowCount, rank, (i, j) => w[i, echelon.PivotColumns[j]]);
        return (c, r);
    }

    /// <summary>The point described above; requires rank W* ≤ every hidden width.</summary>
    public static Rational[] Canonical(Architecture architecture, RationalMatrix wStar)
    {
        var (c, r) = RankFactorization(wStar);
        int rho = r.RowCount, depth = architecture.Depth;
        if (depth == 1) return architecture.Layout.Join([RationalArrays.ToArray(wStar)]);
        for (int k = 1; k < depth; k++)
            if (architecture.Width(k) < rho)
                throw new ArgumentException($"rank W* = {rho} exceeds the hidden width d_{k} = {architecture.Width(k)}: the fibre is empty.");
        return FromEntries(architecture, (k, i, j) =>
            k == 1 ? (i < rho ? r[i, j] : Rational.Zero)
            : k == depth ? (j < rho ? c[i, j] : Rational.Zero)
            : (i == j && i < rho ? Rational.One : Rational.Zero));
    }

    /// <summary>θ with W_k[i, j] = entry(k, i, j) for every layer k = 1..L.</summary>
    public static Rational[] FromEntries(Architecture architecture, Func<int, int, int, Rational> entry)
    {
        var weights = new Rational[architecture.Depth][,];
        for (int k = 1; k <= architecture.Depth; k++)
        {
            int rows = architecture.Width(k), cols = architecture.Width(k - 1);
            var m = new Rational[rows, cols];
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < cols; j++) m[i, j] = entry(k, i, j);
            weights[k - 1] = m;
        }
        return architecture.Layout.Join(weights);
    }

    /// <summary>Above this hidden width <see cref="Move"/> uses the sparse gauge (the dense one costs n³ rational operations on entries that grow with n).</summary>
    public const int MaxDenseGaugeWidth = 32;

    /// <summary>
    /// θ moved along its fibre: for each hidden layer k, an invertible rational A_k; W_k ← A_k W_k and
    /// W_{k+1} ← W_{k+1} A_k⁻¹. Up to <see cref="MaxDenseGaugeWidth"/>, A_k = D·U with D diagonal (entries 1 or 2)
    /// and U unit upper triangular with small integer entries. Wider, A_k = D·(I + e₁uᵀ) with u₁ = 0 and small
    /// integer u, whose inverse (I − e₁uᵀ)D⁻¹ is as small: O(n·d) work instead of O(n³) on growing entries.
    /// </summary>
    public static Rational[] Move(Architecture architecture, IReadOnlyList<Rational> theta, SeededRandom random)
    {
        var layout = architecture.Layout;
        var w = layout.Split(theta).Select(RationalArrays.ToMatrix).ToArray();
        for (int k = 1; k < architecture.Depth; k++)
        {
            int n = architecture.Width(k);
            if (n > MaxDenseGaugeWidth)
            {
                (w[k - 1], w[k]) = SparseGauge(w[k - 1], w[k], random);
                continue;
            }
            var a = RationalMatrix.Create(n, n, (i, j) =>
                i == j ? new Rational(1 + random.NextInt(2)) : j > i ? new Rational(random.NextInt(5) - 2) : Rational.Zero);
            var inverse = ExactLinearAlgebra.Inverse(a);
            w[k - 1] = a * w[k - 1];
            w[k] = w[k] * inverse;
        }
        return layout.Join(w.Select(RationalArrays.ToArray).ToArray());
    }

    /// <summary>(A·W_k, W_{k+1}·A⁻¹) for A = D·(I + e₁uᵀ), u₁ = 0: A·W = D(W + e₁(uᵀW)), W'·A⁻¹ = (W' − (W'e₁)uᵀ)D⁻¹.</summary>
    private static (RationalMatrix Layer, RationalMatrix Next) SparseGauge(RationalMatrix layer, RationalMatrix next, SeededRandom random)
    {
        int n = layer.RowCount;
        var d = new Rational[n];
        var u = new Rational[n];
        for (int i = 0; i < n; i++)
        {
            d[i] = new Rational(1 + random.NextInt(2));
            u[i] = i == 0 ? Rational.Zero : new Rational(random.NextInt(5) - 2);
        }
        var uTw = new Rational[layer.ColumnCount];
        for (int j = 0; j < layer.ColumnCount; j++)
        {
            var sum = Rational.Zero;
            for (int i = 1; i < n; i++)
                if (!u[i].IsZero) sum += u[i] * layer[i, j];
            uTw[j] = sum;
        }
        var moved = RationalMatrix.Create(n, layer.ColumnCount, (i, j) => d[i] * (i == 0 ? layer[0, j] + uTw[j] : layer[i, j]));
        var inverseD = d.Select(x => x.Reciprocal()).ToArray();
        var movedNext = RationalMatrix.Create(next.RowCount, n, (r, i) => (next[r, i] - next[r, 0] * u[i]) * inverseD[i]);
        return (moved, movedNext);
    }
}
