namespace Dashboard.Web.Features.Imports;

/// <summary>Turns the paths a user gives (files and folders) into the files to import.</summary>
public static class ImportFiles
{
    /// <summary>
    /// Files as given, folders recursively (<c>*.txt</c>), each folder's files in ordinal order
    /// so that "the second file with the same source id" is the same file on every machine.
    /// A symbolic link (given, or a file or folder met in a folder) is listed but never followed:
    /// <see cref="ImportFile.FromPath"/> refuses it by name.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path) && !IsLink(path))
            {
                foreach (var file in EnumerateFolder(path))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    /// <summary>Paths that are neither a file nor a folder: bad usage, reported before anything is imported.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> paths) =>
        paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();

    private static IEnumerable<string> EnumerateFolder(string folder)
    {
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            yield return file;
        }

        var subfolders = Directory.GetDirectories(folder);
        Array.Sort(subfolders, StringComparer.Ordinal);
        foreach (var sub in subfolders)
        {
            // A link to ".." would walk the folder above, and its folders again, without end.
            if (IsLink(sub))
            {
                yield return sub;
                continue;
            }

            foreach (var file in EnumerateFolder(sub))
            {
                yield return file;
            }
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
