using System.Globalization;

namespace EosVerify.Networks;

/// <summary>Layer widths d0-d1-...-dL of a linear network; L = number of weight matrices.</summary>
public sealed class Architecture : IEquatable<Architecture>
{
    /// <summary>Widths above this are refused as input errors rather than attempted.</summary>
    public const int MaxWidth = 100_000;

    private readonly int[] _widths;

    /// <summary>The architecture with layer widths d0, d1, …, dL.</summary>
    /// <exception cref="InputException">Fewer than two widths, a width outside 1 to <see cref="MaxWidth"/>, or too many parameters.</exception>
    public Architecture(IReadOnlyList<int> widths)
    {
        if (widths.Count < 2)
            throw new InputException("architecture", $"needs at least two widths (input and output), got {widths.Count}");
        for (int i = 0; i < widths.Count; i++)
            if (widths[i] < 1 || widths[i] > MaxWidth)
                throw new InputException("architecture", $"has d{i} = {widths[i]}; every width must be a whole number from 1 to {MaxWidth}");
        _widths = widths.ToArray();
        long p = 0;
        for (int k = 1; k < _widths.Length; k++) p += (long)_widths[k] * _widths[k - 1];
        if (p > int.MaxValue / 2) throw new InputException("architecture", $"has {p} parameters, more than this tool handles");
        ParameterCount = (int)p;
    }

    /// <summary>Parses "d0-d1-...-dL", e.g. "2-3-1".</summary>
    public static Architecture Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InputException("architecture", "is empty; expected widths like \"2-3-1\"");
        var parts = text.Trim().Split('-');
        var widths = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out widths[i]))
                throw new InputException("architecture", $"'{text}' is not of the form d0-d1-...-dL with positive whole widths (e.g. \"2-3-1\")");
        return new Architecture(widths);
    }

    /// <summary>d0, d1, …, dL.</summary>
    public IReadOnlyList<int> Widths => _widths;

    /// <summary>d_k for k = 0..L.</summary>
    public int Width(int k) => _widths[k];

    /// <summary>L, the number of weight matrices.</summary>
    public int Depth => _widths.Length - 1;

    /// <summary>d0, the input dimension.</summary>
    public int InputDimension => _widths[0];
    /// <summary>dL, the output dimension.</summary>
    public int OutputDimension => _widths[^1];

    /// <summary>P = Σ d_k d_{k−1}.</summary>
    public int ParameterCount { get; }

    /// <summary>r = min(d_1..d_{L−1}); for L = 1 there is no hidden layer and the bound is min(d0, dL).</summary>
    public int Bottleneck => Depth == 1 ? Math.Min(InputDimension, OutputDimension) : _widths[1..^1].Min();

    /// <summary>True when the product W_L⋯W_1 can reach every dL×d0 matrix (no hidden layer narrower than min(d0, dL)).</summary>
    public bool IsUnconstrained => Bottleneck >= Math.Min(InputDimension, OutputDimension);

    /// <summary>True when every width is 1.</summary>
    public bool IsScalarChain => _widths.All(w => w == 1);

    /// <summary>How θ is laid out (W_1 to W_L, each row-major).</summary>
    public ParameterLayout Layout => new(this);

    /// <summary>The widths written "d0-d1-…-dL", as <see cref="Parse"/> reads them.</summary>
    public override string ToString() => string.Join("-", _widths.Select(w => w.ToString(CultureInfo.InvariantCulture)));

    /// <summary>True when the widths are the same.</summary>
    public bool Equals(Architecture? other) => other is not null && _widths.AsSpan().SequenceEqual(other._widths);
    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Architecture);
    /// <inheritdoc/>
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
