namespace EosVerify.Reports;

/// <summary>A top-level file or folder that a run writes into its output folder, replacing what was there.</summary>
internal sealed record OutputEntry(string Name, bool IsFolder)
{
    public static OutputEntry File(string name) => new(name, IsFolder: false);

    public static OutputEntry Folder(string name) => new(name, IsFolder: true);
}
