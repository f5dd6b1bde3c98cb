namespace EosVerify.Tests.Api;

public class PublicApiListingTests
{
    /// <summary>A type with one member of each kind the listing distinguishes.</summary>
    public sealed class Sample(int size)
    {
        public const int Limit = 3;
        public static readonly string Label = "";
        public int Size { get; } = size;
        public string Name { get; init; } = "";
        public int this[int index] => index;
        public List<(int, string)>? Pairs(int? count, params string[] names) => null;
        internal int Hidden() => 0;
        private int _secret = 1;
        public override string ToString() => _secret.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public enum Colour { Red = 1, Blue = 4 }

    [Test]
    public void ListsEachPublicMemberWithItsSignatureAndNothingElse()
    {
        const string type = "EosVerify.Tests.Api.PublicApiListingTests.Sample";
        Assert.That(PublicApiListing.Lines(typeof(Sample)), Is.EqualTo(new[]
        {
            $"sealed class {type}",
            $"  {type}.System.Collections.Generic.List<(System.Int32, System.String)> Pairs(System.Int32? count, params System.String[] names)",
            $"  {type}.System.Int32 Item[System.Int32 index] {{ get; }}",
            $"  {type}.System.Int32 Size {{ get; }}",
            $"  {type}.System.String Name {{ get; init; }}",
            $"  {type}.const System.Int32 Limit",
            $"  {type}.ctor(System.Int32 size)",
            $"  {type}.override System.String ToString()",
            $"  {type}.static readonly System.String Label",
        }));
    }

    [Test]
    public void ListsEnumValues() =>
        Assert.That(PublicApiListing.Lines(typeof(Colour)), Is.EqualTo(new[]
        {
            "enum EosVerify.Tests.Api.PublicApiListingTests.Colour",
            "  EosVerify.Tests.Api.PublicApiListingTests.Colour.Blue = 4",
            "  EosVerify.Tests.Api.PublicApiListingTests.Colour.Red = 1",
        }));

    [Test]
    public void DiffNamesLinesOnEitherSideOnly() =>
        Assert.That(PublicApiBaselineTests.ApiDiff(["a", "b", "c"], ["a", "c", "d"]), Is.EqualTo(new[] { "- b", "+ d" }));
}
