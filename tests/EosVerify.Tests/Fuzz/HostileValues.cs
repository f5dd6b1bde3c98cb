namespace EosVerify.Tests.Fuzz;

/// <summary>Values that break naive readers: non-finite numbers, huge and tiny magnitudes, long digit strings, wrong types, deep nesting.</summary>
internal static class HostileValues
{
    public static readonly string[] JsonValues =
    [
        "0", "-1", "0.5", "-0", "1e400", "1e-400", "1e99999", "-1e4096", "1e-4096", "2147483648", "18446744073709551616",
        "1000001", "NaN", "Infinity", "-Infinity", "\"NaN\"", "\"Infinity\"", "\"-inf\"", "\"1/0\"", "\"1/3\"", "\"0x10\"",
        "\"\"", "\"2-3-1\"", "[2, 3, 1]", "[]", "{}", "[[]]", "[[1], [2, 3]]", "null", "true", "false",
        new string('9', 900), new string('9', 1200), "0." + new string('0', 990) + "1", "\"" + new string('7', 5000) + "\"",
        new string('[', 20) + "1" + new string(']', 20), new string('[', 400) + new string(']', 400),
        new string('{', 100), "{\"a\":" + new string('[', 70) + new string(']', 70) + "}",
    ];

    public static readonly string[] JsonSnippets =
    [
        "NaN", "Infinity", ",", ":", "[", "]", "{", "}", "\"", "\\", "null", "1e99999", "-", ".", "e", "/", "//", "/*",
        "\u0000", "\uFEFF", "é", "\"extra\": 1,", new string('[', 300), "9999999999", "\n", "'",
    ];

    public static readonly string[] CsvCells =
    [
        "", " ", "abc", "NaN", "-inf", "Infinity", "1e99999", "1e-4096", "1/0", "1/3", "\"unclosed", "\"1\"x", "\"\"",
        "0x1F", "1,5", "--1", "1e", ".", "-", new string('9', 950), new string('9', 1500), "١", "1_000", "∞",
    ];

    public static readonly string[] CsvSnippets = [",", "\n", "\r", "\r\n", "\"", "#", "NaN", "\u0000", "\uFEFF", ",,,,", "x", "1e99999"];

    public static readonly string[] NpyDescrs = ["<f8", ">f8", "<f4", "<f2", "|u1", "|i1", "<i8", "<i4", "<u8", "<c8", "|O", "<U5", "<f16", "=f8", "|f8", "<i16", "f8", "<", ""];

    public static readonly string[] NpyShapes =
    [
        "(3,)", "(3, 2)", "(2, 3)", "(6,)", "(0,)", "(0, 2)", "()", "(3, 2, 1)", "(99999999999,)", "(-1,)", "(3,2", "(100000, 100000)",
        "(3L, 2L)", "(1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1)", "[3, 2]", "(3, 2,)",
    ];

    public static readonly string[] NpySnippets = ["'", "\"", "{", "}", "(", ")", ",", ":", "True", "False", "\n", "\u0000", "'descr'", "'shape'"];
}
