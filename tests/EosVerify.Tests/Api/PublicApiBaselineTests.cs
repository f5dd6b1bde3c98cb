using System.Reflection;
using EosVerify.Cli;

namespace EosVerify.Tests.Api;

/// <summary>
/// The public surface of the library, of the NUnit helpers (EosVerify.Testing) and of the CLI assembly (which exports
/// nothing) against the baselines in
/// tests/EosVerify.Tests/Api/PublicApi/: a change to the surface must be made on purpose. After a deliberate change,
/// regenerate with <c>EOSVERIFY_UPDATE_API=1 dotnet test tests/EosVerify.Tests -c Release --filter
/// FullyQualifiedName~PublicApiBaselineTests</c> (or scripts/update-public-api.sh) and review the diff. scripts/internalize-types.py makes every public type the
/// baseline does not list internal (for after a merge).
/// </summary>
public class PublicApiBaselineTests
{
    /// <summary>The most exported types the library may have (issue 10: a reviewed surface of about 40).</summary>
    private const int MaxLibraryTypes = 40;

    private static readonly bool Update = Environment.GetEnvironmentVariable("EOSVERIFY_UPDATE_API") == "1";

    private static Assembly Library => typeof(EosVerifier).Assembly;

    private static Assembly Cli => typeof(CliApplication).Assembly;

    [Test]
    public void LibrarySurfaceMatchesItsBaseline() => Compare(Library, "EosVerify.txt");

    [Test]
    public void CliSurfaceMatchesItsBaseline() => Compare(Cli, "EosVerify.Cli.txt");

    [Test]
    public void TestingHelpersSurfaceMatchesItsBaseline() => Compare(typeof(EosVerify.Testing.Holds).Assembly, "EosVerify.Testing.txt");

    [Test]
    public void LibraryExportsAtMostFortyTypes() =>
        Assert.That(PublicApiListing.TypeCount(Library), Is.LessThanOrEqualTo(MaxLibraryTypes),
            string.Join("\n", Library.GetExportedTypes().Select(t => t.FullName).Order(StringComparer.Ordinal)));

    [Test]
    public void CliExportsNoTypes() =>
        Assert.That(Cli.GetExportedTypes().Select(t => t.FullName), Is.Empty);

    [Test]
    public void LibraryDoesNotExtendSystemTypesPublicly()
    {
        var extensions = Library.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute)))
            .Where(m => m.GetParameters()[0].ParameterType.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}({m.GetParameters()[0].ParameterType.FullName})");
        Assert.That(extensions, Is.Empty);
    }

    private static void Compare(Assembly assembly, string baselineName)
    {
        string path = Path.Combine(RepositoryFolder.Root, "tests", "EosVerify.Tests", "Api", "PublicApi", baselineName);
        var actual = PublicApiListing.Of(assembly);
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, string.Concat(actual.Select(line => line + "\n")));
            Assert.Pass($"EOSVERIFY_UPDATE_API=1: wrote {path} ({actual.Count} lines)");
        }
        Assert.That(File.Exists(path), Is.True, $"{path} is missing; create it with EOSVERIFY_UPDATE_API=1");
        var expected = File.ReadAllLines(path).Where(line => line.Length > 0).ToList();
        var diff = ApiDiff(expected, actual);
        Assert.That(diff, Is.Empty,
            $"The public surface of {assembly.GetName().Name} differs from {baselineName} (- baseline only, + build only). " +
            "If the change is deliberate, regenerate with EOSVERIFY_UPDATE_API=1 (see PublicApiBaselineTests):\n" + string.Join("\n", diff));
    }

    /// <summary>Lines only in the baseline ("- ") and only in the build ("+ "), in baseline order then build order.</summary>
    internal static IReadOnlyList<string> ApiDiff(IReadOnlyList<string> baseline, IReadOnlyList<string> actual)
    {
        var inActual = actual.ToHashSet(StringComparer.Ordinal);
        var inBaseline = baseline.ToHashSet(StringComparer.Ordinal);
        return baseline.Where(l => !inActual.Contains(l)).Select(l => "- " + l)
            .Concat(actual.Where(l => !inBaseline.Contains(l)).Select(l => "+ " + l))
            .ToList();
    }
}
