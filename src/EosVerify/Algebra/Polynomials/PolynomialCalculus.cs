namespace EosVerify.Algebra;

/// <summary>Partial derivatives, substitution (composition) and evaluation.</summary>
internal sealed partial class Polynomial
{
    /// <summary>∂/∂x_variable, in one pass: dividing by x_i preserves the term order, so no sort is needed.</summary>
    public Polynomial Derivative(int variable)
    {
        Ring.RequireVariable(variable);
        var layout = Ring.Layout;
        var unit = layout.UnitVariable(variable);
        var monomials = new List<Monomial>();
        var coefficients = new List<Rational>();
        for (int t = 0; t < Count; t++)
        {
            int e = layout.Exponent(_monomials[t], variable);
            if (e == 0) continue;
            monomials.Add(_monomials[t] - unit);
            coefficients.Add(_coefficients[t] * e);
        }
        return new Polynomial(Ring, monomials.ToArray(), coefficients.ToArray());
    }

    /// <summary>Replaces x_variable by <paramref name="value"/> (a polynomial of the same ring).</summary>
    public Polynomial Substitute(int variable, Polynomial value) =>
        Substitute(new Dictionary<int, Polynomial> { [variable] = value });

    /// <summary>Replaces x_variable by a number.</summary>
    public Polynomial Substitute(int variable, Rational value) => Substitute(variable, Ring.Constant(value));

    /// <summary>Replaces the given variables simultaneously by polynomials of the same ring; others stay.</summary>
    public Polynomial Substitute(IReadOnlyDictionary<int, Polynomial> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var images = new Polynomial[Ring.VariableCount];
        for (int v = 0; v < images.Length; v++) images[v] = Ring.Variable(v);
        foreach (var (v, p) in values)
        {
            Ring.RequireVariable(v);
            ArgumentNullException.ThrowIfNull(p);
            Ring.RequireSame(p.Ring);
            images[v] = p;
        }
        return Compose(images, Ring);
    }

    /// <summary>
    /// The ring homomorphism x_i ↦ images[i] applied to this polynomial; the images live in
    /// <paramref name="target"/>, which may be a different ring.
    /// </summary>
    public Polynomial Compose(IReadOnlyList<Polynomial> images, PolynomialRing target)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(target);
        if (images.Count != Ring.VariableCount)
            throw new ArgumentException($"Expected {Ring.VariableCount} images (one per variable), got {images.Count}.", nameof(images));
        foreach (var p in images)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(images));
            target.RequireSame(p.Ring);
        }
        var powers = new List<Polynomial>[Ring.VariableCount];
        var layout = Ring.Layout;
        var builder = target.CreateBuilder();
        for (int t = 0; t < Count; t++)
        {
            var term = target.One;
            for (int v = 0; v < Ring.VariableCount && !term.IsZero; v++)
            {
                int e = layout.Exponent(_monomials[t], v);
                if (e > 0) term *= Power(powers, images, v, e);
            }
            builder.AddScaled(_coefficients[t], term);
        }
        return builder.ToPolynomial();
    }

    private static Polynomial Power(List<Polynomial>[] cache, IReadOnlyList<Polynomial> images, int variable, int exponent)
    {
        var list = cache[variable] ??= [images[variable].Ring.One];
        while (list.Count <= exponent) list.Add(list[^1] * images[variable]);
        return list[exponent];
    }

    /// <summary>The exact value at a point (one rational per variable).</summary>
    public Rational Evaluate(IReadOnlyList<Rational> point)
    {
        RequirePoint(point?.Count);
        var layout = Ring.Layout;
        var powers = new List<Rational>[Ring.VariableCount];
        var sum = Rational.Zero;
        for (int t = 0; t < Count; t++)
        {
            var term = _coefficients[t];
            for (int v = 0; v < Ring.VariableCount && !term.IsZero; v++)
            {
                int e = layout.Exponent(_monomials[t], v);
                if (e == 0) continue;
                var list = powers[v] ??= [Rational.One];
                while (list.Count <= e) list.Add(list[^1] * point![v]);
                term *= list[e];
            }
            sum += term;
        }
        return sum;
    }

    /// <summary>The value at a point in double precision (terms summed in canonical order).</summary>
    public double Evaluate(IReadOnlyList<double> point)
    {
        RequirePoint(point?.Count);
        var layout = Ring.Layout;
        double sum = 0;
        for (int t = 0; t < Count; t++)
        {
            double term = _coefficients[t].ToDouble();
            for (int v = 0; v < Ring.VariableCount; v++)
            {
                int e = layout.Exponent(_monomials[t], v);
                for (int k = 0; k < e; k++) term *= point![v];
            }
            sum += term;
        }
        return sum;
    }

    private void RequirePoint(int? length)
    {
        if (length is null) throw new ArgumentNullException("point");
        if (length != Ring.VariableCount)
            throw new ArgumentException($"A point of this ring has {Ring.VariableCount} coordinates, got {length}.", "point");
    }
}
