using EosVerify.Algebra;
using EosVerify.Catalogue;
using EosVerify.Networks;
using EosVerify.Reports;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Tests.Catalogue;

public class CatalogueEntriesTests
{
    [Test]
    public void TheRequiredArchitecturesAreAllPresentUnderDistinctNames()
    {
        var entries = CatalogueEntries.All();
        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(e => e.Problem.Architecture.ToString()).Distinct(),
                Is.SupersetOf(new[] { "1-1", "2-2", "1-1-1", "2-2-1", "2-3-1", "1-1-1-1", "3-2-3" }));
            Assert.That(entries.Select(e => e.Name).Distinct().Count(), Is.EqualTo(entries.Count));
            Assert.That(entries.All(e => e.Problem.Name == e.Name && e.Problem.Eta is not null), "named after the entry, with a step size");
            Assert.That(entries.All(e => e.Name == CertificateStore.Slug(e.Name)), "names are already slugs (folder = certificate prefix)");
        });
    }

    [Test]
    public void SingularStepIsOneOverTheInputVarianceComputedFromTheRawData()
    {
        var entry = CatalogueEntries.All().Single(e => e.Name == "regression-1-1-singular-step");
        var (x, _) = DataGenerator.Generate(Architecture.Parse("1-1"), entry.Data.Samples, entry.Data.Seed!.Value, 0.1);
        var sumOfSquares = Rational.Zero;
        for (int s = 0; s < x.ColumnCount; s++) sumOfSquares += x[0, s] * x[0, s];
        Assert.That(entry.Problem.Eta, Is.EqualTo(new Rational(x.ColumnCount) / sumOfSquares), "η = 1/Sxx = n/Σx²");
    }

    [Test]
    public void ZeroTargetEntryHasWStarZero()
    {
        var m = CatalogueEntries.All().Single(e => e.Name == "chain-1-1-1-zero-target").Problem.Moments;
        Assert.That(m.Syx[0, 0], Is.EqualTo(Rational.Zero), "Syx = 0 ⇒ W* = Syx Sxx⁻¹ = 0");
        Assert.That(m.Sxx[0, 0].Sign, Is.Positive);
    }

    [Test]
    public void EntriesAreRebuiltIdentically()
    {
        var a = CatalogueEntries.All();
        var b = CatalogueEntries.All();
        for (int i = 0; i < a.Count; i++)
            Assert.That(a[i].Problem.Moments.Sxx.Equals(b[i].Problem.Moments.Sxx) && a[i].Problem.Moments.Syx.Equals(b[i].Problem.Moments.Syx), a[i].Name);
    }

    [Test]
    public void GenerateRefusesAFolderThatIsNotEmpty()
    {
        using var folder = new TempFolder("eosverify-catalogue-");
        File.WriteAllText(Path.Combine(folder.Path, "stale.smt2"), "");
        Assert.That(() => ProofCatalogue.Generate(folder.Path, new NoSmtSolver(), null),
            Throws.ArgumentException.With.Message.Contains("must be empty"));
    }
}

public class CertificateTallyTests
{
    private static SolverResult Result(SolverOutcome outcome) => new(outcome, "", null, "s", TimeSpan.Zero);

    [Test]
    public void CountsConfirmedNoAnswerAndContradictedAgainstEachExpectedAnswer()
    {
        var tally = SolverTally.Of("cvc5",
        [
            (ExpectedAnswer.Unsat, Result(SolverOutcome.Unsat)),
            (ExpectedAnswer.Sat, Result(SolverOutcome.Sat)),
            (ExpectedAnswer.Unsat, Result(SolverOutcome.Unknown)),
            (ExpectedAnswer.Unsat, Result(SolverOutcome.Timeout)),
            (ExpectedAnswer.Sat, null),
            (ExpectedAnswer.Unsat, Result(SolverOutcome.Sat)),
        ]);
        Assert.That(tally, Is.EqualTo(new SolverTally("cvc5", Confirmed: 2, NoAnswer: 3, Contradicted: 1)));
        Assert.That(tally.Total, Is.EqualTo(6));
    }

    [Test]
    public void AllConfirmedNeedsEveryZ3AnswerAndNoContradiction()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new CertificateTally(2, new("z3", 2, 0, 0), new("cvc5", 0, 2, 0)).AllConfirmed, Is.True);
            Assert.That(new CertificateTally(2, new("z3", 1, 1, 0), new("cvc5", 0, 2, 0)).AllConfirmed, Is.False);
            Assert.That(new CertificateTally(2, new("z3", 2, 0, 0), new("cvc5", 1, 0, 1)).AllConfirmed, Is.False);
        });
    }
}
