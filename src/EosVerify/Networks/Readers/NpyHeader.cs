using System.Globalization;

namespace EosVerify.Networks;

/// <summary>
/// The header of a .npy file: a Python dict literal such as
/// <c>{'descr': '&lt;f8', 'fortran_order': False, 'shape': (3, 2), }</c>. Only that grammar is accepted.
/// </summary>
internal static class NpyHeader
{
    private const int MaxDimensions = 32;

    public static (string Descr, bool FortranOrder, int[] Shape) Parse(string header, string sourceName)
    {
        var reader = new Cursor(header, sourceName);
        string? descr = null;
        bool? fortran = null;
        int[]? shape = null;
        reader.Expect('{');
        while (true)
        {
            reader.SkipSpace();
            if (reader.TryTake('}')) break;
            string key = reader.QuotedString();
            reader.SkipSpace();
            reader.Expect(':');
            reader.SkipSpace();
            switch (key)
            {
                case "descr":
                    if (descr is not null) throw reader.Error("repeats 'descr'");
                    if (reader.Peek() == '[') throw new InputException(sourceName, "has a structured dtype; only plain numeric arrays are read");
                    descr = reader.QuotedString();
                    break;
                case "fortran_order":
                    if (fortran is not null) throw reader.Error("repeats 'fortran_order'");
                    fortran = reader.Boolean();
                    break;
                case "shape":
                    if (shape is not null) throw reader.Error("repeats 'shape'");
                    shape = reader.Tuple();
                    break;
                default:
                    throw reader.Error($"has an unknown header key {ExactNumber.Quote(key)}");
            }
            reader.SkipSpace();
            if (reader.TryTake(',')) continue;
            reader.SkipSpace();
            reader.Expect('}');
            break;
        }
        reader.SkipSpace();
        if (!reader.AtEnd) throw reader.Error("has text after the header dictionary");
        if (descr is null || fortran is null || shape is null)
            throw new InputException(sourceName, "has a header without 'descr', 'fortran_order' and 'shape'");
        return (descr, fortran.Value, shape);
    }

    private sealed class Cursor(string text, string sourceName)
    {
        private int _position;

        public bool AtEnd => _position >= text.Length;

        public char Peek() => AtEnd ? '\0' : text[_position];

        public InputException Error(string problem) => new(sourceName, $"{problem} (in its .npy header at character {_position + 1})");

        public void SkipSpace()
        {
            while (!AtEnd && text[_position] is ' ' or '\t' or '\n' or '\r') _position++;
        }

        public bool TryTake(char c)
        {
            if (Peek() != c || AtEnd) return false;
            _position++;
            return true;
        }

        public void Expect(char c)
        {
            SkipSpace();
            if (!TryTake(c)) throw Error($"has a malformed header: expected '{c}'");
        }

        public string QuotedString()
        {
            char quote = Peek();
            if (quote is not ('\'' or '"')) throw Error("has a malformed header: expected a quoted string");
            int close = text.IndexOf(quote, _position + 1);
            if (close < 0) throw Error("has a malformed header: unclosed string");
            string value = text[(_position + 1)..close];
            _position = close + 1;
            return value;
        }

        public bool Boolean()
        {
            if (text.AsSpan(_position).StartsWith("True")) { _position += 4; return true; }
            if (text.AsSpan(_position).StartsWith("False")) { _position += 5; return false; }
            throw Error("has a malformed header: 'fortran_order' must be True or False");
        }

        public int[] Tuple()
        {
            Expect('(');
            var dims = new List<int>();
            while (true)
            {
                SkipSpace();
                if (TryTake(')')) break;
                int start = _position;
                while (!AtEnd && char.IsAsciiDigit(text[_position])) _position++;
                if (_position == start) throw Error("has a malformed shape: expected a whole number");
                string digits = text[start.._position];
                TryTake('L'); // Python 2 long literal
                if (digits.Length > 9 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int d) || d > InputLimits.MaxMatrixEntries)
                    throw new InputException(sourceName, $"has a dimension of {(digits.Length > 20 ? digits[..20] + "…" : digits)}; more than {InputLimits.MaxMatrixEntries} values are not read");
                dims.Add(d);
                if (dims.Count > MaxDimensions) throw Error("has too many dimensions");
                SkipSpace();
                if (TryTake(',')) continue;
                SkipSpace();
                if (!TryTake(')')) throw Error("has a malformed shape: expected ',' or ')'");
                break;
            }
            return dims.ToArray();
        }
    }
}
