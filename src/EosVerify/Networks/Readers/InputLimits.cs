namespace EosVerify.Networks;

/// <summary>
/// Bounds on what the readers accept. Inputs beyond them are refused as input errors up front, so that a
/// malformed or hostile file cannot make the tool run out of memory or time.
/// </summary>
internal static class InputLimits
{
    /// <summary>Largest input file read (problem JSON, CSV or .npy).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Most entries in one data matrix (X or Y) or one moment matrix.</summary>
    public const int MaxMatrixEntries = 4_000_000;

    /// <summary>
    /// Most elementary products the exact moments Sxx, Syx, Syy of raw data may cost: n·(d0 + dL)².
    /// Exact moments cost 1.5–3 µs per product here (measured on 3-decimal data, 2-3-1 to 50-3-1), so this bound
    /// keeps reading under about 30 s. Larger data sets should be given as moments.
    /// </summary>
    public const long MaxMomentWork = 10_000_000;

    /// <summary>Most bits (numerator plus denominator) of one exact number read from a file or option.</summary>
    public const int MaxNumberBits = 4096;

    /// <summary>Longest text of one number.</summary>
    public const int MaxNumberTextLength = 1000;

    /// <summary>Deepest JSON nesting accepted (the problem file needs 4 levels).</summary>
    public const int MaxJsonDepth = 16;

    /// <summary>Refuses data of n samples with d0 inputs and dL outputs whose exact moments would cost too much.</summary>
    public static void RequireMomentWork(string field, long samples, long inputs, long outputs)
    {
        long width = inputs + outputs;
        if (samples * width > MaxMatrixEntries)
            throw new InputException(field, $"has {samples} samples of {width} values; more than {MaxMatrixEntries} entries are not read");
        if (samples * width * width > MaxMomentWork)
            throw new InputException(field, $"has {samples} samples of {width} values: exact moments would need n·(d0+dL)² = {samples * width * width} products, more than {MaxMomentWork}; give the moments instead");
    }
}
