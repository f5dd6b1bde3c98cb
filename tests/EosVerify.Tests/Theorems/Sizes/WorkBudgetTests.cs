using EosVerify.Numerics;

namespace EosVerify.Tests.Theorems.Sizes;

public class WorkBudgetTests
{
    [Test]
    public void SecondsBecomeOperationsAtTheNominalRate()
    {
        var budget = new WorkBudget(TimeSpan.FromSeconds(60));
        Assert.Multiple(() =>
        {
            Assert.That(budget.Operations, Is.EqualTo(60 * WorkBudget.OperationsPerSecond));
            Assert.That(budget.Share(0.25), Is.EqualTo(15 * WorkBudget.OperationsPerSecond));
            Assert.That(budget.Allows(budget.Operations), Is.True);
            Assert.That(budget.Allows(budget.Operations * 1.0001), Is.False);
            Assert.That(budget.Allows(1, WorkBudget.MaxStepBytes * 2, 1), Is.False, "memory is limited whatever the budget");
        });
    }

    [Test]
    public void TheDefaultSearchBudgetIsTheOldFixedOne() =>
        Assert.That(MinSharpnessOptions.Within(WorkBudget.Default, 1).FlopBudget, Is.EqualTo(new MinSharpnessOptions().FlopBudget));

    [Test]
    public void ASizeLimitNamesTheStepItsCostAndBudget()
    {
        string reason = new WorkBudget(TimeSpan.FromSeconds(2)).SizeLimit("the thing", 3e9, 0.5);
        Assert.That(reason, Does.StartWith("size limit: the thing needs about 3E+09 operations").And.Contain("0.5 of 2 s").And.EndWith("raise with --budget"));
    }

    [Test]
    public void ANonPositiveBudgetIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new WorkBudget(TimeSpan.Zero));
}
