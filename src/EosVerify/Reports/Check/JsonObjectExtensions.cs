using System.Text.Json.Nodes;

namespace EosVerify.Reports;

internal static class JsonObjectExtensions
{
    /// <summary>Sets a field and returns the object, for building evidence inline.</summary>
    public static JsonObject With(this JsonObject o, string name, JsonNode? value)
    {
        o[name] = value;
        return o;
    }
}
