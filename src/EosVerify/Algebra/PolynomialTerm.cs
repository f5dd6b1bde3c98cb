namespace EosVerify.Algebra;

/// <summary>x_Variable^Exponent, one factor of a monomial; Variable indexes the ring's variables.</summary>
internal readonly record struct VariablePower(int Variable, int Exponent);

/// <summary>
/// One term of a polynomial as printers and writers see it: a nonzero coefficient and the monomial's factors in
/// increasing variable order (empty for the constant term). The polynomial decides term order; printers keep it.
/// </summary>
internal readonly record struct PolynomialTerm(Rational Coefficient, IReadOnlyList<VariablePower> Factors);
