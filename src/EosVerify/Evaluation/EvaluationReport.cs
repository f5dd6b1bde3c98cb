using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Reports;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Evaluation;

/// <summary>
/// Every quantity at the problem's θ (and η) for `eosverify evaluate`, as one JSON object with the field names of
/// DESIGN.md ("evaluate output field names"); docs/evaluate.md describes each field. Exact values are "p/q" strings
/// under "…Exact" names beside the doubles. Fields beyond a size limit are null. Deterministic: no timings, no
/// thread-count or hash-order dependence, insertion-ordered keys.
/// </summary>
internal static class EvaluationReport
{
    public static JsonObject Build(Problem problem, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new EvaluationOptions();
        options.Validate();
        int p = problem.ParameterCount;
        bool generated = problem.Theta is null;
        var theta = problem.Theta ?? EvaluationPoint.Generate(p, options.Seed, options.ThetaScale);
        var thetaDouble = theta.Select(v => v.ToDouble()).ToArray();
        var numeric = new NumericProblem(problem);

        var report = new JsonObject
        {
            ["architecture"] = problem.Architecture.ToString(),
            ["parameters"] = p,
            ["samples"] = problem.Moments.SampleCount,
            ["lossScale"] = problem.LossScale.Name(),
            ["theta"] = ExactJson.Vector(theta),
            ["thetaSource"] = generated ? EvaluationPoint.Describe(options.Seed, options.ThetaScale) : "given",
            ["eta"] = problem.Eta is { } e ? ExactJson.Number(e.ToDouble()) : null,
            ["etaExact"] = problem.Eta is { } ee ? ExactJson.Value(ee) : null,
        };

        var loss = ExactDerivatives.Loss(problem, theta);
        var gradient = ExactDerivatives.Gradient(problem, theta);
        report["loss"] = ExactJson.Number(loss.ToDouble());
        report["lossExact"] = ExactJson.Value(loss);
        report["gradient"] = ExactJson.Vector(gradient.Select(g => g.ToDouble()));
        report["gradientExact"] = ExactJson.Vector(gradient);

        int exactHessianLimit = Math.Max(Math.Max(options.MaxHessianParameters, options.MaxExactHessianParameters),
            problem.Eta is null ? 0 : options.MaxExactDeterminantParameters);
        RationalMatrix? exactHessian = p <= exactHessianLimit ? ExactDerivatives.Hessian(problem, theta) : null;
        Matrix<double>? hessian = p <= options.MaxHessianParameters ? exactHessian!.ToDouble() : null;
        report["hessian"] = hessian is null ? null : MinimizerSection.DoubleMatrix(hessian);
        report["hessianExact"] = p <= options.MaxExactHessianParameters ? ExactJson.Matrix(exactHessian!) : null;

        var spectrum = HessianSpectrum.At(numeric, thetaDouble, hessian, options.MaxDenseSpectrumParameters, options.LanczosCount);
        report["hessianEigenvalues"] = ExactJson.Vector(spectrum.Ascending);
        report["hessianEigenvaluesComplete"] = spectrum.Complete;
        report["hessianEigenvaluesMethod"] = spectrum.Method;
        report["sharpness"] = ExactJson.Number(spectrum.Largest);

        AddDeterminant(report, problem.Eta, exactHessian, spectrum, options);

        var target = MinimizerManifold.Target(numeric);
        var (wStar, manifold) = MinimizerSection.Build(problem, numeric, target, options);
        foreach (var (key, value) in wStar.ToList())
        {
            wStar.Remove(key);
            report[key] = value;
        }
        report["minimizerManifold"] = manifold;

        var minSharpness = MinSharpness.Find(numeric, options.MinSharpness ?? MinSharpnessOptions.Within(options.Budget, options.Seed));
        report["minSharpness"] = ExactJson.Number(minSharpness.Value);
        report["minSharpnessDetail"] = new JsonObject
        {
            ["numericMinimum"] = ExactJson.Number(minSharpness.NumericMinimum),
            ["restartValues"] = ExactJson.Vector(minSharpness.RestartValues),
            ["closedForm"] = minSharpness.ClosedForm is { } cf ? ExactJson.Number(cf) : null,
            ["closedFormName"] = minSharpness.ClosedFormName,
            ["lowerBound"] = minSharpness.LowerBound is { } lb ? ExactJson.Number(lb) : null,
            ["balancedSharpness"] = ExactJson.Number(minSharpness.BalancedSharpness),
            ["method"] = minSharpness.Method,
        };
        report["minSharpnessDetail"]!["searchBudget"] = minSharpness.Budget;
        var bracket = CertifiedBracket.Of(problem, minSharpness, options.Budget);
        report["minSharpnessBracket"] = bracket is null ? null : EvidenceJson.ToJson(bracket.ToEvidence());
        report["criticalEtaBracket"] = bracket is null ? null : EvidenceJson.ToJson(bracket.CriticalEtaEvidence());
        if (bracket is { IsZero: true })
        {
            report["minSharpness"] = ExactJson.Number(0.0);
            report["minSharpnessExact"] = "0";
            report["criticalEta"] = null;
            report["criticalEtaBasis"] = "none: S_min = 0 exactly (W* = 0 and L ≥ 2: θ = 0 is a global minimum with H = 0), so every η > 0 has a stable minimum";
            return report;
        }
        bool known = double.IsFinite(minSharpness.Value) && minSharpness.Value > 0;
        report["criticalEta"] = known ? ExactJson.Number(minSharpness.CriticalEta) : null;
        report["criticalEtaBasis"] = !known ? "unknown: S_min is 0 or not finite"
            : minSharpness.ClosedForm is { } c && minSharpness.Value == c ? "2/S_min with S_min from a closed form"
            : "2/S_min with S_min from a numerical search over M (an upper bound on S_min, so a lower bound on η*)";
        return report;
    }

    public static string ToJsonText(JsonObject report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.ToJsonString(ReportJson.Indented) + "\n";
    }

    /// <summary>det(I − ηH): exact for P ≤ the limit; else Π(1 − ηλ_i) over the dense spectrum; else null.</summary>
    private static void AddDeterminant(JsonObject report, Rational? eta, RationalMatrix? exactHessian, HessianSpectrum spectrum,
        EvaluationOptions options)
    {
        JsonNode? value = null, exact = null;
        string method;
        if (eta is not { } step)
            method = "not computed: no η given";
        else if (exactHessian is not null && exactHessian.RowCount <= options.MaxExactDeterminantParameters)
        {
            int n = exactHessian.RowCount;
            var determinant = ExactLinearAlgebra.Determinant(RationalMatrix.Identity(n) - step * exactHessian);
            value = ExactJson.Number(determinant.ToDouble());
            exact = ExactJson.Value(determinant);
            method = n > ExactLinearAlgebra.MultimodularThreshold ? "exact (multimodular, CRT to the Hadamard bound)" : "exact (fraction-free Bareiss)";
        }
        else if (spectrum.Complete)
        {
            double h = step.ToDouble(), product = 1;
            foreach (double lambda in spectrum.Ascending) product *= 1 - h * lambda;
            value = ExactJson.Number(product);
            method = "doubles: product of (1 − η·λ_i) over the Hessian eigenvalues (P above the exact limit)";
        }
        else
            method = "not computed: P is above the dense-spectrum limit";
        report["gdJacobianDeterminant"] = value;
        report["gdJacobianDeterminantExact"] = exact;
        report["gdJacobianDeterminantMethod"] = method;
    }
}
