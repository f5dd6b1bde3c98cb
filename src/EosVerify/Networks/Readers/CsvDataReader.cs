using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// Reads data from CSV: one sample a row, comma separated; the first <c>inputs</c> columns are x (d0 of them), the
/// rest are y. Numbers are exact decimals (or p/q). A header line is optional: the first row is taken as a header
/// when one of its cells is not a number. Blank lines and lines starting with '#' are skipped; cells may be
/// wrapped in double quotes. Errors name <c>file:line:column</c> (1-based, column in characters).
/// Returns X (d0 × n) and Y (dL × n), columns being samples as in MATH.md.
/// </summary>
internal static class CsvDataReader
{
    public static (RationalMatrix X, RationalMatrix Y) Read(string path, int inputs) =>
        Parse(InputFile.ReadAllText(path), path, inputs);

    public static (RationalMatrix X, RationalMatrix Y) Parse(string text, string sourceName, int inputs)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(sourceName)) sourceName = "data";
        if (inputs < 1) throw new InputException("inputs", $"is {inputs}; at least one input column is needed");
        var rows = new List<Rational[]>();
        int columns = -1;
        bool firstRow = true;
        int lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            string line = rawLine.EndsWith('\r') ? rawLine[..^1] : rawLine;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cells = SplitCells(line, sourceName, lineNumber);
            if (firstRow)
            {
                firstRow = false;
                columns = cells.Count;
                if (columns <= inputs)
                    throw new InputException($"{sourceName}:{lineNumber}:1", $"has {columns} columns; with {inputs} input columns (--inputs) at least {inputs + 1} are needed, the rest being outputs");
                if (cells.Any(c => !ExactNumber.TryParse(c.Text, out _, out _) && !LooksNumeric(c.Text)))
                    continue; // a header line
            }
            else if (cells.Count != columns)
                throw new InputException($"{sourceName}:{lineNumber}:1", $"has {cells.Count} cells; the first row has {columns}");
            if ((long)(rows.Count + 1) * columns > InputLimits.MaxMatrixEntries)
                throw new InputException($"{sourceName}:{lineNumber}:1", $"more than {InputLimits.MaxMatrixEntries} values; larger data sets are not read (give moments instead)");
            var values = new Rational[columns];
            for (int c = 0; c < columns; c++)
            {
                if (!ExactNumber.TryParse(cells[c].Text, out values[c], out var problem))
                    throw new InputException($"{sourceName}:{lineNumber}:{cells[c].Column}", $"cell {c + 1} {problem}");
                DataMagnitude.Require(values[c], $"{sourceName}:{lineNumber}:{cells[c].Column}", $"cell {c + 1} ({cells[c].Text.Trim()})");
            }
            rows.Add(values);
        }
        if (rows.Count == 0) throw new InputException(sourceName, "has no data rows");
        int n = rows.Count, outputs = columns - inputs;
        InputLimits.RequireMomentWork(sourceName, n, inputs, outputs);
        var x = RationalMatrix.Create(inputs, n, (i, s) => rows[s][i]);
        var y = RationalMatrix.Create(outputs, n, (i, s) => rows[s][inputs + i]);
        return (x, y);
    }

    /// <summary>A header cell is one that is not a number at all; "NaN", "inf" or "1e99999" are bad data, not headers.</summary>
    private static bool LooksNumeric(string cell)
    {
        string t = cell.Trim().TrimStart('+', '-').ToLowerInvariant();
        if (t is "nan" or "inf" or "infinity") return true;
        return t.Length > 0 && (char.IsDigit(t[0]) || t[0] == '.');
    }

    private readonly record struct Cell(string Text, int Column);

    private static List<Cell> SplitCells(string line, string sourceName, int lineNumber)
    {
        var cells = new List<Cell>();
        int start = 0;
        while (true)
        {
            int end = start;
            bool quoted = false;
            int contentStart = start;
            while (contentStart < line.Length && line[contentStart] == ' ') contentStart++;
            if (contentStart < line.Length && line[contentStart] == '"')
            {
                int close = line.IndexOf('"', contentStart + 1);
                if (close < 0) throw new InputException($"{sourceName}:{lineNumber}:{contentStart + 1}", "has an unclosed quote");
                end = close + 1;
                while (end < line.Length && line[end] == ' ') end++;
                if (end < line.Length && line[end] != ',')
                    throw new InputException($"{sourceName}:{lineNumber}:{end + 1}", "has text after a closing quote; expected a comma");
                cells.Add(new Cell(line[(contentStart + 1)..close], contentStart + 2));
                quoted = true;
            }
            if (!quoted)
            {
                end = line.IndexOf(',', start);
                if (end < 0) end = line.Length;
                cells.Add(new Cell(line[start..end], start + 1));
            }
            if (cells.Count > InputLimits.MaxMatrixEntries)
                throw new InputException($"{sourceName}:{lineNumber}:1", "has too many cells");
            if (end >= line.Length) break;
            start = end + 1;
        }
        return cells;
    }
}
