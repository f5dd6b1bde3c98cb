using System.Text.Json.Nodes;
using EosVerify.Networks;
using EosVerify.Theorems;

namespace EosVerify.Reports;

/// <summary>What `check` produces for one problem: the problem as read, the checks, and the solvers consulted.</summary>
internal sealed record CheckReport(Problem Problem, IReadOnlyList<CheckResult> Checks, IReadOnlyList<string> Solvers)
{
    public int ExitCode => VerdictExtensions.ExitCode(Checks.Select(c => c.Verdict));

    public static JsonObject DescribeProblem(Problem problem)
    {
        var o = new JsonObject();
        if (problem.Name is not null) o["name"] = problem.Name;
        o["architecture"] = problem.Architecture.ToString();
        o["parameters"] = problem.ParameterCount;
        o["loss"] = problem.LossScale.Name();
        o["samples"] = problem.Moments.SampleCount;
        o["moments"] = new JsonObject
        {
            ["Sxx"] = ExactJson.Matrix(problem.Moments.Sxx),
            ["Syx"] = ExactJson.Matrix(problem.Moments.Syx),
            ["Syy"] = ExactJson.Matrix(problem.Moments.Syy),
        };
        if (problem.Eta is { } eta)
        {
            o["eta"] = ExactJson.Value(eta);
            o["etaDouble"] = ExactJson.Number(eta.ToDouble());
        }
        if (problem.Theta is { } theta) o["theta"] = ExactJson.Vector(theta);
        return o;
    }
}
