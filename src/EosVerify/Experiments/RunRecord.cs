using System.Text.Json.Serialization;

namespace EosVerify.Experiments;

/// <summary>
/// How one run of a sweep ended: its global index g = (step-size index)·K + (run index) (the start is drawn from stream
/// run index, so the same start serves every η), the class, the steps taken, and at the last iterate the loss, ‖∇L‖,
/// sharpness λ_max(H) (NaN when the run diverged or the sharpness was not asked for) and ‖θ‖. Non-finite numbers are
/// written as the JSON strings "NaN", "Infinity", "-Infinity".
/// </summary>
[JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)]
internal sealed record RunRecord(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("class")] RunOutcome Outcome,
    [property: JsonPropertyName("steps")] int Steps,
    [property: JsonPropertyName("finalLoss")] double FinalLoss,
    [property: JsonPropertyName("gradientNorm")] double GradientNorm,
    [property: JsonPropertyName("sharpness")] double Sharpness,
    [property: JsonPropertyName("thetaNorm")] double ThetaNorm);
