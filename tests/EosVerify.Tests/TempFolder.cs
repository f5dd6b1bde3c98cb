namespace EosVerify.Tests;

/// <summary>A fresh folder under the system temporary folder, deleted with its contents on <see cref="Dispose"/>.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "eosverify-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Deletes the folder if it still exists (a test may have removed it).</summary>
    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
