using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Derivation;

/// <summary>
/// The matrix calculus of MATH.md §2 at one point, over an exact field. With A_k = W_L⋯W_{k+1},
/// B_k = W_{k−1}⋯W_1, G = W Sxx − Syx and c the loss-scale factor (L = c·[tr(W Sxx Wᵀ) − 2tr(Syx Wᵀ) + tr Syy]):
/// <list type="bullet">
/// <item>∂W/∂W_k[a,b] = A_k[:,a] B_k[b,:], so ∇_{W_k} L = 2c A_kᵀ G B_kᵀ;</item>
/// <item>Gauss–Newton block: ∂²L/∂W_k[a,b]∂W_l[e,f] ∋ 2c (A_kᵀA_l)[a,e] (B_k Sxx B_lᵀ)[b,f];</item>
/// <item>residual block, j &lt; k: ∂²L/∂W_j[a,b]∂W_k[e,f] ∋ 2c (A_kᵀ G B_jᵀ)[e,b] M_{kj}[f,a] with
/// M_{kj} = W_{k−1}⋯W_{j+1} (identity when k = j + 1); zero within one layer.</item>
/// </list>
/// Every block is a product of prefix/suffix matrices: O(L²) small matrix products plus one pass over the P² entries.
/// </summary>
internal sealed class NetworkCalculus<T, TField> where TField : struct, IFieldOperations<T>
{
    private readonly TField _f;
    private readonly ParameterLayout _layout;
    private readonly int _depth;
    private readonly T _twoC;
    private readonly T _c;
    private readonly T[,] _sxx, _syx, _syy;
    private readonly T[][,] _w;      // _w[k] = W_k, k = 1..L (index 0 unused)
    private readonly T[][,] _before; // _before[k] = B_k = W_{k−1}⋯W_1 (d_{k−1} × d0)
    private readonly T[][,] _after;  // _after[k]  = A_k = W_L⋯W_{k+1} (dL × d_k)

    public T[,] Product { get; }
    public T[,] Residual { get; } // G = W Sxx − Syx

    public NetworkCalculus(TField field, Problem problem, IReadOnlyList<Rational> theta)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(theta);
        _f = field;
        _layout = problem.Layout;
        _layout.RequireLength(theta.Count);
        _depth = problem.Architecture.Depth;
        var c = problem.LossScale.Factor();
        _c = _f.FromRational(c);
        _twoC = _f.FromRational(2 * c);
        _sxx = Convert(problem.Moments.Sxx);
        _syx = Convert(problem.Moments.Syx);
        _syy = Convert(problem.Moments.Syy);

        var split = _layout.Split(theta);
        _w = new T[_depth + 1][,];
        for (int k = 1; k <= _depth; k++)
        {
            var wk = split[k - 1];
            _w[k] = new T[wk.GetLength(0), wk.GetLength(1)];
            for (int i = 0; i < wk.GetLength(0); i++)
                for (int j = 0; j < wk.GetLength(1); j++)
                    _w[k][i, j] = _f.FromRational(wk[i, j]);
        }
        _before = new T[_depth + 2][,];
        _before[1] = DenseOps.Identity<T, TField>(_f, problem.Architecture.InputDimension);
        for (int k = 1; k <= _depth; k++) _before[k + 1] = DenseOps.Multiply<T, TField>(_f, _w[k], _before[k]);
        _after = new T[_depth + 1][,];
        _after[_depth] = DenseOps.Identity<T, TField>(_f, problem.Architecture.OutputDimension);
        for (int k = _depth; k > 1; k--) _after[k - 1] = DenseOps.Multiply<T, TField>(_f, _after[k], _w[k]);
        Product = _before[_depth + 1];
        var wsxx = DenseOps.Multiply<T, TField>(_f, Product, _sxx);
        Residual = new T[wsxx.GetLength(0), wsxx.GetLength(1)];
        for (int i = 0; i < wsxx.GetLength(0); i++)
            for (int j = 0; j < wsxx.GetLength(1); j++)
                Residual[i, j] = _f.Subtract(wsxx[i, j], _syx[i, j]);
    }

    private T[,] Convert(RationalMatrix m)
    {
        var r = new T[m.RowCount, m.ColumnCount];
        for (int i = 0; i < m.RowCount; i++)
            for (int j = 0; j < m.ColumnCount; j++)
                r[i, j] = _f.FromRational(m[i, j]);
        return r;
    }

    /// <summary>c·[tr(W Sxx Wᵀ) − 2 tr(Syx Wᵀ) + tr Syy].</summary>
    public T Loss()
    {
        var w = Product;
        var wsxx = DenseOps.Multiply<T, TField>(_f, w, _sxx);
        var two = _f.Add(_f.One, _f.One);
        var s = _f.Zero;
        for (int i = 0; i < w.GetLength(0); i++)
        {
            for (int j = 0; j < w.GetLength(1); j++)
            {
                s = _f.Add(s, _f.Multiply(wsxx[i, j], w[i, j]));
                s = _f.Subtract(s, _f.Multiply(two, _f.Multiply(_syx[i, j], w[i, j])));
            }
            s = _f.Add(s, _syy[i, i]);
        }
        return _f.Multiply(_c, s);
    }

    /// <summary>∇L in the layout of θ: block k is 2c A_kᵀ G B_kᵀ, row-major.</summary>
    public T[] Gradient()
    {
        var g = new T[_layout.ParameterCount];
        for (int k = 1; k <= _depth; k++)
        {
            var block = DenseOps.Multiply<T, TField>(_f,
                DenseOps.Multiply<T, TField>(_f, DenseOps.Transpose(_after[k]), Residual), DenseOps.Transpose(_before[k]));
            for (int a = 0; a < _layout.Rows(k); a++)
                for (int b = 0; b < _layout.Columns(k); b++)
                    g[_layout.Index(k, a, b)] = _f.Multiply(_twoC, block[a, b]);
        }
        return g;
    }

    /// <summary>The P×P Hessian, Gauss–Newton plus residual term, assembled block by block.</summary>
    public T[,] Hessian()
    {
        int p = _layout.ParameterCount;
        var h = new T[p, p];
        for (int j = 1; j <= _depth; j++)
        {
            var afterT = DenseOps.Transpose(_after[j]);
            var beforeSxx = DenseOps.Multiply<T, TField>(_f, _before[j], _sxx);
            var middle = DenseOps.Identity<T, TField>(_f, _layout.Rows(j)); // M_{kj} for k = j + 1
            for (int k = j; k <= _depth; k++)
            {
                var left = DenseOps.Multiply<T, TField>(_f, afterT, _after[k]);                          // d_j × d_k
                var right = DenseOps.Multiply<T, TField>(_f, beforeSxx, DenseOps.Transpose(_before[k])); // d_{j−1} × d_{k−1}
                T[,]? cross = null;
                if (k > j)
                {
                    if (k > j + 1) middle = DenseOps.Multiply<T, TField>(_f, _w[k - 1], middle);
                    cross = DenseOps.Multiply<T, TField>(_f,
                        DenseOps.Multiply<T, TField>(_f, DenseOps.Transpose(_after[k]), Residual), DenseOps.Transpose(_before[j])); // d_k × d_{j−1}
                }
                FillBlock(h, j, k, left, right, cross, middle);
            }
        }
        return h;
    }

    private void FillBlock(T[,] h, int j, int k, T[,] left, T[,] right, T[,]? cross, T[,] middle)
    {
        for (int a = 0; a < _layout.Rows(j); a++)
            for (int b = 0; b < _layout.Columns(j); b++)
            {
                int row = _layout.Index(j, a, b);
                for (int e = 0; e < _layout.Rows(k); e++)
                    for (int f = 0; f < _layout.Columns(k); f++)
                    {
                        int column = _layout.Index(k, e, f);
                        if (column < row) continue; // the lower triangle is mirrored
                        var v = _f.Multiply(left[a, e], right[b, f]);
                        if (cross is not null) v = _f.Add(v, _f.Multiply(cross[e, b], middle[f, a]));
                        v = _f.Multiply(_twoC, v);
                        h[row, column] = v;
                        h[column, row] = v;
                    }
            }
    }

    /// <summary>Dμ: row r·d0 + s (row-major W), column p = (k, a, b): ∂W[r,s]/∂W_k[a,b] = A_k[r,a] B_k[b,s].</summary>
    public T[,] ProductJacobian()
    {
        int d0 = Product.GetLength(1), dL = Product.GetLength(0);
        var j = new T[dL * d0, _layout.ParameterCount];
        for (int k = 1; k <= _depth; k++)
            for (int a = 0; a < _layout.Rows(k); a++)
                for (int b = 0; b < _layout.Columns(k); b++)
                {
                    int column = _layout.Index(k, a, b);
                    for (int r = 0; r < dL; r++)
                        for (int s = 0; s < d0; s++)
                            j[r * d0 + s, column] = _f.Multiply(_after[k][r, a], _before[k][b, s]);
                }
        return j;
    }
}
