using System.Runtime.InteropServices;

namespace EosVerify.Algebra;

/// <summary>
/// A mutable accumulator of terms for hot loops: add terms and products in any order, then
/// <see cref="ToPolynomial"/> sorts once and drops zero coefficients. Not thread-safe; use it as local scratch.
/// </summary>
internal sealed class PolynomialBuilder
{
    private readonly Dictionary<Monomial, Rational> _terms = new();

    public PolynomialRing Ring { get; }

    internal PolynomialBuilder(PolynomialRing ring) => Ring = ring;

    public int Count => _terms.Count;

    internal void AddTerm(Monomial monomial, Rational coefficient)
    {
        if (coefficient.IsZero) return;
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_terms, monomial, out _);
        slot += coefficient;
    }

    /// <summary>this += p.</summary>
    public PolynomialBuilder Add(Polynomial p) => AddScaled(Rational.One, p);

    /// <summary>this −= p.</summary>
    public PolynomialBuilder Subtract(Polynomial p) => AddScaled(Rational.MinusOne, p);

    /// <summary>this += scale · p.</summary>
    public PolynomialBuilder AddScaled(Rational scale, Polynomial p)
    {
        ArgumentNullException.ThrowIfNull(p);
        Ring.RequireSame(p.Ring);
        if (scale.IsZero) return this;
        for (int i = 0; i < p.Count; i++) AddTerm(p.MonomialAt(i), scale.Equals(Rational.One) ? p.CoefficientAt(i) : scale * p.CoefficientAt(i));
        return this;
    }

    /// <summary>this += a · b, without forming a · b as a polynomial.</summary>
    public PolynomialBuilder AddProduct(Polynomial a, Polynomial b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        Ring.RequireSame(a.Ring);
        Ring.RequireSame(b.Ring);
        if (a.IsZero || b.IsZero) return this;
        Ring.Layout.RequireDegree(a.TotalDegree + b.TotalDegree);
        for (int i = 0; i < a.Count; i++)
        {
            var ma = a.MonomialAt(i);
            var ca = a.CoefficientAt(i);
            for (int j = 0; j < b.Count; j++)
                AddTerm(ma + b.MonomialAt(j), ca * b.CoefficientAt(j));
        }
        return this;
    }

    public PolynomialBuilder AddConstant(Rational value)
    {
        AddTerm(default, value);
        return this;
    }

    /// <summary>The canonical polynomial of the terms added so far; the builder can be reused afterwards.</summary>
    public Polynomial ToPolynomial()
    {
        int nonzero = 0;
        foreach (var kv in _terms)
            if (!kv.Value.IsZero) nonzero++;
        var monomials = new Monomial[nonzero];
        var coefficients = new Rational[nonzero];
        int n = 0;
        foreach (var kv in _terms)
        {
            if (kv.Value.IsZero) continue;
            monomials[n] = kv.Key;
            coefficients[n] = kv.Value;
            n++;
        }
        Array.Sort(monomials, coefficients, DescendingComparer.Instance);
        return new Polynomial(Ring, monomials, coefficients);
    }

    public void Clear() => _terms.Clear();

    private sealed class DescendingComparer : IComparer<Monomial>
    {
        public static readonly DescendingComparer Instance = new();
        public int Compare(Monomial x, Monomial y) => y.CompareTo(x);
    }
}
