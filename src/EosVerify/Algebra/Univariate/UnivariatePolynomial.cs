using System.Globalization;
using System.Text;

namespace EosVerify.Algebra;

/// <summary>
/// An immutable polynomial in one variable with exact rational coefficients, stored densely in ascending degree
/// with no trailing zeros (the zero polynomial has no coefficients and degree −1), so equality is structural.
/// The variable name is used for printing; combining polynomials in different variables is an error.
/// </summary>
internal sealed class UnivariatePolynomial : IEquatable<UnivariatePolynomial>
{
    private readonly Rational[] _coefficients; // ascending degree, last one nonzero

    public string Variable { get; }

    private UnivariatePolynomial(Rational[] coefficientsTrimmed, string variable)
    {
        _coefficients = coefficientsTrimmed;
        Variable = variable;
    }

    /// <summary>Coefficients in ascending degree: index i holds the coefficient of x^i.</summary>
    public static UnivariatePolynomial FromCoefficients(IEnumerable<Rational> ascending, string variable = "x")
    {
        ArgumentNullException.ThrowIfNull(ascending);
        RequireVariableName(variable);
        return Owning(ascending.ToArray(), variable);
    }

    /// <summary>The monic polynomial ∏(x − r) over the given roots (repeated roots give multiplicities).</summary>
    public static UnivariatePolynomial FromRoots(IEnumerable<Rational> roots, string variable = "x")
    {
        ArgumentNullException.ThrowIfNull(roots);
        var p = One(variable);
        foreach (var r in roots) p *= Owning([-r, Rational.One], variable);
        return p;
    }

    public static UnivariatePolynomial Zero(string variable = "x") { RequireVariableName(variable); return new([], variable); }
    public static UnivariatePolynomial One(string variable = "x") => Constant(Rational.One, variable);
    public static UnivariatePolynomial X(string variable = "x") => Monomial(Rational.One, 1, variable);

    public static UnivariatePolynomial Constant(Rational c, string variable = "x") => Monomial(c, 0, variable);

    /// <summary>c·x^degree.</summary>
    public static UnivariatePolynomial Monomial(Rational coefficient, int degree, string variable = "x")
    {
        if (degree < 0) throw new ArgumentOutOfRangeException(nameof(degree), "A monomial's degree must be non-negative.");
        RequireVariableName(variable);
        if (coefficient.IsZero) return new([], variable);
        var c = new Rational[degree + 1];
        c[degree] = coefficient;
        return new(c, variable);
    }

    /// <summary>Takes ownership of the array, trimming trailing zeros.</summary>
    internal static UnivariatePolynomial Owning(Rational[] ascending, string variable)
    {
        int n = ascending.Length;
        while (n > 0 && ascending[n - 1].IsZero) n--;
        if (n != ascending.Length) Array.Resize(ref ascending, n);
        return new(ascending, variable);
    }

    /// <summary>Degree; −1 for the zero polynomial.</summary>
    public int Degree => _coefficients.Length - 1;
    public bool IsZero => _coefficients.Length == 0;
    public bool IsConstant => _coefficients.Length <= 1;

    /// <summary>Coefficients in ascending degree (empty for zero).</summary>
    public IReadOnlyList<Rational> Coefficients => Array.AsReadOnly(_coefficients);

    /// <summary>Coefficient of x^degree (zero beyond the degree).</summary>
    public Rational this[int degree] =>
        degree < 0 ? throw new ArgumentOutOfRangeException(nameof(degree), "Degrees are non-negative.")
        : degree < _coefficients.Length ? _coefficients[degree] : Rational.Zero;

    public Rational LeadingCoefficient => IsZero ? Rational.Zero : _coefficients[^1];

    public static UnivariatePolynomial operator +(UnivariatePolynomial a, UnivariatePolynomial b)
    {
        string v = SameVariable(a, b, "add");
        var c = new Rational[Math.Max(a._coefficients.Length, b._coefficients.Length)];
        for (int i = 0; i < c.Length; i++) c[i] = a[i] + b[i];
        return Owning(c, v);
    }

    public static UnivariatePolynomial operator -(UnivariatePolynomial a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(Array.ConvertAll(a._coefficients, x => -x), a.Variable);
    }

    public static UnivariatePolynomial operator -(UnivariatePolynomial a, UnivariatePolynomial b)
    {
        string v = SameVariable(a, b, "subtract");
        var c = new Rational[Math.Max(a._coefficients.Length, b._coefficients.Length)];
        for (int i = 0; i < c.Length; i++) c[i] = a[i] - b[i];
        return Owning(c, v);
    }

    public static UnivariatePolynomial operator *(UnivariatePolynomial a, UnivariatePolynomial b)
    {
        string v = SameVariable(a, b, "multiply");
        if (a.IsZero || b.IsZero) return new([], v);
        var c = new Rational[a._coefficients.Length + b._coefficients.Length - 1];
        for (int i = 0; i < a._coefficients.Length; i++)
        {
            var ai = a._coefficients[i];
            if (ai.IsZero) continue;
            for (int j = 0; j < b._coefficients.Length; j++) c[i + j] += ai * b._coefficients[j];
        }
        return Owning(c, v);
    }

    public static UnivariatePolynomial operator *(Rational s, UnivariatePolynomial a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (s.IsZero) return new([], a.Variable);
        return new(Array.ConvertAll(a._coefficients, x => s * x), a.Variable);
    }

    public static UnivariatePolynomial operator *(UnivariatePolynomial a, Rational s) => s * a;

    /// <summary>Euclidean division: this = q·divisor + r with deg r &lt; deg divisor.</summary>
    public (UnivariatePolynomial Quotient, UnivariatePolynomial Remainder) DivRem(UnivariatePolynomial divisor)
    {
        string v = SameVariable(this, divisor, "divide");
        if (divisor.IsZero) throw new DivideByZeroException("Polynomial division by the zero polynomial.");
        int dd = divisor.Degree;
        if (Degree < dd) return (new([], v), this);
        var r = (Rational[])_coefficients.Clone();
        var q = new Rational[Degree - dd + 1];
        var inverseLead = divisor.LeadingCoefficient.Reciprocal();
        for (int k = Degree - dd; k >= 0; k--)
        {
            var f = r[k + dd] * inverseLead;
            q[k] = f;
            if (f.IsZero) continue;
            for (int j = 0; j <= dd; j++) r[k + j] -= f * divisor._coefficients[j];
        }
        Array.Resize(ref r, dd);
        return (Owning(q, v), Owning(r, v));
    }

    public static UnivariatePolynomial operator /(UnivariatePolynomial a, UnivariatePolynomial b) => a.DivRem(b).Quotient;
    public static UnivariatePolynomial operator %(UnivariatePolynomial a, UnivariatePolynomial b) => a.DivRem(b).Remainder;

    public UnivariatePolynomial Derivative()
    {
        if (_coefficients.Length <= 1) return new([], Variable);
        var c = new Rational[_coefficients.Length - 1];
        for (int i = 1; i < _coefficients.Length; i++) c[i - 1] = _coefficients[i] * i;
        return Owning(c, Variable);
    }

    /// <summary>This divided by its leading coefficient; zero stays zero.</summary>
    public UnivariatePolynomial Monic() => IsZero || LeadingCoefficient == Rational.One ? this : LeadingCoefficient.Reciprocal() * this;

    /// <summary>The monic greatest common divisor (zero only when both are zero), by Euclid's algorithm over Q.</summary>
    public static UnivariatePolynomial Gcd(UnivariatePolynomial a, UnivariatePolynomial b)
    {
        SameVariable(a, b, "take the gcd of");
        a = a.Monic();
        b = b.Monic();
        while (!b.IsZero)
        {
            var r = a.DivRem(b).Remainder.Monic(); // monic remainders keep the rational coefficients small
            a = b;
            b = r;
        }
        return a;
    }

    /// <summary>The monic gcd of several polynomials (all in the same variable; at least one).</summary>
    public static UnivariatePolynomial Gcd(IEnumerable<UnivariatePolynomial> polynomials)
    {
        ArgumentNullException.ThrowIfNull(polynomials);
        UnivariatePolynomial? g = null;
        foreach (var p in polynomials) g = g is null ? p.Monic() : Gcd(g, p);
        return g ?? throw new ArgumentException("The gcd of no polynomials is undefined.", nameof(polynomials));
    }

    /// <summary>
    /// The monic squarefree part p / gcd(p, p′): the same roots, each simple (over Q, characteristic 0).
    /// The zero polynomial has no squarefree part.
    /// </summary>
    public UnivariatePolynomial SquarefreePart()
    {
        if (IsZero) throw new InvalidOperationException("The zero polynomial has no squarefree part.");
        if (Degree == 0) return One(Variable);
        return (this / Gcd(this, Derivative())).Monic();
    }

    /// <summary>Exact value at x (Horner's rule).</summary>
    public Rational Evaluate(Rational x)
    {
        var acc = Rational.Zero;
        for (int i = _coefficients.Length - 1; i >= 0; i--) acc = acc * x + _coefficients[i];
        return acc;
    }

    /// <summary>Sign (−1, 0, +1) of the exact value at x.</summary>
    public int SignAt(Rational x) => Evaluate(x).Sign;

    /// <summary>Value at a double (for plotting and numeric cross-checks only).</summary>
    public double EvaluateDouble(double x)
    {
        double acc = 0;
        for (int i = _coefficients.Length - 1; i >= 0; i--) acc = acc * x + _coefficients[i].ToDouble();
        return acc;
    }

    /// <summary>x^d·p(1/x) with d = deg p: the coefficients reversed (the polynomial in 1/η from one in η).</summary>
    public UnivariatePolynomial Reverse()
    {
        var c = (Rational[])_coefficients.Clone();
        Array.Reverse(c);
        return Owning(c, Variable);
    }

    /// <summary>The same coefficients in another variable.</summary>
    public UnivariatePolynomial WithVariable(string variable)
    {
        RequireVariableName(variable);
        return new(_coefficients, variable);
    }

    /// <summary>
    /// The Sturm sequence p₀ = p, p₁ = p′, p_{k+1} = −(p_{k−1} mod p_k), ending at the last nonzero remainder.
    /// Positive rational multiples are taken (monic up to sign) to keep coefficients small; that leaves sign
    /// variations, and hence root counts, unchanged.
    /// </summary>
    public IReadOnlyList<UnivariatePolynomial> SturmSequence()
    {
        if (IsZero) throw new InvalidOperationException("The zero polynomial has no Sturm sequence.");
        var seq = new List<UnivariatePolynomial> { PositiveNormalized(this) };
        var next = Derivative();
        while (!next.IsZero)
        {
            next = PositiveNormalized(next);
            seq.Add(next);
            next = -(seq[^2] % seq[^1]);
        }
        return seq;
    }

    /// <summary>Number of distinct real roots of p in the half-open interval (a, b], for a &lt; b.</summary>
    public int CountRealRoots(Rational a, Rational b)
    {
        if (a >= b) throw new ArgumentException($"Expected a < b, got a = {a}, b = {b}.");
        var sturm = SquarefreeNonzero("count the roots of").SturmSequence();
        return SignVariations(sturm, a) - SignVariations(sturm, b);
    }

    /// <summary>Number of distinct real roots.</summary>
    public int CountRealRoots()
    {
        var p = SquarefreeNonzero("count the roots of");
        if (p.Degree <= 0) return 0;
        var bound = p.RootBound();
        return CountRealRoots(-bound, bound);
    }

    /// <summary>
    /// Disjoint isolating intervals of the distinct real roots, in increasing order: each either a point that is
    /// an exact rational root, or an interval with non-root ends whose interior contains exactly one root; the closed
    /// intervals are pairwise disjoint. Found by Sturm sequences and bisection of a Cauchy bound.
    /// </summary>
    public IReadOnlyList<RationalInterval> IsolateRealRoots()
    {
        var p = SquarefreeNonzero("isolate the roots of");
        var result = new List<RationalInterval>();
        if (p.Degree <= 0) return result;
        var sturm = p.SturmSequence();
        var bound = p.RootBound();
        Isolate(p, sturm, -bound, SignVariations(sturm, -bound), bound, SignVariations(sturm, bound), result);
        // Neighbours from the bisection may share a (non-root) end point: shrink the left one until they separate.
        for (int i = 1; i < result.Count; i++)
            while (result[i - 1].Upper >= result[i].Lower) result[i - 1] = Halve(p, result[i - 1]);
        return result;
    }

    /// <summary>
    /// Shrinks an isolating interval from <see cref="IsolateRealRoots()"/> by bisection until its width is at most
    /// <paramref name="maxWidth"/> (or it becomes an exact rational root).
    /// </summary>
    public RationalInterval RefineRoot(RationalInterval interval, Rational maxWidth)
    {
        if (maxWidth.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(maxWidth), "The target width must be positive.");
        var p = SquarefreeNonzero("refine a root of");
        if (interval.IsPoint)
        {
            if (p.Evaluate(interval.Lower).IsZero) return interval;
            throw new ArgumentException($"The point {interval.Lower} is not a root.", nameof(interval));
        }
        if (p.SignAt(interval.Upper) == 0 || p.SignAt(interval.Lower) == 0 || p.CountRealRoots(interval.Lower, interval.Upper) != 1)
            throw new ArgumentException($"{interval} is not an isolating interval of this polynomial (see IsolateRealRoots).", nameof(interval));
        while (!interval.IsPoint && interval.Width > maxWidth) interval = Halve(p, interval);
        return interval;
    }

    /// <summary>
    /// One bisection step on an isolating interval of the squarefree p with non-root ends: the half holding the
    /// root, or the midpoint if it is the root. The root is simple, so p changes sign across it.
    /// </summary>
    private static RationalInterval Halve(UnivariatePolynomial p, RationalInterval interval)
    {
        if (interval.IsPoint) return interval;
        var mid = interval.Midpoint;
        int s = p.SignAt(mid);
        if (s == 0) return RationalInterval.Point(mid);
        return s == p.SignAt(interval.Upper) ? new RationalInterval(interval.Lower, mid) : new RationalInterval(mid, interval.Upper);
    }

    /// <summary>Isolating intervals refined to width at most maxWidth.</summary>
    public IReadOnlyList<RationalInterval> IsolateRealRoots(Rational maxWidth) =>
        IsolateRealRoots().Select(i => RefineRoot(i, maxWidth)).ToList();

    /// <summary>A power of two strictly greater than the absolute value of every complex root (Cauchy's bound).</summary>
    public Rational RootBound()
    {
        if (Degree <= 0) return Rational.One;
        var lead = LeadingCoefficient.Abs();
        var max = Rational.Zero;
        for (int i = 0; i < Degree; i++) max = Rational.Max(max, _coefficients[i].Abs() / lead);
        var cauchy = Rational.One + max; // every root has |z| < 1 + max|a_i/a_n|
        var bound = Rational.One;
        while (bound <= cauchy) bound *= 2;
        return bound;
    }

    private static void Isolate(UnivariatePolynomial p, IReadOnlyList<UnivariatePolynomial> sturm,
        Rational a, int va, Rational b, int vb, List<RationalInterval> result)
    {
        // Invariant: va − vb is the number of roots in (a, b]. Sign variations skip zeros, so a may itself be a
        // root: V(a) then equals the count just to the right of a.
        int count = va - vb;
        if (count == 0) return;
        if (count == 1)
        {
            // Shrink until neither end is a root, so that the closed interval holds exactly one root.
            while (true)
            {
                if (p.Evaluate(b).IsZero) { result.Add(RationalInterval.Point(b)); return; }
                if (!p.Evaluate(a).IsZero) { result.Add(new RationalInterval(a, b)); return; }
                var m = (a + b) / 2;
                int vmid = SignVariations(sturm, m);
                if (vmid - vb == 1) a = m; else { b = m; vb = vmid; }
            }
        }
        var mid = (a + b) / 2;
        int vm = SignVariations(sturm, mid);
        Isolate(p, sturm, a, va, mid, vm, result);
        Isolate(p, sturm, mid, vm, b, vb, result);
    }

    private static int SignVariations(IReadOnlyList<UnivariatePolynomial> sequence, Rational x)
    {
        int variations = 0, last = 0;
        foreach (var q in sequence)
        {
            int s = q.SignAt(x);
            if (s == 0) continue;
            if (last != 0 && s != last) variations++;
            last = s;
        }
        return variations;
    }

    private UnivariatePolynomial SquarefreeNonzero(string operation)
    {
        if (IsZero) throw new InvalidOperationException($"Cannot {operation} the zero polynomial: every number is a root.");
        return SquarefreePart();
    }

    private static UnivariatePolynomial PositiveNormalized(UnivariatePolynomial p) =>
        p.IsZero ? p : p.LeadingCoefficient.Abs().Reciprocal() * p;

    private static string SameVariable(UnivariatePolynomial a, UnivariatePolynomial b, string operation)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Variable != b.Variable)
            throw new ArgumentException($"Cannot {operation} polynomials in different variables '{a.Variable}' and '{b.Variable}'.");
        return a.Variable;
    }

    private static void RequireVariableName(string variable)
    {
        if (string.IsNullOrWhiteSpace(variable)) throw new ArgumentException("A polynomial's variable name must be non-empty.", nameof(variable));
    }

    public bool Equals(UnivariatePolynomial? other) =>
        other is not null && Variable == other.Variable && _coefficients.AsSpan().SequenceEqual(other._coefficients);

    public override bool Equals(object? obj) => Equals(obj as UnivariatePolynomial);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Variable);
        foreach (var c in _coefficients) h.Add(c);
        return h.ToHashCode();
    }

    /// <summary>Descending degree, e.g. "x^3 - 1/2*x + 2"; "0" for the zero polynomial.</summary>
    public override string ToString()
    {
        if (IsZero) return "0";
        var sb = new StringBuilder();
        for (int i = Degree; i >= 0; i--)
        {
            var c = _coefficients[i];
            if (c.IsZero) continue;
            bool first = sb.Length == 0;
            if (first) { if (c.Sign < 0) sb.Append('-'); }
            else sb.Append(c.Sign < 0 ? " - " : " + ");
            var abs = c.Abs();
            if (i == 0) { sb.Append(abs.ToString()); continue; }
            if (abs != Rational.One) sb.Append(abs.ToString()).Append('*');
            sb.Append(Variable);
            if (i > 1) sb.Append('^').Append(i.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
