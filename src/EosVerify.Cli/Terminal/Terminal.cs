using System.Globalization;
using System.Text;
using Spectre.Console;

namespace EosVerify.Cli;

/// <summary>
/// All console output of the commands goes through here, so that no command tests for redirection itself.
/// <list type="bullet">
/// <item><see cref="Result"/>: the command's result (a JSON document, a summary line); written in every mode.</item>
/// <item><see cref="Table"/>: detail for people; Spectre table (rich), aligned text (plain), Markdown with
/// --format markdown; not written when quiet or with --format json (the JSON result carries the data).</item>
/// <item><see cref="Info"/>: progress notes; not written when quiet; on stderr with --format json so that stdout
/// stays one JSON document.</item>
/// <item><see cref="Warning"/>: one line on stderr, in every mode.</item>
/// <item><see cref="WithProgress{T}"/>: a progress bar on a rich terminal; otherwise (output redirected), unless
/// quiet, a line on stderr every <see cref="ProgressInterval"/> while the work runs, so a long stage is never silent.</item>
/// </list>
/// </summary>
internal sealed class Terminal
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly IAnsiConsole? _console;
    private readonly Lock _errorLock = new();

    /// <summary>How often a redirected run prints a progress line (default <see cref="DefaultProgressInterval"/>).</summary>
    public TimeSpan ProgressInterval { get; }

    public static readonly TimeSpan DefaultProgressInterval = TimeSpan.FromSeconds(5);

    public TerminalMode Mode { get; }
    public OutputFormat Format { get; }

    private Terminal(TextWriter output, TextWriter error, TerminalMode mode, OutputFormat format, TimeSpan progressInterval)
    {
        ProgressInterval = progressInterval;
        _out = output;
        _error = error;
        Mode = mode;
        Format = format;
        if (mode == TerminalMode.Rich)
            _console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = AnsiSupport.Detect,
                ColorSystem = ColorSystemSupport.Detect,
                Interactive = InteractionSupport.Yes,
            });
    }

    /// <param name="interactive">Standard output is a terminal (not redirected to a file or pipe).</param>
    /// <param name="progressInterval">Between progress lines when not interactive (default <see cref="DefaultProgressInterval"/>).</param>
    public static Terminal Create(TextWriter output, TextWriter error, bool interactive, bool quiet, OutputFormat format, TimeSpan? progressInterval = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var mode = quiet ? TerminalMode.Quiet
            : interactive && format == OutputFormat.Table ? TerminalMode.Rich
            : TerminalMode.Plain;
        var interval = progressInterval ?? DefaultProgressInterval;
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(progressInterval), interval, "The progress interval must be positive.");
        return new Terminal(output, error, mode, format, interval);
    }

    public void Result(string text) => _out.WriteLine(text);

    public void Info(string line)
    {
        if (Mode == TerminalMode.Quiet) return;
        (Format == OutputFormat.Json ? _error : _out).WriteLine(line);
    }

    public void Warning(string line)
    {
        lock (_errorLock) _error.WriteLine("eosverify: warning: " + line.ReplaceLineEndings(" "));
    }

    public void Table(string? title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        if (Mode == TerminalMode.Quiet || Format == OutputFormat.Json) return;
        var materialized = rows.ToList();
        foreach (var row in materialized)
            if (row.Count != headers.Count)
                throw new ArgumentException($"A table row has {row.Count} cells; the table has {headers.Count} columns.", nameof(rows));
        if (Format == OutputFormat.Markdown) _out.Write(TableText.Markdown(title, headers, materialized));
        else if (_console is not null) _console.Write(RichTable(title, headers, materialized));
        else _out.Write(TableText.Plain(title, headers, materialized));
    }

    /// <summary>Runs <paramref name="work"/>, showing a progress bar on a rich terminal; the work reports fractions 0..1.</summary>
    public T WithProgress<T>(string label, Func<IProgress<double>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_console is null) return Mode == TerminalMode.Quiet ? work(new SynchronousProgress(_ => { })) : WithProgressLines(label, work);
        return _console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(Markup.Escape(label), autoStart: true, maxValue: 1.0);
            return work(new SynchronousProgress(fraction => task.Value = Math.Clamp(fraction, 0, 1)));
        });
    }

    /// <summary>Runs the work on this thread while a timer prints "label: N% done after S s" to stderr every interval.</summary>
    private T WithProgressLines<T>(string label, Func<IProgress<double>, T> work)
    {
        double fraction = double.NaN;
        bool finished = false;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Line(object? _)
        {
            double done = Volatile.Read(ref fraction);
            string state = double.IsNaN(done) ? "working" : string.Create(CultureInfo.InvariantCulture, $"{Math.Clamp(done, 0, 1) * 100:0}% done");
            lock (_errorLock)
                if (!finished) _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eosverify: {label}: {state} after {clock.Elapsed.TotalSeconds:0} s"));
        }
        using var timer = new Timer(Line, null, ProgressInterval, ProgressInterval);
        try
        {
            return work(new SynchronousProgress(value => Volatile.Write(ref fraction, value)));
        }
        finally
        {
            lock (_errorLock) finished = true;
        }
    }

    private static Table RichTable(string? title, IReadOnlyList<string> headers, List<IReadOnlyList<string>> rows)
    {
        var table = new Table();
        if (title is not null) table.Title(Markup.Escape(title));
        foreach (var h in headers) table.AddColumn(Markup.Escape(h));
        foreach (var row in rows) table.AddRow(row.Select(Markup.Escape).ToArray());
        return table;
    }

    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}

/// <summary>Plain-text and Markdown renderings of a table.</summary>
internal static class TableText
{
    public static string Plain(string? title, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = headers.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        var sb = new StringBuilder();
        if (title is not null) sb.AppendLine(title);
        AppendRow(sb, headers, widths);
        AppendRow(sb, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows) AppendRow(sb, row, widths);
        return sb.ToString();

        static void AppendRow(StringBuilder sb, IReadOnlyList<string> cells, int[] widths) =>
            sb.AppendLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
    }

    public static string Markdown(string? title, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        if (title is not null) sb.Append(CultureInfo.InvariantCulture, $"**{title}**\n\n");
        sb.Append("| ").Append(string.Join(" | ", headers.Select(Escape))).Append(" |\n");
        sb.Append('|').Append(string.Concat(headers.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows) sb.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        return sb.ToString();

        static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
    }
}
