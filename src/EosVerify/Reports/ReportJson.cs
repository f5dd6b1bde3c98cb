using System.Text.Encodings.Web;
using System.Text.Json;

namespace EosVerify.Reports;

/// <summary>The one JSON style of every file and stdout record: indented, with θ, η, ≤ … written as themselves.</summary>
internal static class ReportJson
{
    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
