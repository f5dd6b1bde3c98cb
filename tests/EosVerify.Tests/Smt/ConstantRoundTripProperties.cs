using EosVerify.Algebra;
using EosVerify.Smt;
using FsCheck;
using FsCheck.Fluent;

namespace EosVerify.Tests.Smt;

// The printer's constants, read back by the S-expression reader and evaluated as a model value would be, give the
// same rational: what we write is what a solver echoing it in a model would mean.
public class ConstantRoundTripProperties
{
    [FsCheck.NUnit.Property(MaxTest = 300)]
    public FsCheck.Property PrintedConstantsReadBackExactly(long numerator, long denominator, int scale)
    {
        var value = new Rational(numerator, denominator == 0 ? 1 : denominator) * Rational.Parse("1e" + Math.Clamp(scale % 40, -39, 39));
        var printed = SmtPrinter.Print(value);
        var readBack = ModelReader.TryEvaluate(SExprReader.ReadAll(printed).Single());
        return (readBack == value).Label($"{value} printed as {printed} read back as {readBack}");
    }
}
